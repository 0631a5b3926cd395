package scene

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/surgery"
)

func loadFront(t *testing.T) (*anatomy.Spine, *anatomy.Front) {
	t.Helper()
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	f, err := anatomy.LoadFront(assets.Data, sp)
	if err != nil {
		t.Fatal(err)
	}
	return sp, f
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestWindFromTurnsOutlinesCounterClockwise(t *testing.T) {
	var s Shape
	// A square drawn clockwise, then a curved outline clockwise.
	s.MoveTo(0, 0)
	s.LineTo(0, 1)
	s.LineTo(1, 1)
	s.LineTo(1, 0)
	s.Close()
	s.MoveTo(5, 0)
	s.QuadTo(5, 3, 7, 3)
	s.LineTo(7, 0)
	s.Close()
	x0, y0, x1, y1 := s.Bounds()
	s.windFrom(0)
	for start := 0; start < len(s.ops); {
		end := start + 1
		for end < len(s.ops) && s.ops[end].kind != 'M' {
			end++
		}
		if a := signedArea(s.ops[start:end]); a <= 0 {
			t.Errorf("outline at op %d has area %v after winding", start, a)
		}
		start = end
	}
	if a, b, c, d := s.Bounds(); a != x0 || b != y0 || c != x1 || d != y1 {
		t.Errorf("winding moved the outline: %v %v %v %v, want %v %v %v %v", a, b, c, d, x0, y0, x1, y1)
	}
}

func TestAddMirroredMirrorsBounds(t *testing.T) {
	var one, s Shape
	one.Ellipse(10, 2, 3, 1)
	s.addMirrored(&one)
	x0, y0, x1, y1 := s.Bounds()
	if !(near(x0, -13, 0.5) && near(x1, -7, 0.5) && near(y0, 1, 0.2) && near(y1, 3, 0.2)) {
		t.Errorf("mirrored ellipse bounds %v %v %v %v", x0, y0, x1, y1)
	}
}

func TestFrontBoneProportions(t *testing.T) {
	sp, front := loadFront(t)
	for i, v := range sp.Vertebrae {
		l := front.Levels[i]
		below := 0.0
		if i < len(sp.Discs) {
			below = sp.Discs[i].Height
		}
		p := FrontBone(v, l, sp.Posterior, below, 1)
		t.Run(v.Name, func(t *testing.T) {
			x0, y0, x1, y1 := p.Body.Bounds()
			// The body (or the sacrum with its alae) is as wide as the
			// table says, centred; its height is the side view's.
			wantHalf := l.Width / 2
			if v.Sacrum {
				wantHalf = l.TransverseSpan / 2
			}
			if !near(-x0, wantHalf, 1.5) || !near(x1, wantHalf, 1.5) {
				t.Errorf("body spans %v to %v, want ±%v", x0, x1, wantHalf)
			}
			if v.Sacrum {
				if !near(y0, -v.Height, 1) || !near(y1, 0, 1) {
					t.Errorf("sacrum spans %v to %v in height, want %v to 0", y0, y1, -v.Height)
				}
			} else if !near(y0, 0, 1) || !near(y1, v.Height, 1) {
				t.Errorf("body spans %v to %v in height, want 0 to %v", y0, y1, v.Height)
			}
			// The pedicles lie inside the body's width, beside the canal.
			px, pw := p.Pedicle[0], p.PedicleW
			if !(px-pw/2 >= l.CanalWidth/2-3 && px+pw/2 <= l.Width/2+1) {
				t.Errorf("pedicle %v wide at %v outside the body (width %v, canal %v)", pw, px, l.Width, l.CanalWidth)
			}
			if !v.Sacrum {
				// The transverse processes reach out to the table's span.
				tx0, _, tx1, _ := p.Transverse.Bounds()
				if !near(tx1, l.TransverseSpan/2, 2) || !near(-tx0, l.TransverseSpan/2, 2) {
					t.Errorf("transverse processes span %v to %v, want ±%v", tx0, tx1, l.TransverseSpan/2)
				}
				// The roots come out beside the body and end below it.
				rx0, ry0, rx1, _ := p.Roots.Bounds()
				if !(rx1 > l.Width/2+8 && -rx0 > l.Width/2+8) {
					t.Errorf("roots %v to %v stay near the body (half width %v)", rx0, rx1, l.Width/2)
				}
				if !(ry0 < -below) {
					t.Errorf("roots end at %v, above the disc below (%v)", ry0, -below)
				}
			}
		})
	}
}

func TestTopBoneProportions(t *testing.T) {
	sp, front := loadFront(t)
	hw, err := surgery.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range sp.Vertebrae {
		l := front.Levels[i]
		p := TopBone(v, l, sp.Posterior)
		t.Run(v.Name, func(t *testing.T) {
			x0, y0, x1, y1 := p.Body.Bounds()
			if !near(-x0, l.Width/2, 1) || !near(x1, l.Width/2, 1) || !near(-y0, v.Depth/2, 1) || !near(y1, v.Depth/2, 1) {
				t.Errorf("body box %v %v %v %v, want ±%v by ±%v", x0, y0, x1, y1, l.Width/2, v.Depth/2)
			}
			// The arch lies behind the body's front and reaches back past
			// the canal to the spinous process.
			_, ay0, _, ay1 := p.Arch.Bounds()
			if !(ay0 > -v.Depth/2 && ay1 > v.Depth/2+10) {
				t.Errorf("arch spans %v to %v front to back", ay0, ay1)
			}
			if !near(p.Back, ay1, 0.5) || p.Front != -v.Depth/2 {
				t.Errorf("front and back %v %v, outlines reach %v", p.Front, p.Back, ay1)
			}
			// The sac lies in the canal, behind the body.
			_, sy0, _, _ := p.Sac.Bounds()
			if !(sy0 > v.Depth/2-3) {
				t.Errorf("sac starts at %v, inside the body", sy0)
			}
			// A screw enters behind the body, runs forward and in, and its
			// tip ends inside the body, short of the midline.
			z := hw.Pedicle
			if v.Sacrum {
				z = hw.Sacral
			}
			if !(p.Entry[1] > v.Depth/2 && p.Axis[1] < 0 && p.Axis[0] <= 0) {
				t.Errorf("screw enters at %v along %v", p.Entry, p.Axis)
			}
			n := topScrewLength(p.Entry, p.Axis, p.Front, z)
			tx, ty := p.Entry[0]+p.Axis[0]*n, p.Entry[1]+p.Axis[1]*n
			if !(ty > -v.Depth/2 && ty < v.Depth/2) {
				t.Errorf("screw tip at y %v, outside the body (±%v)", ty, v.Depth/2)
			}
			if !(tx >= 3.9) {
				t.Errorf("screw tip at x %v, across the midline", tx)
			}
			if !(n >= 0.6*z.Length) {
				t.Errorf("screw shortened to %v of %v", n, z.Length)
			}
		})
	}
}
