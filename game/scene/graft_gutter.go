package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// bedRows spread the soft bed under the posterolateral graft, fading out
// over the transverse processes.
var bedRows = [...]wRow{{-0.04, 0}, {0.08, 1}, {0.92, 1}, {1.04, 0}}

// gutterBulge is how much the heaped graft bed widens at its middle, mm.
const gutterBulge = 1.4

// drawGutterBone draws the posterolateral graft bed of fused disc i, laid
// over the transverse processes of the two bones: the blood-soaked bed the
// graft lies in and the woven bone that grows from both processes toward
// the middle. It fades as the remodelled mass (drawColumns) takes over.
func (s *Scene) drawGutterBone(dst *ebiten.Image, c *spineCtx, h *healView, i int) {
	p := &h.p
	r := p.Remodel
	if h.graft <= 0 || r >= 1 {
		return
	}
	a := h.art
	m := &a.mesh
	sp := gutterSpace(c.sp, c.pose, c.v, i, gutterHalfWidth, gutterBulge)
	tis := &a.table.Tissue
	m.softFill(&sp, bedRows[:], 6, mix(tis.Fibrous, tis.Clot, p.Clot), 0.6*h.graft*(1-r))
	m.flush(dst, whitePixel)
	if p.Reach > 0 {
		key := spaceKey{disc: i, gutter: true}
		woven := a.wovenTex()
		m.growth(&sp, woven, p, a.columnNoise(key, gutterGrowthCols), 0.1, 0.05, h.look.Woven*(1-r), true)
		m.flush(dst, woven.Image)
	}
}

// drawGutterGraft draws the posterolateral graft particles of fused disc i,
// each as visible as the new bone has left it.
func (s *Scene) drawGutterGraft(dst *ebiten.Image, c *spineCtx, h *healView, i int) {
	a := h.art
	sp := gutterSpace(c.sp, c.pose, c.v, i, gutterHalfWidth, gutterBulge)
	// The layout's size comes from the neutral pose, so it never changes.
	n := gutterSpace(c.sp, a.neutral, c.v, i, gutterHalfWidth, 0)
	length := math.Hypot((n.t0x+n.t1x-n.b0x-n.b1x)/2, (n.t0y+n.t1y-n.b0y-n.b1y)/2)
	key := spaceKey{graft: c.f.State.Graft, disc: i, gutter: true}
	s.drawParticles(dst, h, &sp, key, 2*gutterHalfWidth, length)
}
