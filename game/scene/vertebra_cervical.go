package scene

import (
	"spinefusion/game/anatomy"
	"spinefusion/game/surgery"
)

// cervicalBone returns the parts of a neck vertebra in side view: a small
// body deeper than tall, with its uncinate process rising at the back of the
// upper endplate and a lip hanging at the front of the lower one; a short
// pedicle; the lateral mass (articular pillar) with its facets tilted about
// 35 degrees; a short spinous process (long at C7 and T1), and for C2 its
// dens with the ring of C1 around it. The spinal cord runs through the
// canal (Cord), and the nerve root leaves through the foramen below the
// pedicle, forward and down over the transverse process (Root).
func cervicalBone(v anatomy.Vertebra, p anatomy.Posterior, below float64, base bool, seed uint64) BoneParts {
	var b BoneParts
	d, h := v.Depth, v.Height
	front, back := -d/2, d/2
	c2 := v.Dens > 0
	cervicalBody(&b.Body, front, back, h, v.Dens)
	roundedBody(&b.Cancellous, front+1.1, back-1, 1, h-1, 1.5, 0.6)
	trabeculae(&b.Trabeculae, front+1.8, back-1.6, 1.6, h-1.6, seed)

	pt, pb := p.PedicleTop*h, p.PedicleBottom*h
	below0 := below
	if base {
		below0 = 5 // the disc under T1 is not drawn; keep its pillar whole
	}
	m := surgery.Pillar(v, p, below0)
	rise := (m.Back - m.Front) * m.Slope
	topFront, topBack := m.Top, m.Top+rise
	if c2 {
		// C2's upper joint (with C1) is flat and higher.
		topFront, topBack = h*0.9, h*0.9
	}
	lam := back + p.CanalDepth // the back wall of the canal
	sl, sh, drop := p.SpinousLength, p.SpinousHeight*h, p.SpinousDrop
	switch {
	case c2:
		sl, sh, drop = sl*1.35, h*0.38, drop*0.6
	case v.Name == "C7":
		sl, drop = sl*1.75, drop*1.6
	case base:
		sl, drop = sl*1.8, drop*2.6
	}
	s := &b.Arch
	s.MoveTo(back-1, pt)
	s.QuadTo((back+m.Front)/2, pt+0.6, m.Front, topFront)
	// The superior facet, rising toward the back.
	s.LineTo(m.Back-0.6, topBack)
	s.QuadTo(m.Back+0.4, topBack+0.2, m.Back+1.2, topBack-1.5)
	// The lamina, then the spinous process sloping down and back.
	sy := h*0.62 - drop*0.2
	s.QuadTo(lam-1, sy+sh*0.6, lam+1.5, sy+sh/2)
	tipX, tipY := lam+sl, sy-drop
	s.QuadTo(lam+sl*0.6, sy+sh/2-drop*0.45, tipX-1, tipY+sh*0.42)
	if !base && v.Name != "C7" {
		// A bifid tip: two small knobs, the near one drawn.
		s.QuadTo(tipX+1.2, tipY+sh*0.35, tipX+0.6, tipY+sh*0.05)
		s.LineTo(tipX-0.6, tipY)
		s.QuadTo(tipX+1, tipY-sh*0.15, tipX-0.4, tipY-sh*0.42)
	} else {
		// The knob of the vertebra prominens.
		s.QuadTo(tipX+2.4, tipY+sh*0.3, tipX+1.6, tipY-sh*0.1)
		s.QuadTo(tipX+0.8, tipY-sh*0.5, tipX-1.4, tipY-sh*0.42)
	}
	s.QuadTo(lam+sl*0.45, sy-sh/2-drop*0.35, lam+1, sy-sh*0.55)
	// Down the back of the lamina to the inferior facet.
	botBack := m.Bottom + rise
	s.QuadTo(m.Back+1.5, (sy-sh*0.55+botBack)/2, m.Back+0.6, botBack+0.4)
	s.QuadTo(m.Back, botBack-0.3, m.Back-1, botBack-0.6*m.Slope)
	s.LineTo(m.Front+0.6, m.Bottom)
	s.QuadTo(m.Front-0.4, m.Bottom+0.4, m.Front, m.Bottom+1.6)
	// The front of the pillar (the back wall of the foramen) and the
	// notch under the pedicle.
	s.QuadTo(m.Front+0.8, (m.Bottom+pb)/2, m.Front, pb-0.5)
	s.QuadTo((back+m.Front)/2, pb-1.6, back-1, pb)
	s.Close()
	b.FacetTop = [2]float64{(m.Front + m.Back) / 2, (topFront + topBack) / 2}
	if c2 {
		atlas(&b.Arch, front, back, lam, h, v.Dens)
	}

	// The transverse process seen end-on beside the pedicle, with the hole
	// the vertebral artery runs through.
	tx, ty := back+0.5, (pt+pb)/2
	b.Transverse.Ellipse(tx, ty, p.TransverseRad, p.TransverseRad*0.75)
	if v.Name != "C7" && !base {
		b.Marks.Ellipse(tx, ty, p.TransverseRad*0.42, p.TransverseRad*0.36)
	}

	// The dural sac fills the canal; the cord runs down its middle.
	sacTop := h + 3
	if c2 {
		sacTop = h + v.Dens + 3 // on up toward the brainstem
	}
	sacBottom := -below/2 - 1.5
	if base {
		sacBottom = -4
	}
	sac(&b.Sac, back+1.2, lam-1, sacBottom, sacTop)
	cx0, cx1 := back+4, lam-4
	sac(&b.Cord, cx0, cx1, sacBottom, sacTop)
	sac(&b.CordEdge, cx0-0.35, cx0+0.35, sacBottom, sacTop)
	sac(&b.CordEdge, cx1-0.35, cx1+0.35, sacBottom, sacTop)

	if base || below <= 0 {
		return b
	}
	// The root leaves the cord at the disc below, swells into its ganglion
	// in the foramen, then runs forward and down over the transverse
	// process of the vertebra below.
	rt := &b.Root
	gx, gy := back+2.2, -below*0.35
	rt.Ellipse(gx, gy, 2.1, 2.6)
	rt.MoveTo(cx0+0.5, gy+2.6)
	rt.QuadTo(gx+2, gy+1.8, gx, gy+1.3)
	rt.QuadTo(back-3, gy-0.5, back-7, gy-4)
	rt.LineTo(back-7.8, gy-5.6)
	rt.QuadTo(back-3.5, gy-3.2, gx, gy-1.3)
	rt.QuadTo(gx+2, gy-0.6, cx0+0.5, gy+0.4)
	rt.Close()
	return b
}

