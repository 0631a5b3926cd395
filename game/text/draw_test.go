package text_test

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// Outside a running game Ebitengine defers DrawImage calls in closures,
// which allocate; so Draw is held to what bare DrawImage calls cost.
func TestDrawAllocatesNoMoreThanDrawImage(t *testing.T) {
	c := text.NewCache()
	dst := ebiten.NewImage(200, 50)
	var clr color.Color = color.RGBA{0x1d, 0x27, 0x33, 0xff}
	var cs ebiten.ColorScale
	cs.ScaleWithColor(clr)
	c.Draw(dst, "Speed", 16, false, 100, 10, text.Center, clr)
	img, _ := c.Image("Speed", 16, false)
	var op ebiten.DrawImageOptions
	base := testing.AllocsPerRun(200, func() {
		dst.DrawImage(img, &op)
		dst.DrawImage(img, &op)
	})
	n := testing.AllocsPerRun(200, func() {
		c.Draw(dst, "Speed", 16, false, 100, 10, text.Center, clr)
		c.DrawScaled(dst, "Speed", 16, false, 100, 10, text.Right, cs)
	})
	if n > base {
		t.Errorf("Draw+DrawScaled allocate %v times, two DrawImage calls %v", n, base)
	}
}
