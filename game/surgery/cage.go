package surgery

import "math"

// placeCage returns the cages of one disc space for the approach: TLIF one
// curved cage in the front part, PLIF a pair of straight cages further back
// (the far one first, so it is drawn behind), ALIF one large wedge from the
// front. Each fills the disc height where it stands.
func placeCage(s Space, z CageSize, approach string) []Cage {
	c := Cage{
		Shape: z.Shape, Material: z.Material,
		Disc: s.Disc, Vertebra: s.Lower, Bottom: s.Bottom,
		Teeth: z.Teeth, Window: z.Window, Plate: z.Plate,
	}
	room := s.Back - s.Front
	switch approach {
	case PLIF:
		c.Back = s.Back - z.BackGap
		c.Front = math.Max(s.Front+z.PairOffset+1, c.Back-z.Length)
	default:
		c.Front = s.Front + z.FrontGap
		c.Back = math.Min(s.Back-math.Max(z.BackGap, 0.1*room), c.Front+z.Length)
	}
	fit := func(c Cage) Cage {
		c.FrontTop, c.BackTop = s.TopAt(c.Front), s.TopAt(c.Back)
		return c
	}
	if approach != PLIF {
		return []Cage{fit(c)}
	}
	far := c
	far.Far = true
	far.Front -= z.PairOffset
	far.Back -= z.PairOffset
	return []Cage{fit(far), fit(c)}
}
