package surgery

import (
	"math"

	"spinefusion/game/anatomy"
)

// pedicleScrew places the pedicle screw of vertebra i: it enters just behind
// the pedicle, runs forward through the pedicle's middle into the body,
// angled down toward the front (lumbar) or up toward the promontory (S1),
// and stops short of the front wall; its tulip head sits behind the entry.
func (h *Hardware) pedicleScrew(sp *anatomy.Spine, i int) Screw {
	v := sp.Vertebrae[i]
	p := sp.Posterior
	z := h.Pedicle
	if v.Sacrum {
		z = h.Sacral
	}
	back := v.Depth / 2
	entry := Point{X: back + p.PedicleLength + z.EntryBehindPedicle}
	sin, cos := math.Sincos(z.Angle * math.Pi / 180)
	var dx, dy float64
	if v.Sacrum {
		// Up toward the front, aiming at the sacral promontory.
		dx, dy = -cos, sin
		entry.Y = -z.EntryBelowEndplate
	} else {
		// Down toward the front, through the middle of the pedicle.
		dx, dy = -cos, -sin
		xm := back + p.PedicleLength/2
		ym := (p.PedicleTop + p.PedicleBottom) / 2 * v.Height
		entry.Y = ym + (entry.X-xm)*sin/cos
	}
	l := screwLength(z, (entry.X-(-v.Depth/2+z.TipClearance))/cos)
	return Screw{
		Kind:     PedicleScrew,
		Vertebra: i,
		Entry:    entry,
		Tip:      Point{entry.X + dx*l, entry.Y + dy*l},
		Diameter: z.Diameter, Core: z.Diameter * z.CoreRatio, Pitch: z.ThreadPitch,
		Head:      Point{entry.X - dx*z.RodSeat, entry.Y - dy*z.RodSeat},
		HeadWidth: z.HeadWidth, HeadHeight: z.HeadHeight,
	}
}

// screwLength is the longest catalogue length no longer than the screw's
// usual length that fits in room millimetres, or the shortest made.
func screwLength(z ScrewSize, room float64) float64 {
	best := 0.0
	short := math.Inf(1)
	for _, l := range z.Lengths {
		short = math.Min(short, l)
		if l <= z.Length && l <= room && l > best {
			best = l
		}
	}
	if best == 0 {
		if math.IsInf(short, 1) {
			return math.Min(z.Length, room)
		}
		return short
	}
	return best
}

// anteriorScrews places an ALIF cage's two screws: through its front plate,
// one up and back into the body above, one down and back into the body
// below, each in its own bone's frame and angled from that bone's endplate.
func (h *Hardware) anteriorScrews(s Space, c *Cage) []Screw {
	z := h.Anterior
	sin, cos := math.Sincos(z.Angle * math.Pi / 180)
	x := c.Front + c.Plate*0.9
	hgt := c.FrontTop - c.Bottom
	out := make([]Screw, 0, 2)
	for _, up := range []bool{true, false} {
		v, dy := s.Lower, -sin
		head := Point{x, c.Bottom + hgt*0.3}
		if up {
			v, dy = s.Upper, sin
			head = s.ToUpper(Point{x, c.Bottom + hgt*0.7})
		}
		entry := Point{head.X + cos*z.HeadHeight/2, head.Y + dy*z.HeadHeight/2}
		out = append(out, Screw{
			Kind: AnteriorScrew, Vertebra: v,
			Entry: entry, Tip: Point{entry.X + cos*z.Length, entry.Y + dy*z.Length},
			Diameter: z.Diameter, Core: z.Diameter * z.CoreRatio, Pitch: z.ThreadPitch,
			Head: head, HeadWidth: z.HeadWidth, HeadHeight: z.HeadHeight,
		})
	}
	return out
}
