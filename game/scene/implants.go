package scene

import (
	"image/color"
	"math"

	"spinefusion/game/surgery"
)

// This file holds the implants' outlines for the front and top views, in
// the same local frames as the bones they sit in.

// implantColors are the colours of the hardware: titanium, PEEK and graft.
type implantColors struct {
	Metal, MetalLine, Peek, PeekLine, Marker color.RGBA
	Graft, GraftBone                         color.RGBA
}

var implantPalettes = map[string]*implantColors{
	// The implants look the same in every theme, as in the side view; the
	// graft follows the bone's colours.
	"light": {
		Metal: rgb(0xa9b2bc), MetalLine: rgb(0x39414a), Peek: rgb(0xcdc9be), PeekLine: rgb(0x5f584b),
		Marker: rgb(0x24272b), Graft: rgb(0xd9bf8c), GraftBone: rgb(0xefe4cc),
	},
	"dark": {
		Metal: rgb(0xa9b2bc), MetalLine: rgb(0x39414a), Peek: rgb(0xcdc9be), PeekLine: rgb(0x5f584b),
		Marker: rgb(0x24272b), Graft: rgb(0xc9ad78), GraftBone: rgb(0xe6dac0),
	},
}

// implantColorsFor returns the implant colours that go with a palette.
func implantColorsFor(p *Palette) *implantColors {
	if p == Palettes["dark"] {
		return implantPalettes["dark"]
	}
	return implantPalettes["light"]
}

// screwFront adds the two pedicle screws of a vertebra as seen from the
// front: each head sits at the outer edge of its pedicle (centre px, py,
// width pw) and the shank, seen nearly end-on, runs in toward the midline
// by its length times the sine of the pedicle angle (degrees).
func screwFront(s *Shape, px, py, pw, angle float64, z surgery.ScrewSize) {
	var one Shape
	e := px + pw/2 - 1
	// The tip stays short of the midline.
	reach := math.Min(z.Length*math.Sin(angle*math.Pi/180), e-4)
	r := z.Diameter / 2
	one.MoveTo(e, py-r)
	one.LineTo(e-reach+r, py-r*0.7)
	one.QuadTo(e-reach-r*0.6, py, e-reach+r, py+r*0.7)
	one.LineTo(e, py+r)
	one.Close()
	hw := z.HeadWidth / 2
	roundBox(&one, e-hw, py-hw, e+hw, py+hw, 2.2)
	s.addBothSides(&one)
}

// cageFront adds the cages of a disc space seen from the front, in the
// frame of the bone below: its top endplate at y0, the space h tall, the
// bodies about w wide.
func cageFront(s, markers *Shape, approach string, y0, h, w float64) {
	top := y0 + h - 0.3
	y0 += 0.3
	switch approach {
	case surgery.TLIF:
		// One curved cage across the front of the space, seen side-on.
		roundBox(s, -w*0.3, y0, w*0.32, top, 2)
		for _, x := range []float64{-w * 0.26, w * 0.28} {
			markers.Ellipse(x, (y0+top)/2, 0.9, h*0.3)
		}
	case surgery.PLIF:
		for _, sx := range []float64{-1, 1} {
			roundBox(s, sx*w*0.08-5+sx*5, y0, sx*w*0.08+5+sx*5, top, 1.6)
			markers.Ellipse(sx*(w*0.08+5), (y0+top)/2, 0.9, h*0.3)
		}
	case surgery.ACDF:
		// A small box filling most of the neck's disc space.
		roundBox(s, -w*0.34, y0, w*0.34, top, 1.2)
		for _, x := range []float64{-w * 0.24, w * 0.24} {
			markers.Ellipse(x, (y0+top)/2, 0.7, 0.7)
		}
	case surgery.ALIF:
		roundBox(s, -w*0.36, y0, w*0.36, top, 2)
		for _, x := range []float64{-w * 0.16, w * 0.16} {
			markers.Ellipse(x, (y0+top)/2, 2.6, 2.6)
		}
	}
}

// screwTop adds a vertebra's two pedicle screws seen from above: from the
// entry along the axis into the body (front wall at local y front), the
// head behind the entry.
func screwTop(s *Shape, entry, axis [2]float64, front float64, z surgery.ScrewSize) {
	var one Shape
	ex, ey := entry[0], entry[1]
	ax, ay := axis[0], axis[1]
	nx, ny := -ay, ax
	r := z.Diameter / 2
	l := topScrewLength(entry, axis, front, z)
	tx, ty := ex+ax*l, ey+ay*l
	one.MoveTo(ex+nx*r, ey+ny*r)
	one.LineTo(tx-ax*r*1.5+nx*r*0.7, ty-ay*r*1.5+ny*r*0.7)
	one.QuadTo(tx+ax*r*0.3, ty+ay*r*0.3, tx-ax*r*1.5-nx*r*0.7, ty-ay*r*1.5-ny*r*0.7)
	one.LineTo(ex-nx*r, ey-ny*r)
	one.Close()
	// The head, seen from above: the round tulip around the rod's seat
	// behind the entry.
	hx, hy := screwHeadTop(entry, axis, z)
	one.Ellipse(hx, hy, z.HeadWidth/2, z.HeadWidth/2)
	s.addBothSides(&one)
}

