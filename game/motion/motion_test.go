package motion_test

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
)

func load(t *testing.T) (*motion.Table, *anatomy.Spine) {
	t.Helper()
	tab, err := motion.LoadTable(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	return tab, sp
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRangesMatchWhitePanjabi(t *testing.T) {
	tab, _ := load(t)
	tests := []struct {
		level      string
		fe, lb, ar float64
	}{
		{"C2-C3", 10, 10, 3},
		{"C4-C5", 20, 11, 7},
		{"C7-T1", 9, 4, 2},
		{"L1-L2", 12, 6, 2},
		{"L2-L3", 14, 6, 2},
		{"L3-L4", 15, 8, 2},
		{"L4-L5", 16, 6, 2},
		{"L5-S1", 17, 3, 1},
	}
	for _, tt := range tests {
		got := [3]float64{
			tab.Degrees(tt.level, motion.FlexionExtension),
			tab.Degrees(tt.level, motion.LateralBending),
			tab.Degrees(tt.level, motion.AxialRotation),
		}
		if got != [3]float64{tt.fe, tt.lb, tt.ar} {
			t.Errorf("%s = %v, want %v %v %v", tt.level, got, tt.fe, tt.lb, tt.ar)
		}
		r, _ := tab.Range(tt.level)
		for _, s := range r.Sources {
			if tab.Sources[s] == "" {
				t.Errorf("%s: source %q not cited", tt.level, s)
			}
		}
	}
	if got := tab.Degrees("X9-Y9", motion.FlexionExtension); got != 0 {
		t.Errorf("unknown level range = %v", got)
	}
}

func TestAngleAtPosture(t *testing.T) {
	tab, _ := load(t)
	tests := []struct {
		kind    motion.Kind
		rom     float64
		posture float64
		want    float64
	}{
		{motion.FlexionExtension, 16, 1, 8},
		{motion.FlexionExtension, 16, -1, -8},
		{motion.FlexionExtension, 16, 0.5, 4},
		{motion.FlexionExtension, 16, 0, 0},
		{motion.LateralBending, 6, 1, 6},
		{motion.LateralBending, 6, -0.5, -3},
		{motion.AxialRotation, 2, -1, -2},
		{motion.FlexionExtension, 16, 7, 8},           // clamped
		{motion.FlexionExtension, 16, math.NaN(), -8}, // NaN is not a posture: clamps low
		{motion.AxialRotation, 2, math.Inf(-1), -2},
	}
	for _, tt := range tests {
		if got := tab.Angle(tt.rom, tt.kind, tt.posture); !near(got, tt.want) {
			t.Errorf("Angle(%v, %v, %v) = %v, want %v", tt.rom, tt.kind, tt.posture, got, tt.want)
		}
	}
}

func TestParseKind(t *testing.T) {
	for i, n := range motion.Kinds {
		k, ok := motion.ParseKind(n)
		if !ok || int(k) != i || k.String() != n {
			t.Errorf("ParseKind(%q) = %v, %v", n, k, ok)
		}
	}
	if _, ok := motion.ParseKind("cartwheel"); ok {
		t.Error("cartwheel parsed")
	}
}

// TestPoseChains checks that each vertebra's tilt is the base tilt minus the
// natural curve plus the motion of every segment below it, and that a
// segment's motion moves only what lies above it.
func TestPoseChains(t *testing.T) {
	_, sp := load(t)
	n := len(sp.Vertebrae)
	neutral := make([]motion.Affine, n)
	bent := make([]motion.Affine, n)
	zero := make([]float64, n-1)
	motion.Pose(sp, motion.Sagittal, zero, neutral)

	angles := make([]float64, n-1)
	k := sp.DiscIndex("L3-L4")
	angles[k] = 10
	motion.Pose(sp, motion.Sagittal, angles, bent)

	tilt := sp.BaseTilt
	for i := n - 1; i >= 0; i-- {
		if i < n-1 {
			tilt -= sp.Discs[i].Lordosis
		}
		if got := neutral[i].Angle(); math.Abs(got-tilt) > 1e-9 {
			t.Errorf("neutral %s tilt = %v, want %v", sp.Vertebrae[i].Name, got, tilt)
		}
		want := tilt
		if i <= k {
			want += 10
		}
		if got := bent[i].Angle(); math.Abs(got-want) > 1e-9 {
			t.Errorf("bent %s tilt = %v, want %v", sp.Vertebrae[i].Name, got, want)
		}
		if i > k && bent[i] != neutral[i] {
			t.Errorf("%s below the bent level moved", sp.Vertebrae[i].Name)
		}
	}
	// Flexion tips the top forward (toward -x).
	tx, _ := neutral[0].Apply(0, sp.Vertebrae[0].Height)
	bx, _ := bent[0].Apply(0, sp.Vertebrae[0].Height)
	if !(bx < tx-5) {
		t.Errorf("flexion moved the top from x=%v to %v, want forward", tx, bx)
	}
	// In the natural curve the spine rises upward.
	_, topY := neutral[0].Apply(0, sp.Vertebrae[0].Height)
	if topY < 150 {
		t.Errorf("T12 top at y=%v mm; the lumbar column should be about 200 mm tall", topY)
	}
}

func TestAffineThen(t *testing.T) {
	m := motion.Translate(3, 4).Then(motion.Rotate(90))
	x, y := m.Apply(1, 0)
	if !near(x, -4) || !near(y, 4) {
		t.Errorf("translate then rotate (1,0) = (%v, %v), want (-4, 4)", x, y)
	}
}

func TestCycleIsDeterministic(t *testing.T) {
	var a, b motion.Cycle
	for i := 0; i < 1000; i++ {
		a.Step(1.5)
		b.Step(1.5)
	}
	if a != b {
		t.Fatalf("same ticks gave %v and %v", a, b)
	}
	var c motion.Cycle
	for i := 0; i < motion.CycleSeconds*motion.TicksPerSecond; i++ {
		c.Step(1)
	}
	if math.Abs(c.Posture()) > 1e-9 && math.Abs(c.Phase-1) > 1e-9 && c.Phase > 1e-9 {
		t.Errorf("one cycle ended at phase %v", c.Phase)
	}
	c = motion.Cycle{}
	for i := 0; i < motion.CycleSeconds*motion.TicksPerSecond/4; i++ {
		c.Step(1)
	}
	if !near(c.Posture(), 1) {
		t.Errorf("a quarter cycle reached posture %v, want full flexion", c.Posture())
	}
}

func TestCycleSeek(t *testing.T) {
	for _, p := range []float64{-1, -0.3, 0, 0.5, 1} {
		for _, start := range []float64{0.1, 0.6} {
			c := motion.Cycle{Phase: start}
			c.Seek(p)
			if math.Abs(c.Posture()-p) > 1e-9 {
				t.Errorf("Seek(%v) from %v: posture %v", p, start, c.Posture())
			}
		}
	}
}
