package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// PreferredHeight is the theme's touch target height.
func (b *Button) PreferredHeight(th *Theme) int { return th.TargetPx() }

// PreferredWidth is the label's width plus padding, at least as wide as
// it is tall.
func (b *Button) PreferredWidth(th *Theme) int {
	w, _ := th.Text.Measure(b.label, th.FontPx(), true)
	return max(w+2*th.PxInt(th.Padding), th.TargetPx())
}

// Draw draws a raised rounded button; it sinks and darkens while pressed.
func (b *Button) Draw(dst *ebiten.Image, th *Theme, focused bool) {
	b.th = th
	if b.hidden {
		return
	}
	a := b.alpha()
	rad := th.Px(th.Radius)
	down := !b.disabled && b.press.down(b.hover)
	hover := !b.disabled && b.hover
	fill, ink := th.Control, th.Ink
	switch {
	case b.Primary && down:
		fill, ink = th.AccentPressed, th.OnAccent
	case b.Primary && hover:
		fill, ink = th.AccentHover, th.OnAccent
	case b.Primary:
		fill, ink = th.Accent, th.OnAccent
	case down:
		fill = th.ControlPressed
	case hover:
		fill = th.ControlHover
	}
	r := b.bounds
	if down {
		r = r.Add(image.Pt(0, th.PxInt(1)))
	} else if !b.disabled {
		th.shadow(dst, r.Add(image.Pt(0, th.PxInt(1.5))), rad, th.Px(4), th.Shadow, 0.8)
	}
	th.fill(dst, r, rad, fill, a)
	if !b.Primary {
		th.stroke(dst, r, rad, max(1, th.Px(1)), th.Border, a)
	}
	box := b.labelBox(th).Add(r.Min.Sub(b.bounds.Min))
	cx, cy := centre(box)
	th.fitLabel(b.label, true, box.Dx(), box.Dy()).draw(th, dst, true, cx, cy, text.Center, ink, a)
	if focused {
		th.DrawFocusRing(dst, b.bounds, rad)
	}
}
