package condition_test

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/condition"
	"spinefusion/game/state"
)

func load(t *testing.T) (*condition.Table, *anatomy.Spine) {
	t.Helper()
	tab, err := condition.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	return tab, sp
}

func stateFor(cond, levels string) *state.State {
	st := state.Default()
	st.Condition = cond
	if levels != "" {
		st.Levels = levels
	}
	return &st
}

func geometry(tab *condition.Table, sp *anatomy.Spine, st *state.State, after bool, flexion float64) condition.Geometry {
	var g condition.Geometry
	tab.Compute(sp, st, after, flexion, &g)
	return g
}

func TestTableValues(t *testing.T) {
	tab, _ := load(t)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"degenerative disc keeps 40% of its height", tab.Degenerative.HeightKept.V, 0.4},
		{"spurs 4 mm", tab.Degenerative.Spur.V, 4},
		{"slip 27% (Meyerding I-II)", tab.Spondylolisthesis.Slip.V, 0.27},
		{"flexion adds 5 mm", tab.Spondylolisthesis.FlexionTranslation.V, 5},
		{"fracture loses 35% at the front (Genant 2)", tab.Fracture.FrontHeightLoss.V, 0.35},
		{"Cobb 45 degrees", tab.Scoliosis.Cobb.V, 45},
		{"65% correction", tab.Scoliosis.Correction.V, 0.65},
	} {
		if c.got != c.want {
			t.Errorf("%s: %v", c.name, c.got)
		}
	}
}

func TestSlipGrowsWithFlexionBeforeNotAfter(t *testing.T) {
	tab, sp := load(t)
	l5 := sp.Vertebrae[sp.DiscIndex("L4-L5")+1].Depth
	tests := []struct {
		cond    string
		after   bool
		flexion float64
		slip    float64 // mm
		grade   int
	}{
		// 27% of L5's depth standing, 2.5 mm more or less at the ends.
		{condition.Spondylolisthesis, false, 0, 0.27 * l5, 2},
		{condition.Spondylolisthesis, false, 1, 0.27*l5 + 2.5, 2},
		{condition.Spondylolisthesis, false, -1, 0.27*l5 - 2.5, 1},
		{condition.Spondylolisthesis, false, 0.5, 0.27*l5 + 1.25, 2},
		// Reduced to 10% and held there whatever the motion.
		{condition.Spondylolisthesis, true, 0, 0.1 * l5, 1},
		{condition.Spondylolisthesis, true, 1, 0.1 * l5, 1},
		{condition.Spondylolisthesis, true, -1, 0.1 * l5, 1},
		// After a laminectomy: 2 mm standing, 3 mm more in full flexion.
		{condition.FailedSurgery, false, 0, 2, 1},
		{condition.FailedSurgery, false, 1, 5, 1},
		{condition.FailedSurgery, false, -1, 0, 0},
		{condition.FailedSurgery, true, 1, 2, 1},
	}
	for _, tc := range tests {
		g := geometry(tab, sp, stateFor(tc.cond, ""), tc.after, tc.flexion)
		if math.Abs(g.Slip-tc.slip) > 1e-9 {
			t.Errorf("%s after=%v flexion=%v: slip %.2f mm, want %.2f", tc.cond, tc.after, tc.flexion, g.Slip, tc.slip)
		}
		if got := condition.Grade(g.SlipShare); got != tc.grade {
			t.Errorf("%s after=%v flexion=%v: grade %d, want %d", tc.cond, tc.after, tc.flexion, got, tc.grade)
		}
		if d := g.Deform(); d.Slip != g.Slip || d.Disc != sp.DiscIndex("L4-L5") {
			t.Errorf("%s: deform %+v does not carry the slip", tc.cond, d)
		}
	}
	// Before: the slip moves with the motion; after: it does not.
	for _, after := range []bool{false, true} {
		g0 := geometry(tab, sp, stateFor(condition.Spondylolisthesis, ""), after, -1)
		g1 := geometry(tab, sp, stateFor(condition.Spondylolisthesis, ""), after, 1)
		if moved := g1.Slip - g0.Slip; after != (moved == 0) {
			t.Errorf("after=%v: the slip moves %.2f mm from extension to flexion", after, moved)
		}
	}
}

