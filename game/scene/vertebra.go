package scene

import (
	"math/rand/v2"

	"spinefusion/game/anatomy"
)

// BoneParts are the outlines of one vertebra in side view, in its local frame
// (origin at the middle of the lower endplate, x toward the back, y up,
// millimetres).
type BoneParts struct {
	// Body is the vertebral body: a rounded block with a concave waist.
	Body Shape
	// Cancellous is the spongy inside of the body, inside the cortical rim.
	Cancellous Shape
	// Trabeculae are short strokes of the spongy bone's struts.
	Trabeculae Shape
	// Arch is the posterior arch: pedicle, superior and inferior articular
	// processes, lamina and spinous process, as one outline.
	Arch Shape
	// Transverse is the transverse process seen end-on at the pedicle.
	Transverse Shape
	// Sac is the part of the dural sac (with the cauda equina) in the canal
	// behind this bone.
	Sac Shape
	// Cord is the spinal cord's part in the canal behind a neck vertebra,
	// and CordEdge its outline; both empty in the low back.
	Cord, CordEdge Shape
	// Root is the nerve root leaving the foramen below this bone's pedicle.
	Root Shape
	// Marks are fine lines drawn over the bone: the sacrum's fused
	// segments and its foramina.
	Marks Shape
	// FacetTop is where the superior articular process's joint surface
	// lies (local x, y), for labels and for the facet joint's glow.
	FacetTop [2]float64
}

// Bone returns the parts of a vertebra. below is the height of the disc below
// it (for the nerve root's path); seed makes the trabecular texture the same
// at every scale.
func Bone(v anatomy.Vertebra, p anatomy.Posterior, below float64, seed uint64) BoneParts {
	if v.Sacrum {
		return sacrum(v, p, seed)
	}
	var b BoneParts
	d, h := v.Depth, v.Height
	front, back := -d/2, d/2
	roundedBody(&b.Body, front, back, 0, h, 3.2, 1.6)
	roundedBody(&b.Cancellous, front+1.6, back-1.3, 1.3, h-1.3, 2.2, 1.2)
	trabeculae(&b.Trabeculae, front+2.5, back-2.2, 2.2, h-2.2, seed)

	pt, pb := p.PedicleTop*h, p.PedicleBottom*h
	a := back + p.PedicleLength // front of the articular pillar
	r := p.FacetReach
	sl := p.SpinousLength
	drop := p.SpinousDrop
	sh := p.SpinousHeight * h
	s := &b.Arch
	s.MoveTo(back-1.5, pt)
	s.QuadTo((back+a)/2, pt-1.2, a-1, pt) // shallow superior notch
	// Superior articular process rising above the body.
	s.QuadTo(a-2.2, h+r*0.55, a+1.5, h+r)
	s.QuadTo(a+5, h+r+1, a+6.5, h+r*0.35)
	s.LineTo(a+7, h*0.82)
	// Lamina up to the spinous process, which slopes down and back.
	s.QuadTo(a+10, h*0.8, a+12, h*0.5+sh/2)
	s.QuadTo(a+12+sl*0.55, h*0.5+sh/2-drop*0.4, a+10+sl, h*0.5+sh/2-drop-1)
	s.QuadTo(a+13+sl, h*0.5-drop, a+10+sl, h*0.5-sh/2-drop+1) // club-shaped tip
	s.QuadTo(a+12+sl*0.5, h*0.5-sh/2-drop*0.2, a+15, h*0.12)
	// Inferior articular process reaching below the body.
	s.QuadTo(a+15.5, -r*0.5, a+13, -r-1.5)
	s.QuadTo(a+9.5, -r-2.5, a+7.2, -r*0.45)
	s.LineTo(a+6.5, pb*0.2)
	// Pars and the deep inferior notch under the pedicle.
	s.QuadTo(a+4, pb-1, a-1, pb)
	s.QuadTo((back+a)/2, pb-2.5, back-1.5, pb)
	s.Close()
	b.FacetTop = [2]float64{a + 3.5, h + r*0.4}

	b.Transverse.Ellipse(a-1.5, (pt+pb)/2+1.2, p.TransverseRad, p.TransverseRad*0.85)

	// The dural sac fills the canal behind the body and the disc.
	sac(&b.Sac, back+2.5, back+p.CanalDepth-3.5, -below/2-1.5, h+3)

	// The root leaves the sac under the pedicle, swells into its ganglion in
	// the foramen, then runs forward and down over the disc below.
	rt := &b.Root
	gx, gy := back+4.5, pb-4.5 // the ganglion, in the foramen
	rt.Ellipse(gx, gy, 3.6, 2.6)
	rt.MoveTo(back+p.CanalDepth-7, pb-2)
	rt.QuadTo(gx+3, gy+2.2, gx, gy+2.2)
	rt.QuadTo(back-4, gy-1, back-9, -below-4)
	rt.QuadTo(back-12, -below-8, back-15, -below-11)
	rt.LineTo(back-13.6, -below-12.6)
	rt.QuadTo(back-9, -below-9, back-6, -below-6)
	rt.QuadTo(back-1, gy-6, gx, gy-2.2)
	rt.QuadTo(gx+3, gy-2.2, back+p.CanalDepth-7, pb-5)
	rt.Close()
	return b
}

