package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
)

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
	wallPoints  = 17
	// bodyCorner and bodyWaist are the bodies' corner radius and how far
	// their front wall is drawn in, as Bone draws them (the back wall by
	// 0.6 of it).
	bodyCorner = 3.2
	bodyWaist  = 1.6
)

// wallSlope is the unit direction, going up, of a body's front (side 0) or
// back (side 1) wall where it meets the disc space: near its top when top,
// near its bottom otherwise, in the body's own frame.
func wallSlope(v anatomy.Vertebra, side int, top bool) (float64, float64) {
	if v.Sacrum {
		return 0, 1
	}
	// The wall bows in toward its middle: near the top it runs back out
	// going up, near the bottom it runs in.
	dx := bodyWaist
	if side == 1 {
		dx = -0.6 * bodyWaist
	}
	if top {
		dx = -dx
	}
	dy := v.Height/2 - bodyCorner
	l := math.Hypot(dx, dy)
	return dx / l, dy / l
}

// drawSeam draws, over the bones, the remodelled bone across the endplates
// of fused disc i and the cortical walls that join the two bodies' front
// and back, so the two vertebrae read as one bone. It fades in with the
// remodelling.
func (s *Scene) drawSeam(dst *ebiten.Image, c *spineCtx, h *healView, i int) {
	a := h.art
	m := &a.mesh
	r := h.p.Remodel
	mature := a.matureTex()
	sp := discSpace(c.sp, c.pose, c.v, i, 0)
	lo := c.sp.Vertebrae[i+1]
	// Cancellous bone over both endplates, between the walls' cortex.
	u0, u1 := frontCortex/lo.Depth, 1-backCortex/lo.Depth
	for k := 0; k <= seamCols; k++ {
		u := u0 + (u1-u0)*float64(k)/seamCols
		bx, by := sp.local(u, 0)
		tx, ty := sp.local(u, 1)
		first := uint16(len(m.vs))
		m.textured(&sp, mature, bx, by-seamDeep, 0)
		m.textured(&sp, mature, bx, by-seamFull, r)
		m.textured(&sp, mature, bx, by+seamInto, r)
		m.textured(&sp, mature, tx-sp.upx*seamInto, ty-sp.upy*seamInto, r)
		m.textured(&sp, mature, tx+sp.upx*seamFull, ty+sp.upy*seamFull, r)
		m.textured(&sp, mature, tx+sp.upx*seamDeep, ty+sp.upy*seamDeep, 0)
		if k > 0 {
			p := first - 6
			m.quad(p, p+1, first, first+1)
			m.quad(p+1, p+2, first+1, first+2)
			m.quad(p+3, p+4, first+3, first+4)
			m.quad(p+4, p+5, first+4, first+5)
		}
	}
	m.flush(dst, mature.Image)

	// The front and back walls, bridging the bodies' rounded corners.
	if w := a.wallSprite(i); w.Image != nil {
		op := &a.dio.op
		op.Filter = ebiten.FilterLinear
		c.v.GeoM(&op.GeoM, w, c.pose[i+1])
		op.ColorScale.Reset()
		op.ColorScale.ScaleAlpha(float32(r))
		dst.DrawImage(w.Image, op)
	}
}

// wallSprite returns the front and back cortical walls of disc i's fused
// bone in the frame of the bone below, rasterised the first time at the
// art's scale, the way the bodies' own walls are drawn: an outline and a
// band of cortex inside it. The fused level no longer moves, so the walls
// are laid out in the neutral pose.
func (a *graftArt) wallSprite(i int) *Sprite {
	if w, ok := a.walls[i]; ok {
		return w
	}
	sp := discSpace(a.spine, a.neutral, View{Scale: 1}, i, 0)
	up, lo := a.spine.Vertebrae[i], a.spine.Vertebrae[i+1]
	var line, band Shape
	var pts [wallPoints][2]float64
	for side := 0; side < 2; side++ {
		wallCurve(&sp, up, lo, side, pts[:])
		in, cortex := 1.0, frontCortex
		if side == 1 {
			in, cortex = -1, backCortex
		}
		line.MoveTo(pts[0][0], pts[0][1])
		band.MoveTo(pts[0][0], pts[0][1])
		for j := 1; j < len(pts); j++ {
			line.LineTo(pts[j][0], pts[j][1])
			band.LineTo(pts[j][0], pts[j][1])
		}
		// Back down the inside of the cortex.
		for j := len(pts) - 1; j >= 0; j-- {
			nx, ny := curveNormal(pts[:], j, in)
			band.LineTo(pts[j][0]+nx*cortex, pts[j][1]+ny*cortex)
		}
		band.Close()
	}
	w := &Sprite{}
	*w = rasterise(a.scale,
		layer{shape: &line, stroke: 1.1, line: a.palette.BoneLine},
		layer{shape: &band, fill: a.palette.Cortex},
	)
	a.walls[i] = w
	return w
}

// wallCurve fills pts with the front (side 0) or back (side 1) wall of the
// fused bone across the disc space sp, in the lower bone's frame: from
// seamDeep inside the lower body to seamDeep inside the upper one, leaving
// each along its own wall so the outline runs on without a kink.
func wallCurve(sp *healSpace, up, lo anatomy.Vertebra, side int, pts [][2]float64) {
	u, deep := 0.0, seamDeep
	if side == 1 {
		u = 1
		if lo.Sacrum {
			// The sacrum's back wall turns into its pedicle just below the
			// endplate.
			deep = 2
		}
	}
	bx, by := sp.local(u, 0)
	tx, ty := sp.local(u, 1)
	p0x, p0y := bx, by-deep
	p3x, p3y := tx+sp.upx*seamDeep, ty+sp.upy*seamDeep
	t0x, t0y := wallSlope(lo, side, true)
	ux, uy := wallSlope(up, side, false)
	t1x, t1y := ux*sp.upy+uy*sp.upx, -ux*sp.upx+uy*sp.upy
	l := math.Hypot(p3x-p0x, p3y-p0y)
	n := float64(len(pts) - 1)
	for j := range pts {
		t := float64(j) / n
		t2, t3 := t*t, t*t*t
		h00, h10, h01, h11 := 2*t3-3*t2+1, t3-2*t2+t, -2*t3+3*t2, t3-t2
		pts[j] = [2]float64{
			h00*p0x + h10*l*t0x + h01*p3x + h11*l*t1x,
			h00*p0y + h10*l*t0y + h01*p3y + h11*l*t1y,
		}
	}
}

// curveNormal is the unit normal of the polyline pts at point j, on the
// side where x grows when in is 1 (shrinks when -1).
func curveNormal(pts [][2]float64, j int, in float64) (float64, float64) {
	a, b := max(j-1, 0), min(j+1, len(pts)-1)
	tx, ty := pts[b][0]-pts[a][0], pts[b][1]-pts[a][1]
	l := math.Hypot(tx, ty)
	nx, ny := -ty/l, tx/l
	if nx*in < 0 {
		nx, ny = -nx, -ny
	}
	return nx, ny
}
