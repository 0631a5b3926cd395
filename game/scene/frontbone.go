package scene

import (
	"math"

	"spinefusion/game/anatomy"
)

// FrontParts are the outlines of one vertebra seen from the front, in its
// coronal frame: origin at the middle of the lower endplate (the sacrum's
// upper one), x toward the patient's left, which is the viewer's right, y
// up, millimetres.
type FrontParts struct {
	// Body is the vertebral body: a wide block whose sides curve in at the
	// waist; for the sacrum, the whole inverted triangle with its alae.
	Body Shape
	// Cancellous and Trabeculae are the spongy inside of the body.
	Cancellous, Trabeculae Shape
	// Transverse are the transverse processes reaching out to both sides
	// behind the body.
	Transverse Shape
	// Pedicles are the two pedicles seen end-on through the body, as on an
	// X-ray; Spinous is the spinous process in the midline behind it.
	Pedicles, Spinous Shape
	// Roots are the nerve roots leaving below the pedicles on both sides.
	Roots Shape
	// Marks are the sacrum's ridges and foramina.
	Marks Shape
	// Pedicle is the centre of the left pedicle (the right one mirrors
	// it), where a screw enters; PedicleW and PedicleH its drawn size.
	Pedicle            [2]float64
	PedicleW, PedicleH float64
}

// FrontBone returns the parts of a vertebra seen from the front. l is its
// sizes across the body, p the side-view proportions of its posterior
// parts, below the height of the disc under it and seed the texture's seed.
func FrontBone(v anatomy.Vertebra, l anatomy.FrontLevel, p anatomy.Posterior, below float64, seed uint64) FrontParts {
	if v.Sacrum {
		return frontSacrum(v, l, seed)
	}
	var b FrontParts
	w, h := l.Width, v.Height
	frontBody(&b.Body, w/2, 0, h, 3.2, 2.2)
	frontBody(&b.Cancellous, w/2-1.5, 1.3, h-1.3, 2.4, 1.8)
	trabeculae(&b.Trabeculae, -w/2+2.5, w/2-2.5, 2.2, h-2.2, seed)

	pt, pb := p.PedicleTop*h, p.PedicleBottom*h
	pw := math.Min(l.PedicleWidth, (w-l.CanalWidth)/2-1)
	if pw <= 0 {
		pw = l.PedicleWidth // the neck's canal is wider than its bodies
	}
	ph := math.Min(l.PedicleHeight, pt-pb+2)
	px, py := l.CanalWidth/2+pw/2, (pt+pb)/2
	b.Pedicle, b.PedicleW, b.PedicleH = [2]float64{px, py}, pw, ph
	var one Shape
	one.Ellipse(px, py, pw/2, ph/2)
	b.Pedicles.addBothSides(&one)

	// The transverse process leaves the pedicle and the pillar behind it and
	// reaches out and a little up, thinning to a blunt tip.
	one = Shape{}
	tip := l.TransverseSpan / 2
	root := px - pw/2
	rise := 0.06 * (tip - root)
	one.MoveTo(root, py-6)
	one.QuadTo((root+tip)/2, py-4.5+rise/2, tip-2, py-3.2+rise)
	one.QuadTo(tip+1, py-2.8+rise, tip+0.5, py+rise)
	one.QuadTo(tip, py+3+rise, tip-2.5, py+3.4+rise)
	one.QuadTo((root+tip)/2, py+4.8+rise/2, root, py+6.5)
	one.Close()
	b.Transverse.addBothSides(&one)

	// The spinous process behind the body, seen end-on: a tall drop in the
	// midline whose tip hangs over the disc below.
	s := &b.Spinous
	top, bot := h*0.62, -below*0.45
	s.MoveTo(0, top)
	s.QuadTo(4.5, top-2, 4, (top+bot)/2)
	s.QuadTo(3.5, bot, 0, bot)
	s.QuadTo(-3.5, bot, -4, (top+bot)/2)
	s.QuadTo(-4.5, top-2, 0, top)
	s.Close()

	frontRoot(&b.Roots, w/2, pb-4, below)
	return b
}

// frontBody adds a body outline from the front: half width hw, between
// bottom and top, corners of radius r, sides drawn in by waist at mid
// height, endplates dipping a little.
func frontBody(s *Shape, hw, bottom, top, r, waist float64) {
	mid := (bottom + top) / 2
	s.MoveTo(-hw+r, bottom)
	s.QuadTo(0, bottom+0.8, hw-r, bottom)
	s.QuadTo(hw+0.6, bottom-0.2, hw, bottom+r)
	s.QuadTo(hw-waist*2, mid, hw, top-r)
	s.QuadTo(hw+0.6, top+0.2, hw-r, top)
	s.QuadTo(0, top-0.8, -hw+r, top)
	s.QuadTo(-hw-0.6, top+0.2, -hw, top-r)
	s.QuadTo(-hw+waist*2, mid, -hw, bottom+r)
	s.QuadTo(-hw-0.6, bottom-0.2, -hw+r, bottom)
	s.Close()
}

