package scene

import (
	"testing"
)

// The shapes a condition draws, checked without a GPU.
func TestConditionShapes(t *testing.T) {
	sp, _ := loadFront(t)
	k := sp.DiscIndex("L4-L5")
	l4 := sp.Vertebrae[k]
	normal := Bone(l4, sp.Posterior, sp.Discs[k].Height, 1)

	// A wedge takes the table's share off the front of the body only.
	for _, loss := range []float64{0.35, 0.12} {
		p := Bone(l4, sp.Posterior, sp.Discs[k].Height, 1)
		wedge(&p, l4, loss)
		_, _, _, top := p.Body.Bounds()
		if _, _, _, want := normal.Body.Bounds(); top > want+1e-9 {
			t.Errorf("wedge %v: body grew to %v", loss, top)
		}
		// The top falls linearly from nothing at the back to loss of the
		// height at the front edge: at the rounded corners, 3.2 mm in.
		r := 3.2
		at := func(x float64) float64 { return l4.Height * (1 - loss*(l4.Depth/2-x)/l4.Depth) }
		if front, want := frontTop(&p.Body, -l4.Depth/2+r), at(-l4.Depth/2+r); !near(front, want, 0.05) {
			t.Errorf("wedge %v: front height %.2f, want %.2f", loss, front, want)
		}
		if back, want := frontTop(&p.Body, l4.Depth/2-r), at(l4.Depth/2-r); !near(back, want, 0.05) {
			t.Errorf("wedge %v: back height %.2f, want %.2f", loss, back, want)
		}
	}

	// After a laminectomy the arch no longer reaches back to the spinous
	// process, but the joints are kept.
	var cut Shape
	laminectomyArch(&cut, l4, sp.Posterior)
	_, _, nx, _ := normal.Arch.Bounds()
	_, cy0, cx, cy1 := cut.Bounds()
	if cx > nx-sp.Posterior.SpinousLength+5 {
		t.Errorf("the cut arch reaches %.1f mm back, the whole one %.1f", cx, nx)
	}
	if cy1 < l4.Height || cy0 > 0 {
		t.Errorf("the cut arch lost its joint processes: y %.1f to %.1f", cy0, cy1)
	}

	// Spurs reach past the body's rims by about their length.
	var s Shape
	spurs(&s, l4, 4, 0, -1)
	x0, y0, x1, _ := s.Bounds()
	if !near(x1, l4.Depth/2+3, 0.5) || !near(x0, -l4.Depth/2-3.2, 0.5) || !near(y0, -3.8, 0.5) {
		t.Errorf("spurs span x %.1f to %.1f, down to %.1f", x0, x1, y0)
	}

	// A herniation reaches the table's distance behind the disc.
	var h Shape
	herniation(&h, sp, k, 6, 0.85)
	if _, _, hx, _ := h.Bounds(); hx < sp.Vertebrae[k+1].Depth/2+6 {
		t.Errorf("herniation reaches only %.1f mm", hx)
	}
}

// frontTop is the highest point of the outline's on-curve points within
// 1.5 mm of x.
func frontTop(s *Shape, x float64) float64 {
	top := -1e9
	for _, o := range s.ops {
		if o.kind != 'Z' && o.x >= x-1.5 && o.x <= x+1.5 && o.y > top {
			top = o.y
		}
	}
	return top
}
