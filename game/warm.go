package game

import "github.com/hajimehoshi/ebiten/v2"

// warm runs the first frame's drawing once against a disposed image, on
// which every draw returns at once: what it does is make every sprite and
// text image the frame needs. Their pixels then reach the GPU in one batch
// before the real drawing, instead of one upload between each two draws,
// where WebGL has to wait for the draws before each upload (glFinish): a
// hundred waits made the first frame seconds slower in software WebGL.
// Drawing code that cannot work on a disposed image (a sub-image of it is
// nil) only ends the dry pass early: what it made so far is kept, and the
// real pass draws everything.
func (g *Game) warm() {
	defer func() { _ = recover() }()
	if g.dry == nil {
		g.dry = ebiten.NewImage(1, 1)
		g.dry.Dispose() //nolint:staticcheck // disposed on purpose: draws on it do nothing
	}
	g.scene.Draw(g.dry, &g.frame)
	g.drawControls(g.dry)
}
