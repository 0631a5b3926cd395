package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/motion"
	"spinefusion/game/surgery"
)

// How far the implants travel as they go in, in millimetres.
const (
	cageSlide = 28 // a cage slides into the disc space from the back or front
	rodDrop   = 22 // the rod comes down into the tulips along the screws
	// plateSlide is how far an anterior plate comes in from the front.
	plateSlide = 18
)

// opPlaced is how far the part put in at an operation step has gone in the
// frame, eased, from 0 to 1: all of it once the sequence is done or months
// have passed since surgery.
func opPlaced(c *spineCtx, part int) float64 {
	op := c.f.Operation
	if c.f.State.Months > 0 {
		return 1
	}
	t := surgery.Placed(op.Step, op.T, part)
	if t != t { // NaN
		return 0
	}
	return t * t * (3 - 2*t)
}

// fadeIn is an implant's opacity as it goes in: it appears quickly.
func fadeIn(e float64) float32 { return float32(math.Min(1, e*4)) }

// removedDiscs returns a bit mask of the discs taken out in surgery on the
// spine in c (bit i for Discs[i]): the fused discs of approaches that put a
// cage in their place, once the first step (clearing the disc) is over.
func (s *Scene) removedDiscs(c *spineCtx) uint64 {
	if c.which != After || (c.f.State.Months <= 0 && c.f.Operation.Step <= surgery.DiscPrepared) {
		return 0
	}
	a := s.hardware(c)
	if a == nil {
		return 0
	}
	return a.plan.RemovedDiscs()
}

// drawCages draws the interbody cages in the emptied disc spaces; during
// their step they slide in from the back (TLIF, PLIF) or the front (ALIF).
func (s *Scene) drawCages(dst *ebiten.Image, c *spineCtx) {
	if c.which != After {
		return
	}
	a := s.hardware(c)
	if a == nil || len(a.cages) == 0 {
		return
	}
	e := opPlaced(c, surgery.CagePlaced)
	if e <= 0 {
		return
	}
	dir := 1.0 // from the back
	if surgery.FromFront(a.plan.Approach) {
		dir = -1
	}
	op := &a.op
	op.Filter = ebiten.FilterLinear
	for i := range a.cages {
		cg := &a.plan.Cages[i]
		t := motion.Translate(dir*(1-e)*cageSlide, 0).Then(c.pose[cg.Vertebra])
		c.v.GeoM(&op.GeoM, &a.cages[i], t)
		op.ColorScale.Reset()
		op.ColorScale.ScaleAlpha(fadeIn(e))
		dst.DrawImage(a.cages[i].Image, op)
	}
}

// drawHardware draws the screws and the rod over the bones. During their
// steps the screws turn in along their axis and the rod drops into the
// screw heads.
func (s *Scene) drawHardware(dst *ebiten.Image, c *spineCtx) {
	if c.which != After {
		return
	}
	a := s.hardware(c)
	if a == nil {
		return
	}
	op := &a.op
	op.Filter = ebiten.FilterLinear
	if e := opPlaced(c, surgery.ScrewsPlaced); e > 0 {
		if len(a.plate) > 0 {
			// The plate comes in from the front, then its screws turn in.
			s.drawBand(dst, c, a, a.plate, a.plan.Plate.Points, func(int) (float64, float64) { return -plateSlide, 0 }, e)
		}
		for i := range a.screws {
			sc := &a.plan.Screws[i]
			ax, ay := sc.Axis()
			back := (1 - e) * sc.Length() * 0.9
			t := motion.Translate(-ax*back, -ay*back).Then(c.pose[sc.Vertebra])
			c.v.GeoM(&op.GeoM, &a.screws[i], t)
			op.ColorScale.Reset()
			op.ColorScale.ScaleAlpha(fadeIn(e))
			dst.DrawImage(a.screws[i].Image, op)
		}
	}
	if e := opPlaced(c, surgery.RodsFixed); e > 0 && len(a.rods) > 0 {
		// The rod comes down along the screws into their heads.
		s.drawBand(dst, c, a, a.rods, a.plan.Rod.Points, func(k int) (float64, float64) {
			ax, ay := a.plan.Screws[k].Axis()
			return -ax * rodDrop, -ay * rodDrop
		}, e)
	}
}

// drawBand draws a rod or plate through its points as straight pieces,
// each turned and stretched with its GeoM to join two points where the
// bones now are; e is how far it has come in, from lift(k) (millimetres in
// point k's bone frame) away.
func (s *Scene) drawBand(dst *ebiten.Image, c *spineCtx, a *hardwareArt, pieces []rodSprite, pts []surgery.Anchor, lift func(k int) (float64, float64), e float64) {
	op := &a.op
	head := func(k int) (float64, float64) {
		dx, dy := lift(k)
		p := pts[k]
		return c.pose[p.Vertebra].Apply(p.X+dx*(1-e), p.Y+dy*(1-e))
	}
	// Two passes: every piece's outline, then every piece's fill.
	for pass := 0; pass < 2; pass++ {
		x0, y0 := head(0)
		for k := range pieces {
			x1, y1 := head(k + 1)
			d := math.Hypot(x1-x0, y1-y0)
			if d > 0 {
				ux, uy := (x1-x0)/d, (y1-y0)/d
				sx := d / pieces[k].length
				t := motion.Affine{A: ux * sx, B: -uy, C: uy * sx, D: ux, TX: x0, TY: y0}
				sp := &pieces[k].outline
				if pass == 1 {
					sp = &pieces[k].fill
				}
				c.v.GeoM(&op.GeoM, sp, t)
				op.ColorScale.Reset()
				op.ColorScale.ScaleAlpha(fadeIn(e))
				dst.DrawImage(sp.Image, op)
			}
			x0, y0 = x1, y1
		}
	}
}
