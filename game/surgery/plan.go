package surgery

import (
	"fmt"
	"math"
	"slices"

	"spinefusion/game/anatomy"
)

// The lumbar approaches.
const (
	TLIF           = "tlif"
	PLIF           = "plif"
	Posterolateral = "posterolateral"
	ALIF           = "alif"
)

// The neck's approaches: anterior cervical discectomy and fusion (a cage
// and a plate from the front), and posterior fusion (lateral mass screws
// and rods from the back).
const (
	ACDF      = "acdf"
	Posterior = "posterior"
)

// Approaches lists the approaches this package plans, in the order the app
// offers them.
var Approaches = []string{TLIF, Posterolateral, PLIF, ALIF, ACDF, Posterior}

// Known reports whether the package can plan an approach.
func Known(approach string) bool { return slices.Contains(Approaches, approach) }

// RemovesDisc reports whether the approach takes out the disc and puts a
// cage in its place.
func RemovesDisc(approach string) bool {
	return approach == TLIF || approach == PLIF || approach == ALIF || approach == ACDF
}

// Pedicled reports whether the approach holds the level with pedicle screws
// and rods from the back.
func Pedicled(approach string) bool {
	return approach == TLIF || approach == PLIF || approach == Posterolateral
}

// Rodded reports whether the approach joins screws with rods from the back:
// pedicle screws in the low back, lateral mass screws in the neck.
func Rodded(approach string) bool { return Pedicled(approach) || approach == Posterior }

// Plated reports whether the approach holds the bones with a plate on the
// front of the bodies.
func Plated(approach string) bool { return approach == ACDF }

// Cervical reports whether the approach is one for the neck.
func Cervical(approach string) bool { return approach == ACDF || approach == Posterior }

// FromFront reports whether the surgeon reaches the spine from the front.
func FromFront(approach string) bool { return approach == ALIF || approach == ACDF }

// CageShape is the outline of a cage in side view.
type CageShape int

// The cage shapes.
const (
	// Banana is the curved TLIF cage, seen end-on as a kidney.
	Banana CageShape = iota
	// Box is a straight PLIF cage with a bullet nose.
	Box
	// Lordotic is the large wedge of an ALIF cage.
	Lordotic
)

var cageShapes = map[string]CageShape{"banana": Banana, "box": Box, "lordotic": Lordotic}

// Material is what an implant is made of, which decides how it looks.
type Material int

// The materials.
const (
	// PEEK is a radiolucent plastic: light grey-beige, with small metal
	// marker dots.
	PEEK Material = iota
	// Titanium is a grey metal.
	Titanium
)

var materials = map[string]Material{"peek": PEEK, "titanium": Titanium}

// Point is a position in a vertebra's local frame, in millimetres (x toward
// the back, y up).
type Point struct{ X, Y float64 }

// ScrewKind tells a pedicle screw, with its tulip head for the rod, from an
// anterior screw through a cage's front plate or the neck's anterior plate.
type ScrewKind int

// The screw kinds. A lateral mass screw has a tulip head like a pedicle
// screw.
const (
	PedicleScrew ScrewKind = iota
	AnteriorScrew
	LateralMassScrew
)

// Screw is one screw in its vertebra's local frame.
type Screw struct {
	Kind ScrewKind
	// Vertebra is the index of the bone it holds in the spine's Vertebrae.
	Vertebra int
	// Entry is the back end of the threaded shank, where it enters the
	// bone; Tip is its point.
	Entry, Tip Point
	// Diameter is the shank's outer diameter; Core its inner diameter;
	// Pitch the distance between threads.
	Diameter, Core, Pitch float64
	// Head is the centre of the rod in the tulip (pedicle screws) or the
	// middle of the head (anterior screws); HeadWidth and HeadHeight are
	// the head's size across and along the axis, the head starting at
	// Entry and reaching HeadHeight behind it.
	Head                  Point
	HeadWidth, HeadHeight float64
}

// Length is the threaded shank's length.
func (s *Screw) Length() float64 { return math.Hypot(s.Tip.X-s.Entry.X, s.Tip.Y-s.Entry.Y) }

// Axis is the unit vector from the entry toward the tip.
func (s *Screw) Axis() (x, y float64) {
	l := s.Length()
	return (s.Tip.X - s.Entry.X) / l, (s.Tip.Y - s.Entry.Y) / l
}

// Anchor is a point fixed to one vertebra.
type Anchor struct {
	Vertebra int
	Point
}

// Rod joins the heads of the pedicle screws, top to bottom. In side view
// the left and right rods overlap, so one is drawn.
type Rod struct {
	// Points are the screw heads it passes through, top to bottom.
	Points []Anchor
	// Diameter is its thickness; Overhang is how far it runs past the end
	// heads.
	Diameter, Overhang float64
}

