package scene

import "github.com/hajimehoshi/ebiten/v2"

// removedDiscs returns a bit mask of the discs taken out in surgery on the
// spine in c (bit i for Discs[i]).
func (s *Scene) removedDiscs(c *spineCtx) uint64 { return 0 }

// drawCages draws the interbody cages in the emptied disc spaces.
func (s *Scene) drawCages(dst *ebiten.Image, c *spineCtx) {}

// drawHardware draws the screws, rods and plates over the bones.
func (s *Scene) drawHardware(dst *ebiten.Image, c *spineCtx) {}
