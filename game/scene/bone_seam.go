package scene

import "github.com/hajimehoshi/ebiten/v2"

// Where the remodelled bone covers the two endplates, millimetres from each:
// it fades in from seamDeep inside the body, is whole from seamFull, and
// runs seamInto into the disc space (just past the endplate's line, short of
// the cage).
const (
	seamDeep = 3.5
	seamFull = 1.8
	seamInto = 0.6
	// The front and back walls' cortex is as thick as the bodies'.
	frontCortex = 1.6
	backCortex  = 1.3
	seamCols    = 10
	wallPoints  = 9
)

// drawSeam draws, over the bones, the remodelled bone across the endplates
// of fused disc i and the cortical walls that join the two bodies' front
// and back, so the two vertebrae read as one bone. It fades in with the
// remodelling.
func (s *Scene) drawSeam(dst *ebiten.Image, c *spineCtx, h *healView, i int) {
	a := h.art
	m := &a.mesh
	r := h.p.Remodel
	sp := discSpace(c.sp, c.pose, c.v, i, 0)
	lo := c.sp.Vertebrae[i+1]
	// Cancellous bone over both endplates, between the walls' cortex.
	u0, u1 := frontCortex/lo.Depth, 1-backCortex/lo.Depth
	for k := 0; k <= seamCols; k++ {
		u := u0 + (u1-u0)*float64(k)/seamCols
		bx, by := sp.local(u, 0)
		tx, ty := sp.local(u, 1)
		first := uint16(len(m.vs))
		m.textured(&sp, &a.mature, bx, by-seamDeep, 0)
		m.textured(&sp, &a.mature, bx, by-seamFull, r)
		m.textured(&sp, &a.mature, bx, by+seamInto, r)
		m.textured(&sp, &a.mature, tx-sp.upx*seamInto, ty-sp.upy*seamInto, r)
		m.textured(&sp, &a.mature, tx+sp.upx*seamFull, ty+sp.upy*seamFull, r)
		m.textured(&sp, &a.mature, tx+sp.upx*seamDeep, ty+sp.upy*seamDeep, 0)
		if k > 0 {
			p := first - 6
			m.quad(p, p+1, first, first+1)
			m.quad(p+1, p+2, first+1, first+2)
			m.quad(p+3, p+4, first+3, first+4)
			m.quad(p+4, p+5, first+4, first+5)
		}
	}
	m.flush(dst, a.mature.Image)

	// The front and back walls, bridging the bodies' rounded corners.
	pal := s.pal
	var pts [wallPoints][2]float64
	for side := 0; side < 2; side++ {
		u, in := 0.0, 1.0
		deep := seamDeep
		if side == 1 {
			u, in = 1, -1
			if lo.Sacrum {
				// The sacrum's back wall turns into its pedicle just below
				// the endplate.
				deep = 2
			}
		}
		bx, by := sp.local(u, 0)
		tx, ty := sp.local(u, 1)
		p0x, p0y := bx, by-deep
		p3x, p3y := tx+sp.upx*seamDeep, ty+sp.upy*seamDeep
		// Through the middle of the space, drawn in a little: a smooth waist.
		mx, my := (bx+tx)/2+in*0.3, (by+ty)/2
		cx, cy := 2*mx-(p0x+p3x)/2, 2*my-(p0y+p3y)/2
		for j := range pts {
			t := float64(j) / (wallPoints - 1)
			a0, a1, a2 := (1-t)*(1-t), 2*t*(1-t), t*t
			pts[j] = [2]float64{a0*p0x + a1*cx + a2*p3x, a0*p0y + a1*cy + a2*p3y}
		}
		cortex := frontCortex
		if side == 1 {
			cortex = backCortex
		}
		m.wall(&sp, pts[:], in, 0, 1.1, cortex-0.55, pal.BoneLine, pal.Cortex, r)
	}
	m.flush(dst, whitePixel)
}
