package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// drawText draws one line of s with its line box centred vertically on cy.
func (t *Theme) drawText(dst *ebiten.Image, s string, size float64, bold bool, x, cy float64, align text.Align, c color.NRGBA, alpha float64) {
	_, h := t.Text.Measure(s, size, bold)
	t.Text.DrawScaled(dst, s, size, bold, x, cy-float64(h)/2, align, tint(c, alpha))
}

// fitSize returns the theme's font size for s in a box w pixels wide: the
// normal size if it fits, else the small one, else smaller still.
func (t *Theme) fitSize(s string, bold bool, w int) float64 {
	size := t.FontPx()
	if tw, _ := t.Text.Measure(s, size, bold); tw <= w {
		return size
	}
	// The small size; if even that is too wide, shrink to fit, but not
	// below six tenths of the normal size, where text stops being legible.
	small := t.SmallFontPx()
	sw, _ := t.Text.Measure(s, small, bold)
	if sw <= w || sw <= 0 {
		return small
	}
	return math.Max(size*0.6, small*float64(w)/float64(sw))
}

// mix blends from a to b by f in [0, 1].
func mix(a, b color.NRGBA, f float64) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*f)) }
	return color.NRGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), l(a.A, b.A)}
}

// circle returns the square bounding a circle of radius r at (cx, cy).
func circle(cx, cy, r float64) image.Rectangle {
	return image.Rect(int(math.Round(cx-r)), int(math.Round(cy-r)), int(math.Round(cx+r)), int(math.Round(cy+r)))
}

// centre returns the middle of r.
func centre(r image.Rectangle) (x, y float64) {
	return float64(r.Min.X+r.Max.X) / 2, float64(r.Min.Y+r.Max.Y) / 2
}
