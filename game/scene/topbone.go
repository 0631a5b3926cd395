package scene

import (
	"math"

	"spinefusion/game/anatomy"
)

// TopParts are the outlines of one vertebra seen from above, in its axial
// frame: origin at the middle of the body, x toward the patient's left
// (the viewer's right when the patient faces the viewer), y toward the
// back, millimetres.
type TopParts struct {
	// Body is the upper endplate's outline, kidney shaped; Endplate is its
	// softer middle, inside the rim.
	Body, Endplate Shape
	// Arch is the ring behind the body: pedicles, laminae, the spinous
	// process, the transverse processes and the superior articular
	// processes, as one outline around the canal.
	Arch Shape
	// Facets are the joint surfaces of the superior articular processes.
	Facets Shape
	// Sac is the dural sac in the canal.
	Sac Shape
	// Entry is where the left pedicle screw enters the bone (the right one
	// mirrors it) and Axis the unit direction it runs in, forward and in
	// through the pedicle.
	Entry, Axis [2]float64
	// Front and Back are the body's front wall and the spinous process's
	// tip (local y).
	Front, Back float64
}

// TopBone returns the parts of a vertebra seen from above. l is its sizes
// across the body and p the proportions of its posterior parts.
func TopBone(v anatomy.Vertebra, l anatomy.FrontLevel, p anatomy.Posterior) TopParts {
	if v.Sacrum {
		return topSacrum(v, l, p)
	}
	var b TopParts
	w, d := l.Width, v.Depth
	kidney(&b.Body, w/2, d/2, 3.2)
	kidney(&b.Endplate, w/2-3.2, d/2-3, 2)

	cw, cd := l.CanalWidth, p.CanalDepth
	pw := math.Min(l.PedicleWidth, (w-cw)/2-1)
	if pw <= 0 {
		pw = l.PedicleWidth // the neck's canal is wider than its bodies
	}
	s, c := math.Sincos(l.PedicleAngle * math.Pi / 180)
	ax, ay := -s, -c // forward and in
	nx, ny := c, -s  // across the pedicle, outward
	bx, by := cw/2+pw/2, d/2+p.PedicleLength
	fx, fy := bx+ax*(p.PedicleLength+6), by+ay*(p.PedicleLength+6)
	b.Entry = [2]float64{bx - ax*1.5, by - ay*1.5}
	b.Axis = [2]float64{ax, ay}

	var one Shape
	// The pedicle, a short thick bar from the body to the pillar.
	one.MoveTo(fx-nx*pw/2, fy-ny*pw/2)
	one.LineTo(fx+nx*pw/2, fy+ny*pw/2)
	one.LineTo(bx+nx*pw/2, by+ny*pw/2+1)
	one.LineTo(bx-nx*pw/2, by-ny*pw/2+1)
	one.Close()
	// The lamina slopes back to meet its partner in the midline behind the
	// canal.
	lf := d/2 + cd // the lamina's front in the midline
	t := 6.0
	one.MoveTo(bx-pw/2, by-1)
	one.QuadTo(cw*0.3, lf-1, 0, lf)
	one.LineTo(0, lf+t)
	one.QuadTo(cw*0.35+2, lf+t-1, bx+pw/2, by+t*0.9)
	one.Close()
	// The spinous process runs straight back, ending in a club.
	sl := p.SpinousLength
	one.MoveTo(0, lf+1)
	one.QuadTo(3.4, lf+t, 2.6, lf+sl*0.6)
	one.QuadTo(4.2, lf+sl-1, 2, lf+sl+1)
	one.QuadTo(0, lf+sl+1.8, 0, lf+sl+1.8)
	one.LineTo(0, lf+1)
	one.Close()
	// The transverse process reaches out to the side and a little back.
	tip := l.TransverseSpan / 2
	one.MoveTo(bx, by-4.5)
	one.QuadTo((bx+tip)/2, by-3, tip-2, by+1.5)
	one.QuadTo(tip+1, by+3, tip-1, by+5.5)
	one.QuadTo((bx+tip)/2, by+4.5, bx+1, by+5)
	one.Close()
	// The superior articular process rises behind the pedicle; its joint
	// surface faces in and back.
	sx, sy := cw/2+3.2, by+4
	one.Ellipse(sx, sy, 5, 6.5)
	b.Arch.addBothSides(&one)

	one = Shape{}
	crescent(&one, sx-1, sy+0.5, 4.6, 6, -0.35)
	b.Facets.addBothSides(&one)

	b.Sac.Ellipse(0, d/2+cd*0.5, cw*0.36, cd*0.36)
	b.Front, b.Back = -d/2, lf+sl+1.8
	return b
}

