package scene

import (
	"image"
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/model"
	"spinefusion/game/motion"
	"spinefusion/game/state"
)

// figuresFor computes the model's figures for the default state changed by
// change.
func figuresFor(t *testing.T, m *model.Model, change func(*state.State)) *model.Figures {
	t.Helper()
	st := state.Default()
	change(&st)
	if err := st.Check(); err != nil {
		t.Fatal(err)
	}
	var f model.Figures
	m.Compute(&st, &f)
	return &f
}

// relative is the transform of vertebra i in the frame of vertebra j.
func relative(pose []motion.Affine, i, j int) motion.Affine {
	b := pose[j]
	det := b.A*b.D - b.B*b.C
	inv := motion.Affine{A: b.D / det, B: -b.B / det, C: -b.C / det, D: b.A / det}
	inv.TX, inv.TY = -(inv.A*b.TX + inv.B*b.TY), -(inv.C*b.TX + inv.D*b.TY)
	return pose[i].Then(inv)
}

func sameAffine(a, b motion.Affine, tol float64) bool {
	return near(a.A, b.A, tol) && near(a.B, b.B, tol) && near(a.C, b.C, tol) && near(a.D, b.D, tol) &&
		near(a.TX, b.TX, tol*50) && near(a.TY, b.TY, tol*50)
}

func TestTurnsAddUpFromTheSacrum(t *testing.T) {
	tests := []struct {
		angles, want []float64
	}{
		{[]float64{1, 2, 3}, []float64{6, 5, 3, 0}},
		{[]float64{2, 0, 0}, []float64{2, 0, 0, 0}},
		{[]float64{-1, 1}, []float64{0, 1, 0}},
	}
	for _, tt := range tests {
		got := make([]float64, len(tt.want))
		turns(tt.angles, got)
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("turns(%v) = %v, want %v", tt.angles, got, tt.want)
				break
			}
		}
	}
}

func TestStackTransformTurnsTheSliceAboutItsCentre(t *testing.T) {
	sp, front := loadFront(t)
	st := newAxialStack(sp, front)
	k := axialSquash
	for _, deg := range []float64{0, 2, -7.5, 15} {
		for _, i := range []int{0, 3, len(sp.Vertebrae) - 1} {
			tr := st.Transform(i, deg)
			c := st.Centre[i]
			for _, p := range [][2]float64{{0, 0}, {20, -10}, {-8, 60}, {0, c}} {
				// The slice turned in the plane, then seen at a slant.
				s, co := math.Sincos(deg * math.Pi / 180)
				x, y := p[0], p[1]-c
				wx, wy := co*x-s*y, s*x+co*y+c
				wantX, wantY := wx, (wy-c)*k+st.Z[i]
				gx, gy := tr.Apply(p[0], p[1]*k)
				if !near(gx, wantX, 1e-9) || !near(gy, wantY, 1e-9) {
					t.Errorf("slice %d at %v°: %v goes to (%v, %v), want (%v, %v)", i, deg, p, gx, gy, wantX, wantY)
				}
			}
		}
	}
}

func TestStackSlicesStackInOrder(t *testing.T) {
	sp, front := loadFront(t)
	st := newAxialStack(sp, front)
	for i := 1; i < len(st.Z); i++ {
		up, lo := &st.Parts[i-1], &st.Parts[i]
		// The slice above starts (its front) above most of the one below:
		// at most the tip of the spinous process tucks under it.
		upFront := st.Z[i-1] + (up.Front-st.Centre[i-1])*axialSquash
		loBack := st.Z[i] + (lo.Back-st.Centre[i])*axialSquash
		if !(st.Z[i-1] > st.Z[i] && loBack-upFront < 3) {
			t.Errorf("%s over %s: front at %v, the back below reaches %v", sp.Vertebrae[i-1].Name, sp.Vertebrae[i].Name, upFront, loBack)
		}
	}
	// The box holds every slice turned by up to 15 degrees.
	for i := range st.Parts {
		for _, deg := range []float64{-15, 15} {
			tr := st.Transform(i, deg)
			p := &st.Parts[i]
			x0, y0, x1, y1 := p.Arch.Bounds()
			for _, c := range [][2]float64{{x0, y0}, {x1, y1}, {x0, y1}, {x1, y0}, {0, p.Front}, {0, p.Back}} {
				x, y := tr.Apply(c[0], c[1]*axialSquash)
				if x < st.Box[0] || x > st.Box[2] || y < st.Box[1] || y > st.Box[3] {
					t.Errorf("slice %d at %v°: (%v, %v) outside the box %v", i, deg, x, y, st.Box)
				}
			}
		}
	}
}

