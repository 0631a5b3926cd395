package scene

import "github.com/hajimehoshi/ebiten/v2"

// drawDiscSpace draws the graft and the growing bone in the disc spaces of
// fused levels (for approaches that remove the disc).
func (s *Scene) drawDiscSpace(dst *ebiten.Image, c *spineCtx) {}

// drawFusionMass draws the graft laid along the back of the fused levels and
// the bone that bridges them as it heals.
func (s *Scene) drawFusionMass(dst *ebiten.Image, c *spineCtx) {}