func TestMeyerdingGrades(t *testing.T) {
	for _, tc := range []struct {
		share float64
		grade int
	}{{0, 0}, {0.1, 1}, {0.249, 1}, {0.25, 2}, {0.49, 2}, {0.5, 3}, {0.8, 4}, {1.2, 5}} {
		if got := condition.Grade(tc.share); got != tc.grade {
			t.Errorf("Grade(%v) = %d, want %d", tc.share, got, tc.grade)
		}
	}
}

func TestWedgeTakesTheTableShareOffTheFront(t *testing.T) {
	tab, sp := load(t)
	tests := []struct {
		levels string
		after  bool
		bone   string
		loss   float64
	}{
		{"L4-L5", false, "L4", 0.35},
		{"L4-L5", true, "L4", 0.12},
		{"L1-L2,L2-L3", false, "L2", 0.35}, // the bone in the middle of the block
		{"L3-L4,L4-L5,L5-S1", false, "L4", 0.35},
	}
	for _, tc := range tests {
		g := geometry(tab, sp, stateFor(condition.Fracture, tc.levels), tc.after, 0)
		if g.Bone < 0 || sp.Vertebrae[g.Bone].Name != tc.bone {
			t.Fatalf("%s: broken bone %d, want %s", tc.levels, g.Bone, tc.bone)
		}
		v := sp.Vertebrae[g.Bone]
		front := v.Height - v.Depth*math.Tan(g.Wedge*math.Pi/180)
		if want := v.Height * (1 - tc.loss); math.Abs(front-want) > 1e-9 {
			t.Errorf("%s after=%v: front height %.2f mm, want %.2f", tc.levels, tc.after, front, want)
		}
		if d := g.Deform(); d.Bone != g.Bone || d.Wedge != g.Wedge {
			t.Errorf("deform %+v does not carry the wedge", d)
		}
	}
}

func TestDiscConditions(t *testing.T) {
	tab, sp := load(t)
	tests := []struct {
		cond, levels string
		after        bool
		disc         string
		height, spur float64
		herniation   float64
		pinched      bool
	}{
		{condition.Degenerative, "", false, "L4-L5", 0.4, 4, 0, true},
		{condition.Degenerative, "", true, "L4-L5", 1, 0, 0, false},
		{condition.Degenerative, "L5-S1", false, "L5-S1", 0.4, 4, 0, true},
		{condition.Degenerative, "L2-L3,L3-L4", false, "L2-L3", 0.4, 4, 0, true},
		{condition.Herniated, "", false, "L4-L5", 0.85, 0, 6, true},
		{condition.Herniated, "L3-L4,L4-L5", true, "L4-L5", 1, 0, 0, false},
	}
	for _, tc := range tests {
		g := geometry(tab, sp, stateFor(tc.cond, tc.levels), tc.after, 0)
		if g.Disc < 0 || sp.Discs[g.Disc].Level != tc.disc {
			t.Errorf("%s %s: at disc %d, want %s", tc.cond, tc.levels, g.Disc, tc.disc)
			continue
		}
		if g.HeightScale != tc.height || g.Spur != tc.spur || g.Herniation != tc.herniation || g.Pinched != tc.pinched {
			t.Errorf("%s %s after=%v: %+v", tc.cond, tc.levels, tc.after, g)
		}
	}
	// A worn disc's back height falls to the height that compresses a
	// nerve root (Hasegawa 1995: 4 mm or less).
	g := geometry(tab, sp, stateFor(condition.Degenerative, ""), false, 0)
	if h := sp.Discs[g.Disc].Height * g.HeightScale; h > tab.Degenerative.BackHeightCompressing.V+1 {
		t.Errorf("worn disc %.1f mm tall in the middle, not near the compressing %v mm", h, tab.Degenerative.BackHeightCompressing.V)
	}
}

