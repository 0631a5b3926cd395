package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// DrawCard draws a raised panel over rect: a soft shadow, the translucent
// Panel fill and a hairline border, with the theme's large radius. Use it
// behind a Panel's widgets, the help overlay or a notice.
func (t *Theme) DrawCard(dst *ebiten.Image, rect image.Rectangle) {
	r := t.Px(t.Radius * 1.4)
	t.shadow(dst, rect.Add(image.Pt(0, t.PxInt(3))), r, t.Px(14), t.Shadow, 1)
	t.fill(dst, rect, r, t.Panel, 1)
	t.stroke(dst, rect, r, max(1, t.Px(0.75)), t.Border, 0.7)
}

// DrawFocusRing draws the keyboard focus ring around rect (a widget's
// bounds): the Focus colour with a thin FocusHalo inside it, so it shows on
// light and dark backgrounds alike.
func (t *Theme) DrawFocusRing(dst *ebiten.Image, rect image.Rectangle, radius float64) {
	gap := t.PxInt(3)
	w := max(2, t.Px(2.5))
	outer := rect.Inset(-gap - int(w))
	t.stroke(dst, outer, radius+float64(gap)+w, w, t.Focus, 1)
	t.stroke(dst, outer.Inset(int(w)), radius+float64(gap), max(1, t.Px(1)), t.FocusHalo, 1)
}