// kidney adds the outline of a vertebral body from above: half width hw,
// half depth hd, the back wall drawn in by dent where the canal lies.
func kidney(s *Shape, hw, hd, dent float64) {
	s.MoveTo(0, -hd)
	s.QuadTo(hw*0.92, -hd, hw, -hd*0.05)
	s.QuadTo(hw, hd*0.72, hw*0.55, hd)
	s.QuadTo(hw*0.2, hd-dent*0.4, 0, hd-dent)
	s.QuadTo(-hw*0.2, hd-dent*0.4, -hw*0.55, hd)
	s.QuadTo(-hw, hd*0.72, -hw, -hd*0.05)
	s.QuadTo(-hw*0.92, -hd, 0, -hd)
	s.Close()
}

// crescent adds a thin curved sliver along the inner side of an ellipse
// centred at (cx, cy) with radii rx, ry, centred on the direction turn (in
// turns, 0 = toward +x), a quarter of the way round.
func crescent(s *Shape, cx, cy, rx, ry, turn float64) {
	const n = 4
	const t = 1.1
	for k := 0; k <= n; k++ {
		a := 2 * math.Pi * (turn - 0.15 + 0.3*float64(k)/n)
		x, y := cx+rx*math.Cos(a), cy+ry*math.Sin(a)
		if k == 0 {
			s.MoveTo(x, y)
		} else {
			s.LineTo(x, y)
		}
	}
	for k := n; k >= 0; k-- {
		a := 2 * math.Pi * (turn - 0.15 + 0.3*float64(k)/n)
		s.LineTo(cx+(rx-t)*math.Cos(a), cy+(ry-t)*math.Sin(a))
	}
	s.Close()
}

// topSacrum returns the sacrum seen from above: the S1 endplate, the alae
// fanning out to the sides, the superior articular processes that meet L5
// and the sacral canal behind the body.
func topSacrum(v anatomy.Vertebra, l anatomy.FrontLevel, p anatomy.Posterior) TopParts {
	var b TopParts
	w, d := l.Width, v.Depth
	kidney(&b.Body, w/2, d/2, 3)
	kidney(&b.Endplate, w/2-3.2, d/2-3, 2)
	cw := l.CanalWidth
	ha := l.TransverseSpan / 2
	var one Shape
	// The ala: from the side of the body out to its rounded edge and back
	// in to the articular process.
	one.MoveTo(w*0.38, -d*0.2)
	one.QuadTo(ha*0.8, -d*0.32, ha-2, -4)
	one.QuadTo(ha+1.5, 4, ha-3, 13)
	one.QuadTo(ha*0.7, d/2+6, cw/2+8, d/2+9)
	one.LineTo(w*0.3, d/2-2)
	one.Close()
	// The laminae close the canal behind, low and broad, with the short
	// median crest.
	lf := d/2 + 13
	one.MoveTo(cw/2+4, d/2+5)
	one.QuadTo(cw*0.3, lf-1, 0, lf)
	one.LineTo(0, lf+9)
	one.QuadTo(cw*0.35+3, lf+6, cw/2+10, d/2+10)
	one.Close()
	one.MoveTo(0, lf+2)
	one.QuadTo(3, lf+7, 2, lf+14)
	one.LineTo(0, lf+15)
	one.Close()
	sx, sy := cw/2+4.5, d/2+5
	one.Ellipse(sx, sy, 5.5, 7)
	b.Arch.addBothSides(&one)

	one = Shape{}
	crescent(&one, sx-1, sy+0.5, 5, 6.4, -0.35)
	b.Facets.addBothSides(&one)
	b.Sac.Ellipse(0, d/2+6.5, cw*0.28, 4.5)

	// S1 screws enter at the base of the articular process and aim in
	// toward the promontory.
	s, c := math.Sincos(l.PedicleAngle * math.Pi / 180)
	b.Entry = [2]float64{sx + 2, sy - 3}
	b.Axis = [2]float64{-s, -c}
	b.Front, b.Back = -d/2, lf+15
	return b
}
