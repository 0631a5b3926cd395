package scene

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/model"
	"spinefusion/game/motion"
)

// TestSweepBoxesServeEveryBand checks the close-up's search: the boxes
// sweepBoxes keeps from posing the spine once give, for every band of
// screen heights, the same rightmost x as posing the spine again for that
// band, in both regions and with a slipped vertebra's deform.
func TestSweepBoxesServeEveryBand(t *testing.T) {
	m, err := model.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	v := View{Scale: 1.3, OX: 120, OY: 620}
	for _, sp := range []struct {
		name  string
		slips bool
	}{{"lumbar", false}, {"lumbar", true}, {"cervical", false}} {
		spine := m.Lumbar
		if sp.name == "cervical" {
			spine = m.Cervical
		}
		s := &Scene{model: m, art: &SpineArt{spine: spine}}
		if sp.slips {
			s.cond.deform[Before] = motion.Deform{Disc: len(spine.Discs) - 2, HeightScale: 0.7, Slip: 9}
		}
		s.sweepBoxes(v)
		hits, misses := 0, 0
		for y0 := -100.0; y0 < 800; y0 += 23 {
			for _, h := range []float64{10, 130, 260} {
				want := posedRight(s, v, y0, y0+h)
				if got := s.sweepRight(y0, y0+h); got != want {
					t.Fatalf("%s (slip %v), band %v–%v: sweepRight %v, posing the spine gives %v", sp.name, sp.slips, y0, y0+h, got, want)
				}
				if math.IsInf(want, -1) {
					misses++
				} else {
					hits++
				}
			}
		}
		if hits == 0 || misses == 0 {
			t.Errorf("%s: %d bands meet the spine and %d miss it; the test wants both", sp.name, hits, misses)
		}
	}
}

// posedRight is sweepRight as it was before the boxes were kept: the spine
// posed in its three sweep poses for the one band.
func posedRight(s *Scene, v View, y0, y1 float64) float64 {
	sp := s.art.spine
	pose := make([]motion.Affine, len(sp.Vertebrae))
	angles := make([]float64, len(sp.Discs))
	def := s.cond.deform[Before]
	right := math.Inf(-1)
	for _, p := range []float64{-1, 0, 1} {
		for i, d := range sp.Discs {
			angles[i] = s.model.ROM.Angle(s.model.ROM.Degrees(d.Level, motion.FlexionExtension), motion.FlexionExtension, p)
		}
		motion.PoseDeformed(sp, motion.Sagittal, angles, &def, pose)
		for i, vt := range sp.Vertebrae {
			lo, hi, x := math.Inf(1), math.Inf(-1), math.Inf(-1)
			for _, q := range [][2]float64{{-vt.Depth / 2, 0}, {-vt.Depth / 2, vt.Height}, {vt.Depth/2 + 60, vt.Height}, {vt.Depth/2 + 60, 0}} {
				y := q[1]
				if vt.Sacrum {
					y = -y
				}
				sx, sy := v.Point(pose[i].Apply(q[0], y))
				lo, hi, x = math.Min(lo, sy), math.Max(hi, sy), math.Max(x, sx)
			}
			if hi >= y0 && lo <= y1 {
				right = math.Max(right, x)
			}
		}
	}
	return right
}