// cervicalBody adds a neck vertebra's body: square-ish with rounded
// corners, the uncinate process rising at the back of the upper endplate,
// the lip of the lower endplate hanging at the front; for C2 the dens rises
// from the top.
func cervicalBody(s *Shape, front, back, h, dens float64) {
	r := 1.6
	s.MoveTo(front+r, h)
	if dens > 0 {
		// The dens: a peg a little behind the front, leaning back.
		d0, d1 := front+3, front+11.5
		s.QuadTo(front+2.2, h, d0, h+2)
		s.QuadTo(d0-0.4, h+dens*0.6, d0+1.4, h+dens-2.5)
		s.QuadTo(d0+3, h+dens+1, (d0+d1)/2+1, h+dens)
		s.QuadTo(d1+1.5, h+dens-1, d1+0.8, h+dens-4)
		s.QuadTo(d1-0.2, h+dens*0.45, d1+0.5, h+1.5)
		s.QuadTo(d1+1.5, h, d1+3, h)
		s.LineTo(back-r, h)
	} else {
		s.QuadTo((front+back)/2, h-0.5, back-5.2, h-0.1)
		// The uncinate process.
		s.QuadTo(back-3.6, h+2.6, back-1.8, h+2)
		s.QuadTo(back-0.8, h+1.4, back-0.6, h-0.4)
	}
	s.QuadTo(back, h-r*0.5, back, h-r)
	s.QuadTo(back-0.5, h/2, back, r)
	s.QuadTo(back, 0, back-r, 0)
	// The lower endplate, bevelled at the back where the uncinate process
	// below fits, with its lip at the front.
	s.QuadTo((front+back)/2, 0.7, front+2.6, 0.1)
	s.QuadTo(front+0.6, -0.3, front-0.5, -1.6)
	s.QuadTo(front-0.9, -0.6, front-0.4, 1)
	s.QuadTo(front+0.5, h/2, front, h-r)
	s.QuadTo(front, h, front+r, h)
	s.Close()
}

// atlas adds the ring of C1 around the dens of C2 (moving with C2 here; the
// explorer does not model the motion above C2): its front arch before the
// dens and its back arch behind the canal.
func atlas(s *Shape, front, back, lam, h, dens float64) {
	y := h + dens - 6
	s.Ellipse(front-1.6, y, 3.2, 4.6)
	// The lateral mass of C1 on C2's flat joint.
	roundBox(s, back+1, h*0.9+1.2, back+12, h*0.9+9, 2.5)
	// The back arch, a rounded bar with its small tubercle.
	s.MoveTo(back+10, y+2.2)
	s.QuadTo(lam+6, y+3.4, lam+13, y+1.8)
	s.QuadTo(lam+16, y, lam+13, y-2.4)
	s.QuadTo(lam+6, y-2.4, back+10, y-2.6)
	s.Close()
}
