package motion_test

import (
	"math"
	"testing"

	"spinefusion/game/motion"
)

// relative returns vertebra i's frame in the frame of vertebra j.
func relative(pose []motion.Affine, i, j int) motion.Affine {
	m := pose[j]
	det := m.A*m.D - m.B*m.C
	a, b, c, d := m.D/det, -m.B/det, -m.C/det, m.A/det
	inv := motion.Affine{A: a, B: b, C: c, D: d, TX: -(a*m.TX + b*m.TY), TY: -(c*m.TX + d*m.TY)}
	return pose[i].Then(inv)
}

func TestPoseDeformed(t *testing.T) {
	_, sp := load(t)
	n := len(sp.Vertebrae)
	angles := make([]float64, n-1)
	plain := make([]motion.Affine, n)
	motion.Pose(sp, motion.Sagittal, angles, plain)
	k := sp.DiscIndex("L4-L5")
	tests := []struct {
		name string
		def  motion.Deform
		// want: the change of L4's place over L5 (x toward the back, y up,
		// mm) and of its tilt (degrees, forward positive).
		dx, dy, tilt float64
	}{
		{"nothing", motion.NoDeform, 0, 0, 0},
		{"slip 9 mm forward", motion.Deform{Disc: k, Slip: 9, Bone: -1}, -9, 0, 0},
		{"disc at 40% height", motion.Deform{Disc: k, HeightScale: 0.4, Bone: -1}, math.NaN(), -0.6 * sp.Discs[k].Height, 0},
		{"L5 wedged 10 degrees", motion.Deform{Disc: -1, Bone: k + 1, Wedge: 10}, math.NaN(), math.NaN(), 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := make([]motion.Affine, n)
			motion.PoseDeformed(sp, motion.Sagittal, angles, &tc.def, got)
			r0, r1 := relative(plain, k, k+1), relative(got, k, k+1)
			if !math.IsNaN(tc.dx) && math.Abs(r1.TX-r0.TX-tc.dx) > 0.3 {
				t.Errorf("moved back by %.2f mm, want %.2f", r1.TX-r0.TX, tc.dx)
			}
			if !math.IsNaN(tc.dy) && math.Abs(r1.TY-r0.TY-tc.dy) > 0.3 {
				t.Errorf("moved up by %.2f mm, want %.2f", r1.TY-r0.TY, tc.dy)
			}
			// Forward tilt is counter-clockwise (x points back).
			if d := r1.Angle() - r0.Angle(); math.Abs(d-tc.tilt) > 1e-6 {
				t.Errorf("tilted by %.3f degrees, want %v", d, tc.tilt)
			}
			// The bones below the change stay where they were.
			for i := k + 1; i < n; i++ {
				if tc.def.Bone != i && got[i] != plain[i] {
					t.Errorf("%s moved", sp.Vertebrae[i].Name)
				}
			}
		})
	}
	// In the front view a slip and a wedge change nothing; a lost height
	// still shows.
	front := make([]motion.Affine, n)
	motion.Pose(sp, motion.Coronal, angles, front)
	got := make([]motion.Affine, n)
	motion.PoseDeformed(sp, motion.Coronal, angles, &motion.Deform{Disc: k, Slip: 9, Bone: k + 1, Wedge: 10}, got)
	for i := range got {
		if got[i] != front[i] {
			t.Errorf("coronal: %s moved by a slip or wedge", sp.Vertebrae[i].Name)
		}
	}
}