func TestFusedLevelsMoveAsOne(t *testing.T) {
	m, err := model.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	sp, front := loadFront(t)
	n := len(sp.Vertebrae)
	l4, l5 := sp.DiscIndex("L4-L5"), sp.DiscIndex("L5-S1")
	tests := []struct {
		motion string
		plane  motion.Plane
	}{
		{"lateral-bending", motion.Coronal},
		{"axial-rotation", -1},
	}
	for _, tt := range tests {
		t.Run(tt.motion, func(t *testing.T) {
			f := figuresFor(t, m, func(s *state.State) {
				s.Motion, s.Posture, s.Months, s.Levels = tt.motion, 1, 120, "L4-L5,L5-S1"
			})
			before, after := make([]float64, n-1), make([]float64, n-1)
			for i, seg := range f.Segments {
				before[i], after[i] = seg.AngleBefore, seg.AngleAfter
			}
			if tt.plane == motion.Coronal {
				neutral := make([]motion.Affine, n)
				posed := make([]motion.Affine, n)
				motion.Pose(sp, motion.Coronal, make([]float64, n-1), neutral)
				motion.Pose(sp, motion.Coronal, after, posed)
				for _, i := range []int{l4, l5} {
					if !sameAffine(relative(posed, i, i+1), relative(neutral, i, i+1), 1e-3) {
						t.Errorf("%s bends after a solid fusion: %+v", sp.Discs[i].Level, relative(posed, i, i+1))
					}
				}
				motion.Pose(sp, motion.Coronal, before, posed)
				if sameAffine(relative(posed, l4, l4+1), relative(neutral, l4, l4+1), 1e-3) {
					t.Error("L4-L5 does not bend before the fusion")
				}
				return
			}
			st := newAxialStack(sp, front)
			turn := make([]float64, n)
			turns(after, turn)
			// L4, L5 and the sacrum turn as one: the same turn, so their
			// slices differ only by their place in the stack.
			for _, i := range []int{l4, l5} {
				a, b := st.Transform(i, turn[i]), st.Transform(i+1, turn[i+1])
				if !near(turn[i], turn[i+1], 0.05) || !near(a.A, b.A, 1e-3) || !near(a.C, b.C, 1e-3) {
					t.Errorf("%s turns %v° against %v° below", sp.Vertebrae[i].Name, turn[i], turn[i+1])
				}
			}
			turns(before, turn)
			if near(turn[l4], turn[l4+1], 0.05) {
				t.Error("L4 and L5 turn together before the fusion")
			}
			if !(turn[0] > turn[l4]) {
				t.Errorf("the top turns %v°, no more than L4's %v°", turn[0], turn[l4])
			}
		})
	}
}

func TestCoronalBoundsHoldEveryPose(t *testing.T) {
	m, err := model.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	sp, front := loadFront(t)
	n := len(sp.Vertebrae)
	angles := make([]float64, n-1)
	pose := make([]motion.Affine, n)
	b := coronalBounds(sp, front, m.ROM, angles, pose)
	for _, posture := range []float64{-1, -0.4, 0, 0.7, 1} {
		f := figuresFor(t, m, func(s *state.State) {
			s.Motion, s.Posture, s.Levels = "lateral-bending", posture, "L3-L4,L4-L5,L5-S1"
		})
		for _, after := range []bool{false, true} {
			for i, seg := range f.Segments {
				angles[i] = seg.AngleBefore
				if after {
					angles[i] = seg.AngleAfter
				}
			}
			motion.Pose(sp, motion.Coronal, angles, pose)
			for i, v := range sp.Vertebrae {
				hs := front.Levels[i].TransverseSpan / 2
				y0, y1 := 0.0, v.Height
				if v.Sacrum {
					y0, y1 = -v.Height, 0
				}
				for _, c := range [][2]float64{{-hs, y0}, {hs, y1}, {-hs, y1}, {hs, y0}} {
					x, y := pose[i].Apply(c[0], c[1])
					if x < b[0] || x > b[2] || y < b[1] || y > b[3] {
						t.Errorf("posture %v: %s corner (%v, %v) outside %v", posture, v.Name, x, y, b)
					}
				}
			}
		}
	}
}

func TestFitBoxFitsTheArea(t *testing.T) {
	tests := []struct {
		box  [4]float64
		area image.Rectangle
	}{
		{[4]float64{-60, -100, 60, 210}, image.Rect(10, 40, 490, 560)},
		{[4]float64{-120, -100, 120, 210}, image.Rect(0, 0, 300, 900)},
		{[4]float64{-55, -10, 55, 230}, image.Rect(5, 80, 380, 300)},
	}
	for _, tt := range tests {
		sc, v := fitBox(tt.box, tt.area, 0.72)
		x0, y1 := v.Point(tt.box[0], tt.box[1])
		x1, y0 := v.Point(tt.box[2], tt.box[3])
		right := float64(tt.area.Min.X) + float64(tt.area.Dx())*0.72
		if x0 < float64(tt.area.Min.X)-1e-6 || x1 > right+1e-6 || y0 < float64(tt.area.Min.Y)-1e-6 || !near(y1, float64(tt.area.Max.Y), 1e-6) {
			t.Errorf("box %v at scale %v lands at x %v..%v, y %v..%v in %v", tt.box, sc, x0, x1, y0, y1, tt.area)
		}
	}
}

func TestDegreeText(t *testing.T) {
	tests := []struct {
		deg  float64
		want string
	}{
		{0, "0.0°"},
		{8.84, "8.8°"},
		{-1.46, "−1.5°"},
		{-0.04, "0.0°"},
		{99, "60.0°"},
	}
	for _, tt := range tests {
		if got := degreeText(tt.deg); got != tt.want {
			t.Errorf("degreeText(%v) = %q, want %q", tt.deg, got, tt.want)
		}
	}
}