// Cage is an interbody cage in the frame of the vertebra below its disc,
// sitting on that vertebra's upper endplate. The fused level barely moves,
// so the cage keeps the shape of the disc space in the spine's neutral
// pose.
type Cage struct {
	Shape    CageShape
	Material Material
	// Disc is the index of the disc space; Vertebra the index of the bone
	// below it, whose frame the cage is in.
	Disc, Vertebra int
	// Front and Back are the cage's ends (local x); Bottom is the lower
	// endplate (local y); FrontTop and BackTop are the upper endplate above
	// the front and back ends: the cage fills the disc height.
	Front, Back, Bottom, FrontTop, BackTop float64
	// Far marks the second cage of a pair, on the far side, drawn behind
	// and shifted a little.
	Far bool
	// Teeth is the height of the teeth on the top and bottom surfaces;
	// Window is the graft window's share of the length; Plate is the
	// thickness of a titanium front plate, 0 for none.
	Teeth, Window, Plate float64
}

// TopAt is the height of the cage's top (the upper endplate) at local x.
func (c *Cage) TopAt(x float64) float64 {
	t := (x - c.Front) / (c.Back - c.Front)
	return c.FrontTop + (c.BackTop-c.FrontTop)*t
}

// Plan is the implants of one operation.
type Plan struct {
	Approach string
	// Discs are the fused discs' indices, top to bottom; Vertebrae the
	// indices of the bones they join, top to bottom.
	Discs, Vertebrae []int
	Screws           []Screw
	// Rod is empty (no points) for approaches without rods.
	Rod Rod
	// Plate is the anterior plate of an ACDF, as a band through the screw
	// holes (one point per vertebra) whose Diameter is its thickness;
	// empty for the other approaches.
	Plate Rod
	Cages []Cage
}

// RemovedDiscs is a bit mask of the discs the operation takes out (bit i
// for Discs[i] of the spine).
func (p *Plan) RemovedDiscs() uint64 {
	var m uint64
	if RemovesDisc(p.Approach) {
		for _, d := range p.Discs {
			m |= 1 << d
		}
	}
	return m
}

// Plan returns the implants for fusing the named discs (contiguous, one to
// three) of the spine by the approach. No levels give an empty plan.
func (h *Hardware) Plan(sp *anatomy.Spine, levels []string, approach string) (Plan, error) {
	p := Plan{Approach: approach}
	if !Known(approach) {
		return p, fmt.Errorf("surgery: unknown approach %q", approach)
	}
	if Cervical(approach) != sp.Cervical() {
		return p, fmt.Errorf("surgery: approach %q does not fit the %s spine", approach, sp.Region)
	}
	discs, err := discIndices(sp, levels)
	if err != nil || len(discs) == 0 {
		return p, err
	}
	p.Discs = discs
	for i := discs[0]; i <= discs[len(discs)-1]+1; i++ {
		p.Vertebrae = append(p.Vertebrae, i)
	}
	if sp.Cervical() {
		h.planCervical(&p, sp)
		return p, nil
	}
	if Pedicled(approach) {
		for _, i := range p.Vertebrae {
			s := h.pedicleScrew(sp, i)
			p.Screws = append(p.Screws, s)
			p.Rod.Points = append(p.Rod.Points, Anchor{Vertebra: i, Point: s.Head})
		}
		p.Rod.Diameter, p.Rod.Overhang = h.RodDiameter, h.RodOverhang
	}
	if RemovesDisc(approach) {
		size := h.Cages[approach]
		for _, d := range discs {
			s := DiscSpace(sp, d)
			p.Cages = append(p.Cages, placeCage(s, size, approach)...)
			if approach == ALIF {
				p.Screws = append(p.Screws, h.anteriorScrews(s, &p.Cages[len(p.Cages)-1])...)
			}
		}
	}
	return p, nil
}

// discIndices returns the indices of the named discs, top to bottom,
// checking that they are known, distinct, contiguous and at most three.
func discIndices(sp *anatomy.Spine, levels []string) ([]int, error) {
	var out []int
	for _, l := range levels {
		if l == "" {
			continue
		}
		i := sp.DiscIndex(l)
		if i < 0 {
			return nil, fmt.Errorf("surgery: unknown level %q", l)
		}
		if slices.Contains(out, i) {
			return nil, fmt.Errorf("surgery: level %q given twice", l)
		}
		out = append(out, i)
	}
	if len(out) > 3 {
		return nil, fmt.Errorf("surgery: %d levels, at most 3", len(out))
	}
	slices.Sort(out)
	for k := 1; k < len(out); k++ {
		if out[k] != out[k-1]+1 {
			return nil, fmt.Errorf("surgery: levels %v are not next to each other", levels)
		}
	}
	return out, nil
}
