package surgery

import (
	"math"

	"spinefusion/game/anatomy"
)

// planCervical fills the plan's implants for the neck: for an ACDF a cage in
// each fused disc space and a plate on the front of the bodies with one
// screw per vertebra in side view (the pair overlaps); for a posterior
// fusion a lateral mass screw per vertebra and a rod through their heads.
func (h *Hardware) planCervical(p *Plan, sp *anatomy.Spine) {
	c := &h.Cervical
	switch p.Approach {
	case ACDF:
		for _, d := range p.Discs {
			s := DiscSpace(sp, d)
			p.Cages = append(p.Cages, placeCage(s, c.Cage, ACDF)...)
		}
		last := len(p.Vertebrae) - 1
		for k, i := range p.Vertebrae {
			sc := h.plateScrew(sp, i, k == 0, k == last)
			p.Screws = append(p.Screws, sc)
			p.Plate.Points = append(p.Plate.Points, Anchor{Vertebra: i, Point: Point{X: -sp.Vertebrae[i].Depth/2 - c.PlateThickness/2, Y: sc.Head.Y}})
		}
		p.Plate.Diameter, p.Plate.Overhang = c.PlateThickness, c.PlateOverhang
	case Posterior:
		for _, i := range p.Vertebrae {
			sc := h.lateralMassScrew(sp, i)
			p.Screws = append(p.Screws, sc)
			p.Rod.Points = append(p.Rod.Points, Anchor{Vertebra: i, Point: sc.Head})
		}
		p.Rod.Diameter, p.Rod.Overhang = c.RodDiameter, c.RodOverhang
	}
}

// plateScrew places the plate screw of vertebra i: from the plate on the
// front of the body straight back, or, in the top and bottom vertebrae of
// the block, near the fused disc and angled away from it; it stops short of
// the back wall (unicortical).
func (h *Hardware) plateScrew(sp *anatomy.Spine, i int, top, bottom bool) Screw {
	c := &h.Cervical
	z := c.PlateScrew
	v := sp.Vertebrae[i]
	y, angle := v.Height/2, 0.0
	switch {
	case top && !bottom:
		y, angle = v.Height*c.HoleNearDisc, z.Angle // the disc is below: aim up
	case bottom && !top:
		y, angle = v.Height*(1-c.HoleNearDisc), -z.Angle
	}
	sin, cos := math.Sincos(angle * math.Pi / 180)
	front := -v.Depth / 2
	l := screwLength(z, (v.Depth-z.TipClearance)/cos)
	entry := Point{X: front, Y: y}
	return Screw{
		Kind: AnteriorScrew, Vertebra: i,
		Entry: entry, Tip: Point{entry.X + cos*l, entry.Y + sin*l},
		Diameter: z.Diameter, Core: z.Diameter * z.CoreRatio, Pitch: z.ThreadPitch,
		Head:      Point{front - cos*z.HeadHeight/2, y - sin*z.HeadHeight/2},
		HeadWidth: z.HeadWidth, HeadHeight: z.HeadHeight,
	}
}

// LateralMass is the articular pillar of a neck vertebra in side view, in
// its local frame: Front and Back are its front and back faces (local x),
// Top and Bottom its joint surfaces at the front face (local y), which rise
// toward the back by Slope per millimetre (the facet joints' tilt).
type LateralMass struct {
	Front, Back, Top, Bottom, Slope float64
}

// Pillar returns the lateral mass of a neck vertebra whose disc below is
// below millimetres tall: it starts behind the short pedicle, is about as
// deep as the canal, and reaches from the joint with the vertebra above to
// the joint with the one below, the joints tilted about 35 degrees.
func Pillar(v anatomy.Vertebra, p anatomy.Posterior, below float64) LateralMass {
	front := v.Depth/2 + p.PedicleLength
	return LateralMass{
		Front: front, Back: front + p.CanalDepth*0.6,
		Top: v.Height * 0.78, Bottom: v.Height*0.78 - v.Height - below + 1,
		Slope: 0.7,
	}
}

// lateralMassScrew places the lateral mass screw of vertebra i: it enters
// at the middle of the back of the lateral mass and runs forward and up,
// parallel to the facet joints; its tulip head sits behind the entry.
func (h *Hardware) lateralMassScrew(sp *anatomy.Spine, i int) Screw {
	z := h.Cervical.LateralMass
	v := sp.Vertebrae[i]
	below := 5.0
	if i < len(sp.Discs) {
		below = sp.Discs[i].Height
	}
	m := Pillar(v, sp.Posterior, below)
	sin, cos := math.Sincos(z.Angle * math.Pi / 180)
	dx, dy := -cos, sin // forward and up
	entry := Point{X: m.Back, Y: (m.Top+m.Bottom)/2 + (m.Back-m.Front)*m.Slope/2 - 2}
	l := screwLength(z, (m.Back-v.Depth/2)/cos)
	return Screw{
		Kind: LateralMassScrew, Vertebra: i,
		Entry: entry, Tip: Point{entry.X + dx*l, entry.Y + dy*l},
		Diameter: z.Diameter, Core: z.Diameter * z.CoreRatio, Pitch: z.ThreadPitch,
		Head:      Point{entry.X - dx*z.RodSeat, entry.Y - dy*z.RodSeat},
		HeadWidth: z.HeadWidth, HeadHeight: z.HeadHeight,
	}
}
