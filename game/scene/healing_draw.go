package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/graft"
	"spinefusion/game/surgery"
)

// Drawing sizes of the healing layers, millimetres.
const (
	// gutterHalfWidth is half the width of the posterolateral graft bed,
	// about a transverse process's radius.
	gutterHalfWidth = 6.0
	// discGrowthCols and gutterGrowthCols are how many columns the new
	// bone's front is drawn in.
	discGrowthCols   = 18
	gutterGrowthCols = 10
)

// healView is what the healing layers need to know about one frame.
type healView struct {
	art  *graftArt
	look *graft.Look
	p    graft.Progress
	// disc is how far the disc has been cleared and graft how far the graft
	// has been packed, 0 to 1 (both 1 after the day of surgery).
	disc, graft float64
}

// healing returns the healing state of the frame, or false if nothing is to
// be drawn.
func (s *Scene) healing(c *spineCtx) (healView, bool) {
	st := c.f.State
	a := s.graftArtFor(c)
	if a == nil || st.Levels == "" {
		return healView{}, false
	}
	h := healView{art: a, look: a.table.Look(st.Graft), disc: 1, graft: 1}
	// Bridging as a share of the healing curve's plateau: the picture shows
	// a level that goes on to fuse.
	bridging := c.f.Figures.Fusion
	if s.model != nil && s.model.Healing != nil {
		if m := s.model.Healing.Curve(st.Graft, st.Approach).Max; m > 0 {
			bridging /= m
		}
	}
	h.p = graft.At(bridging, st.Months, &a.table.Tissue)
	if st.Months <= 0 {
		op := c.f.Operation
		h.disc = surgery.Placed(op.Step, op.T, surgery.DiscPrepared)
		h.graft = surgery.Placed(op.Step, op.T, surgery.GraftPacked)
	}
	return h, true
}

// drawDiscSpace draws the graft and the growing bone in the disc spaces of
// fused levels (for approaches that remove the disc): the clot, then woven
// bone rising from both endplates, the remodelled bone that finally fills
// the space, and over them the graft particles the bone has not yet taken
// in.
func (s *Scene) drawDiscSpace(dst *ebiten.Image, c *spineCtx) {
	if !surgery.RemovesDisc(c.f.State.Approach) {
		return
	}
	h, ok := s.healing(c)
	if !ok {
		return
	}
	for i := range c.sp.Discs {
		if c.f.State.IsFused(c.sp.Discs[i].Level) {
			s.drawDiscLevel(dst, c, &h, i)
		}
	}
}

// drawDiscLevel draws the healing in the space of fused disc i.
func (s *Scene) drawDiscLevel(dst *ebiten.Image, c *spineCtx, h *healView, i int) {
	a := h.art
	m := &a.mesh
	p := &h.p
	if h.disc <= 0 {
		return
	}
	sp := discSpace(c.sp, c.pose, c.v, i, 0)
	// The emptied space: clot on the day, soft tissue by the third month.
	tis := &a.table.Tissue
	m.fill(&sp, -0.06, 1.06, 6, mix(tis.Fibrous, tis.Clot, p.Clot), h.disc)
	m.flush(dst, whitePixel)
	if p.Reach > 0 && p.Remodel < 1 {
		key := spaceKey{disc: i}
		woven := a.wovenTex()
		m.growth(&sp, woven, p, a.columnNoise(key, discGrowthCols), 0.08, 0.07, h.look.Woven, false)
		m.flush(dst, woven.Image)
	}
	if p.Remodel > 0 {
		mature := a.matureTex()
		m.band(&sp, mature, 0, 1, 8, matureRows[:], p.Remodel, false)
		m.flush(dst, mature.Image)
	}
	// The graft last: what the bone has not yet taken in, and the ghosts
	// of slow-resorbing granules in the remodelled bone.
	if h.graft > 0 {
		d := c.sp.Discs[i]
		depth := math.Min(c.sp.Vertebrae[i].Depth, c.sp.Vertebrae[i+1].Depth)
		in := discSpace(c.sp, c.pose, c.v, i, 0.5)
		s.drawParticles(dst, h, &in, spaceKey{graft: c.f.State.Graft, disc: i}, depth-1, d.Height-1)
	}
}

// matureRows fill a disc space with remodelled bone, running a little into
// both bones.
var matureRows = [...]wRow{{-0.06, 1}, {1.06, 1}}

// drawParticles draws the graft particles of a space, each as visible as
// the new bone has left it.
func (s *Scene) drawParticles(dst *ebiten.Image, h *healView, sp *healSpace, key spaceKey, w, ht float64) {
	a := h.art
	sprites := a.particleSprites(key.graft)
	ps := a.layout(key, w, ht)
	noise := a.columnNoise(spaceKey{disc: key.disc, gutter: key.gutter}, growthCols(key))
	rx0, ry0 := particleRef(h.look)
	op := &a.dio.op
	op.Filter = ebiten.FilterLinear
	n := float64(len(ps))
	for k := range ps {
		pt := &ps[k]
		// Packed one after another while the graft goes in.
		in := math.Max(0, math.Min(1, h.graft*n*1.1-float64(k)))
		if in <= 0 {
			continue
		}
		col := int(math.Round(pt.U * float64(len(noise)-1)))
		taken := h.p.Taken(pt.Depth(), noise[col]+0.25*pt.Noise)
		alpha := h.look.Alpha(h.p, taken) * in
		if alpha <= 0.004 {
			continue
		}
		sc := h.look.Scale(taken) * (0.6 + 0.4*in)
		x, y := sp.local(pt.U, pt.W)
		spr := &sprites[pt.Variant%len(sprites)]
		placeGeoM(&op.GeoM, spr, sc*pt.RX/rx0, sc*pt.RY/ry0, pt.Angle+sp.rot, x, y, sp.toWorld, sp.v)
		op.ColorScale.Reset()
		op.ColorScale.ScaleAlpha(float32(alpha))
		dst.DrawImage(spr.Image, op)
	}
}

func growthCols(k spaceKey) int {
	if k.gutter {
		return gutterGrowthCols
	}
	return discGrowthCols
}

// drawFusionMass draws, over the bones, the graft laid along the back of the
// fused levels (every approach but ALIF) and the bone that bridges it as it
// heals; and, once the interbody bone has remodelled, the seam where the
// two vertebrae become one.
func (s *Scene) drawFusionMass(dst *ebiten.Image, c *spineCtx) {
	h, ok := s.healing(c)
	if !ok {
		return
	}
	ap := c.f.State.Approach
	gutter := !surgery.FromFront(ap)
	for i := range c.sp.Discs {
		if !c.f.State.IsFused(c.sp.Discs[i].Level) {
			continue
		}
		if surgery.RemovesDisc(ap) && h.p.Remodel > 0 {
			s.drawSeam(dst, c, &h, i)
		}
		if gutter {
			s.drawGutterBone(dst, c, &h, i)
		}
	}
	if !gutter || h.graft <= 0 {
		return
	}
	if h.p.Remodel > 0 {
		s.drawColumns(dst, c, h.art, h.p.Remodel)
	}
	for i := range c.sp.Discs {
		if c.f.State.IsFused(c.sp.Discs[i].Level) {
			s.drawGutterGraft(dst, c, &h, i)
		}
	}
}