// frontRoot adds the two nerve roots of a level as they show from the
// front: each comes out from behind the body's side wall (half width hw)
// at height y0, swells into its ganglion in the foramen, then runs down and
// out over the disc below (height below).
func frontRoot(s *Shape, hw, y0, below float64) {
	var one Shape
	x0 := hw - 1.5
	gx, gy := hw+3, y0-3 // the ganglion
	one.MoveTo(x0, y0+1.8)
	one.QuadTo(gx-1, y0+1.6, gx+2.2, gy+1.5)
	one.QuadTo(gx+6, -below*0.4, gx+10, -below-6)
	one.QuadTo(gx+12, -below-10, gx+14.5, -below-15)
	one.LineTo(gx+12, -below-16)
	one.QuadTo(gx+9, -below-11, gx+7, -below-7)
	one.QuadTo(gx+2.5, -below*0.4, gx-1, gy-1.8)
	one.QuadTo(gx-2, y0-1.8, x0, y0-1.8)
	one.Close()
	one.Ellipse(gx, gy, 3.6, 2.7)
	one.windFrom(0)
	s.addBothSides(&one)
}

// frontSacrum returns the sacrum seen from the front: the S1 endplate at
// the origin, the alae out to the sides, the lateral borders narrowing to
// the apex, the ridges of its fused segments and its four pairs of
// foramina, with the S1 roots leaving the first pair.
func frontSacrum(v anatomy.Vertebra, l anatomy.FrontLevel, seed uint64) FrontParts {
	var b FrontParts
	w, hgt, span := l.Width, v.Height, l.TransverseSpan
	hw, ha := w/2, span/2
	var half Shape // the left half, from the top middle round to the apex
	half.MoveTo(0, 0)
	half.QuadTo(hw*0.5, 0.7, hw-2, 0)
	half.QuadTo(hw, -0.2, hw+1, -2.5)
	// The ala's upper surface, then its rounded outer corner.
	half.QuadTo(ha*0.75, -3.5, ha-3, -9)
	half.QuadTo(ha+1, -11, ha-1, -17)
	// The lateral border (where the ilium joins), then narrowing below.
	half.QuadTo(ha-3, -hgt*0.3, ha-12, -hgt*0.45)
	half.QuadTo(hw*0.75, -hgt*0.62, hw*0.42, -hgt*0.82)
	half.QuadTo(hw*0.2, -hgt*0.97, 0, -hgt)
	var whole Shape
	whole.ops = append(whole.ops, half.ops...)
	// Join the mirrored half, run backward, into one outline.
	m := make([]op, len(half.ops))
	for k, o := range half.ops {
		o.x, o.cx = -o.x, -o.cx
		m[k] = o
	}
	reverseOutline(m)
	whole.ops = append(whole.ops, m[1:]...)
	whole.Close()
	whole.windFrom(0)
	b.Body = whole

	c := &b.Cancellous
	c.MoveTo(-hw+2.5, -1.5)
	c.QuadTo(0, -0.8, hw-2.5, -1.5)
	c.QuadTo(hw-1, -12, hw-3, -hgt*0.27)
	c.QuadTo(0, -hgt*0.3, -hw+3, -hgt*0.27)
	c.QuadTo(-hw+1, -12, -hw+2.5, -1.5)
	c.Close()
	trabeculae(&b.Trabeculae, -hw+3.5, hw-3.5, -hgt*0.25, -3, seed)

	// Ridges between the fused sacral bodies, and the foramina at their
	// ends, smaller going down.
	mk := &b.Marks
	for k, f := range []float64{0.29, 0.47, 0.63, 0.77} {
		y := -hgt * f
		half := hw * (0.78 - 0.13*float64(k))
		if k < 3 {
			ridgeAcross(mk, half, y)
		}
		r := 3.6 - 0.45*float64(k)
		fy := y + 5.5
		mk.Ellipse(half+r*0.6, fy, r, r*0.85)
		mk.Ellipse(-half-r*0.6, fy, r, r*0.85)
	}

	pw := math.Min(l.PedicleWidth, (w-l.CanalWidth)/2+3)
	px, py := l.CanalWidth/2+pw/2-2, -9.0
	ph := math.Min(l.PedicleHeight, 14)
	b.Pedicle, b.PedicleW, b.PedicleH = [2]float64{px, py}, pw, ph
	var one Shape
	one.Ellipse(px, py, pw/2, ph/2)
	b.Pedicles.addBothSides(&one)

	// The S1 roots come out of the first pair of foramina and run down and
	// out over the front of the sacrum.
	one = Shape{}
	fx, fy := hw*0.78+3.6*0.6, -hgt*0.29+5.5
	one.MoveTo(fx-2, fy+1.5)
	one.QuadTo(fx+4, fy-4, fx+13, fy-20)
	one.LineTo(fx+10.5, fy-21)
	one.QuadTo(fx+2, fy-8, fx-1.5, fy-1.8)
	one.Close()
	one.Ellipse(fx, fy, 2.8, 2.3)
	one.windFrom(0)
	b.Roots.addBothSides(&one)
	return b
}

// ridgeAcross adds a thin, slightly curved line across the sacrum at y,
// half long.
func ridgeAcross(s *Shape, half, y float64) {
	const t = 0.35
	s.MoveTo(-half, y-t)
	s.QuadTo(0, y-1.4-t, half, y-t)
	s.LineTo(half, y+t)
	s.QuadTo(0, y-1.4+t, -half, y+t)
	s.Close()
}
