package text

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Align says which point of a line x refers to.
type Align int

// Alignments of a line relative to the x it is drawn at.
const (
	// Left puts the line's start at x.
	Left Align = iota
	// Center puts the line's middle at x.
	Center
	// Right puts the line's end at x.
	Right
)

// Draw draws one line of s at size device pixels with the top of its line
// box at y, aligned on x, in clr. Positions are rounded to whole pixels so
// the hinted glyphs stay crisp. A cache hit allocates nothing here, but
// passing a concrete colour value (e.g. a color.RGBA field) boxes it into
// the color.Color interface at the call site, one small allocation per
// call: on the per-frame path keep colours in color.Color variables, or
// convert them once to a ColorScale and use DrawScaled.
func (c *Cache) Draw(dst *ebiten.Image, s string, size float64, bold bool, x, y float64, align Align, clr color.Color) {
	var cs ebiten.ColorScale
	cs.ScaleWithColor(clr)
	c.DrawScaled(dst, s, size, bold, x, y, align, cs)
}

// DrawScaled is Draw with the tint given as an Ebitengine ColorScale
// (premultiplied alpha), the allocation-free form for the hot path.
func (c *Cache) DrawScaled(dst *ebiten.Image, s string, size float64, bold bool, x, y float64, align Align, cs ebiten.ColorScale) {
	img, origin := c.Image(s, size, bold)
	if img == nil {
		return
	}
	switch align {
	case Center:
		w, _ := c.Measure(s, size, bold)
		x -= float64(w) / 2
	case Right:
		w, _ := c.Measure(s, size, bold)
		x -= float64(w)
	}
	op := &c.op
	op.GeoM.Reset()
	op.GeoM.Translate(math.Round(x)-float64(origin.X), math.Round(y)-float64(origin.Y))
	op.ColorScale = cs
	op.Filter = ebiten.FilterNearest
	dst.DrawImage(img, op)
}
