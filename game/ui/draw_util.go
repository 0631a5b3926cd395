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