func TestScoliosisCurve(t *testing.T) {
	tab, sp := load(t)
	st := stateFor(condition.Scoliosis, "")
	for _, tc := range []struct {
		after    bool
		cobb     float64
		rotation float64
	}{{false, 45, 18}, {true, 45 * 0.35, 10}} {
		g := geometry(tab, sp, st, tc.after, 0)
		if math.Abs(g.Cobb-tc.cobb) > 1e-9 || g.Rotation != tc.rotation {
			t.Errorf("after=%v: Cobb %v, rotation %v; want %v, %v", tc.after, g.Cobb, g.Rotation, tc.cobb, tc.rotation)
		}
		angles := make([]float64, len(sp.Discs))
		g.Curve(angles)
		// The Cobb angle is the turn between the end vertebrae's
		// endplates: the sum of the discs' angles between them.
		var cobb, all float64
		for i := g.CurveTop; i < g.CurveBottom; i++ {
			cobb += angles[i]
		}
		for _, a := range angles {
			all += a
		}
		if math.Abs(-cobb-tc.cobb) > 1e-9 {
			t.Errorf("after=%v: the curve turns %v degrees, want %v", tc.after, -cobb, tc.cobb)
		}
		// The discs below turn half back, so the top tilts by half.
		if math.Abs(all+tc.cobb/2) > 1e-9 {
			t.Errorf("after=%v: the top tilts %v, want %v", tc.after, all, -tc.cobb/2)
		}
		if g.Turn(g.Apex) != tc.rotation || g.Turn(g.CurveTop) >= tc.rotation || g.Turn(len(sp.Vertebrae)-1) != 0 {
			t.Errorf("after=%v: rotation apex %v, top %v", tc.after, g.Turn(g.Apex), g.Turn(g.CurveTop))
		}
	}
	if names := sp.Vertebrae; names[geometry(tab, sp, st, false, 0).Apex].Name != "L2" {
		t.Error("apex is not L2")
	}
	// The fusion spans the curve with screws and rods from behind,
	// whatever the levels chosen; other conditions keep the state's.
	eff := tab.Effective(sp, *st)
	if eff.Levels != "T12-L1,L1-L2,L2-L3,L3-L4" || eff.Approach != "posterolateral" {
		t.Errorf("effective levels %q approach %q", eff.Levels, eff.Approach)
	}
	if other := stateFor(condition.Fracture, ""); tab.Effective(sp, *other) != *other {
		t.Error("a fracture changes the fused levels")
	}
}

func TestScoliosisOutsideTheLowBack(t *testing.T) {
	tab, _ := load(t)
	neck := &anatomy.Spine{Region: "cervical",
		Vertebrae: []anatomy.Vertebra{{Name: "C5", Height: 14, Depth: 16}, {Name: "C6", Height: 14, Depth: 16}, {Name: "C7", Height: 14, Depth: 16}},
		Discs:     []anatomy.Disc{{Level: "C5-C6", Height: 5}, {Level: "C6-C7", Height: 5}}}
	st := stateFor(condition.Scoliosis, "C5-C6")
	g := geometry(tab, neck, st, false, 0)
	if g.Shown || g.Cobb != 0 {
		t.Errorf("scoliosis drawn on the neck: %+v", g)
	}
	if eff := tab.Effective(neck, *st); eff != *st {
		t.Error("the neck's levels changed for scoliosis")
	}
	// A worn disc sits at the fused neck level.
	st.Condition = condition.Degenerative
	if g := geometry(tab, neck, st, false, 0); g.Disc != 0 || !g.Pinched {
		t.Errorf("worn disc on the neck: %+v", g)
	}
	st.Condition = condition.Spondylolisthesis
	if g := geometry(tab, neck, st, false, 1); g.Disc != 0 || g.Slip <= 0 {
		t.Errorf("slip on the neck: %+v", g)
	}
}

func TestComputeDoesNotAllocate(t *testing.T) {
	tab, sp := load(t)
	var g condition.Geometry
	for _, c := range state.Conditions {
		st := stateFor(c, "L3-L4,L4-L5")
		if n := testing.AllocsPerRun(50, func() { tab.Compute(sp, st, false, 0.5, &g); _ = tab.Effective(sp, *st) }); n != 0 {
			t.Errorf("%s: %v allocations", c, n)
		}
	}
}

// A healthy spine has nothing to draw or to change, before or after, in any
// posture: the column is posed exactly as without a condition.
func TestHealthyChangesNothing(t *testing.T) {
	tab, sp := load(t)
	for _, after := range []bool{false, true} {
		for _, flexion := range []float64{-1, 0, 1} {
			g := geometry(tab, sp, stateFor(condition.Healthy, ""), after, flexion)
			if g.Disc != -1 || g.Bone != -1 || g.Pinched || g.Spur != 0 || g.Herniation != 0 || g.Slip != 0 ||
				g.FrontLoss != 0 || g.Laminectomy || g.Cobb != 0 || g.CurveTop != -1 {
				t.Errorf("after %v, flexion %v: %+v", after, flexion, g)
			}
			if d := g.Deform(); d.Disc != -1 || d.Bone != -1 || d.HeightScale != 1 || d.Slip != 0 || d.Wedge != 0 {
				t.Errorf("after %v, flexion %v: deform %+v", after, flexion, d)
			}
		}
	}
}