// topScrewLength is the length of the screw drawn from entry along axis
// in a body whose front wall is at local y front: the longest catalogue
// size (at most the table's) whose tip stays short of the front wall by the
// tip clearance and short of the midline.
func topScrewLength(entry, axis [2]float64, front float64, z surgery.ScrewSize) float64 {
	limit := z.Length
	if axis[1] < 0 {
		limit = math.Min(limit, (entry[1]-front-z.TipClearance)/-axis[1])
	}
	if axis[0] < 0 {
		limit = math.Min(limit, (entry[0]-4)/-axis[0])
	}
	best := 0.0
	for _, l := range z.Lengths {
		if l <= limit && l > best {
			best = l
		}
	}
	if best == 0 {
		return limit
	}
	return best
}

// screwHeadTop is where the rod passes through a screw's head seen from
// above, for the screw entering at entry along axis.
func screwHeadTop(entry, axis [2]float64, z surgery.ScrewSize) (x, y float64) {
	return entry[0] - axis[0]*z.RodSeat, entry[1] - axis[1]*z.RodSeat
}

// cageTop adds the cages of a disc space seen from above, lying on the
// endplate of the bone below (half width hw, half depth hd).
func cageTop(s, markers *Shape, approach string, hw, hd float64) {
	switch approach {
	case surgery.TLIF:
		// A curved cage along the front of the space, put in from the left
		// and turned across the midline.
		const n = 8
		rx, ry := hw*0.62, hd*0.62
		var in, out [n + 1][2]float64
		for k := 0; k <= n; k++ {
			a := math.Pi * (1.2 + 0.62*float64(k)/n)
			c, sn := math.Cos(a), math.Sin(a)
			out[k] = [2]float64{(rx + 4.5) * c, (ry+4.5)*sn + 1}
			in[k] = [2]float64{(rx - 4.5) * c, (ry-4.5)*sn + 1}
		}
		s.MoveTo(out[0][0], out[0][1])
		for k := 1; k <= n; k++ {
			s.LineTo(out[k][0], out[k][1])
		}
		for k := n; k >= 0; k-- {
			s.LineTo(in[k][0], in[k][1])
		}
		s.Close()
		markers.Ellipse(out[0][0]*0.92+in[0][0]*0.08, (out[0][1]+in[0][1])/2, 1, 1)
		markers.Ellipse((out[n][0]+in[n][0])/2, (out[n][1]+in[n][1])/2, 1, 1)
	case surgery.PLIF:
		for _, sx := range []float64{-1, 1} {
			x := sx * hw * 0.34
			roundBox(s, x-5, -hd*0.55, x+5, hd*0.8, 2)
			markers.Ellipse(x, -hd*0.45, 1, 1)
		}
	case surgery.ACDF:
		roundBox(s, -hw*0.72, -hd*0.7, hw*0.72, hd*0.55, 2)
		for _, x := range []float64{-hw * 0.5, hw * 0.5} {
			markers.Ellipse(x, -hd*0.5, 0.8, 0.8)
		}
	case surgery.ALIF:
		s.MoveTo(-hw*0.7, hd*0.45)
		s.QuadTo(-hw*0.75, -hd*0.75, 0, -hd*0.8)
		s.QuadTo(hw*0.75, -hd*0.75, hw*0.7, hd*0.45)
		s.Close()
		for _, x := range []float64{-hw * 0.3, 0, hw * 0.3} {
			markers.Ellipse(x, -hd*0.6, 2.4, 1.8)
		}
	}
	s.windFrom(0)
}

// roundBox adds a rectangle with rounded corners of radius r.
func roundBox(s *Shape, x0, y0, x1, y1, r float64) {
	r = math.Min(r, math.Min(x1-x0, y1-y0)/2)
	s.MoveTo(x0+r, y0)
	s.LineTo(x1-r, y0)
	s.QuadTo(x1, y0, x1, y0+r)
	s.LineTo(x1, y1-r)
	s.QuadTo(x1, y1, x1-r, y1)
	s.LineTo(x0+r, y1)
	s.QuadTo(x0, y1, x0, y1-r)
	s.LineTo(x0, y0+r)
	s.QuadTo(x0, y0, x0+r, y0)
	s.Close()
}