// roundedBody adds a vertebral body outline: rounded corners of radius r and
// front and back walls drawn in by waist (millimetres); the endplates dip
// slightly.
func roundedBody(s *Shape, front, back, bottom, top, r, waist float64) {
	mid := (bottom + top) / 2
	cx := (front + back) / 2
	s.MoveTo(front+r, top)
	s.QuadTo(cx, top-0.9, back-r, top)
	s.QuadTo(back, top, back, top-r)
	s.QuadTo(back-waist*0.6, mid, back, bottom+r)
	s.QuadTo(back, bottom, back-r, bottom)
	s.QuadTo(cx, bottom+0.9, front+r, bottom)
	s.QuadTo(front, bottom, front, bottom+r)
	s.QuadTo(front+waist, mid, front, top-r)
	s.QuadTo(front, top, front+r, top)
	s.Close()
}

// trabeculae adds short, mostly vertical struts scattered in a box, the look
// of spongy bone.
func trabeculae(s *Shape, x0, x1, y0, y1 float64, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	n := int((x1 - x0) * (y1 - y0) / 9)
	for i := 0; i < n; i++ {
		x := x0 + rng.Float64()*(x1-x0)
		y := y0 + rng.Float64()*(y1-y0)
		l := 1.2 + rng.Float64()*2.2
		dx := (rng.Float64() - 0.5) * 1.4
		if y+l > y1 {
			y = y1 - l
		}
		w := 0.28
		s.MoveTo(x-w, y)
		s.QuadTo(x+dx/2-w, y+l/2, x+dx-w*0.5, y+l)
		s.LineTo(x+dx+w*0.5, y+l)
		s.QuadTo(x+dx/2+w, y+l/2, x+w, y)
		s.Close()
	}
}

// sac adds a segment of the dural sac: a soft band between x0 and x1.
func sac(s *Shape, x0, x1, y0, y1 float64) {
	s.MoveTo(x0, y0)
	s.LineTo(x1, y0)
	s.LineTo(x1, y1)
	s.LineTo(x0, y1)
	s.Close()
}

// sacrum returns the parts of the sacrum: its top (the S1 endplate) at the
// origin, sloping down and back to the coccyx.
func sacrum(v anatomy.Vertebra, p anatomy.Posterior, seed uint64) BoneParts {
	var b BoneParts
	d := v.Depth
	front, back := -d/2, d/2
	a := back + p.PedicleLength
	r := p.FacetReach
	hgt := v.Height
	s := &b.Body
	s.MoveTo(front+2, 0)
	s.QuadTo(0, -0.8, back-2, 0)
	s.QuadTo(back, 0, back, -2)
	// S1's own short pedicle and superior articular process (it meets L5).
	s.LineTo(a-1, -3)
	s.QuadTo(a-2.5, r*0.5, a+1.5, r)
	s.QuadTo(a+5, r+1, a+6.5, r*0.3)
	s.QuadTo(a+9, -4, a+13, -10)
	// The back of the sacrum with its median crest, tapering down to the
	// coccyx; the front is concave.
	s.QuadTo(a+15, -22, a+9, -38)
	s.QuadTo(a+2, -hgt*0.62, front+d*0.95, -hgt*0.85)
	s.QuadTo(front+d*0.78, -hgt*1.01, front+d*0.62, -hgt)
	s.QuadTo(front+d*0.52, -hgt*0.97, front+d*0.56, -hgt*0.9)
	s.QuadTo(front+d*0.2, -hgt*0.55, front+1, -hgt*0.28)
	s.QuadTo(front-1, -8, front, -2)
	s.QuadTo(front, 0, front+2, 0)
	s.Close()
	// The S1 body as the spongy part under the endplate.
	c := &b.Cancellous
	c.MoveTo(front+2.5, -1.4)
	c.QuadTo(0, -2, back-1.6, -1.4)
	c.QuadTo(back-1.4, -14, back-3, -24)
	c.QuadTo(0, -30, front+4, -26)
	c.QuadTo(front+1.2, -14, front+2.5, -1.4)
	c.Close()
	trabeculae(&b.Trabeculae, front+3.5, back-3.5, -22, -3, seed)
	// Ridges where the sacral vertebrae fused, and the sacral foramina.
	m := &b.Marks
	for i, y := range []float64{-hgt * 0.3, -hgt * 0.47, -hgt * 0.62} {
		t := float64(i)
		x0 := front + 3 + t*7
		x1 := back - 2 - t*3
		ridge(m, x0, y, x1, y-2)
		m.Ellipse((x0+x1)/2+5, y-6, 2.4-t*0.4, 1.6-t*0.25)
	}
	b.FacetTop = [2]float64{a + 3.5, r * 0.4}
	sac(&b.Sac, back+2.5, back+p.CanalDepth-3.5, -26, 6)
	return b
}

// ridge adds a thin line across the bone.
func ridge(s *Shape, x0, y0, x1, y1 float64) {
	const w = 0.35
	s.MoveTo(x0, y0-w)
	s.QuadTo((x0+x1)/2, (y0+y1)/2-1.2-w, x1, y1-w)
	s.LineTo(x1, y1+w)
	s.QuadTo((x0+x1)/2, (y0+y1)/2-1.2+w, x0, y0+w)
	s.Close()
}
