package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// PreferredHeight is the theme's touch target height.
func (t *Toggle) PreferredHeight(th *Theme) int { return th.TargetPx() }

// Draw draws the label on the left and a switch on the right whose knob
// slides to the accent-filled "on" side.
func (t *Toggle) Draw(dst *ebiten.Image, th *Theme, focused bool) {
	t.th = th
	if t.hidden {
		return
	}
	a := t.alpha()
	rad := th.Px(th.Radius)
	r := t.bounds
	if !t.disabled && (t.hover || t.press.down(t.hover)) {
		bg := th.ControlHover
		if t.press.down(t.hover) {
			bg = th.ControlPressed
		}
		th.fill(dst, r, rad, bg, a)
	}
	pad := th.PxInt(10)
	_, cy := centre(r)

	tw, thh := th.PxInt(42), th.PxInt(24)
	track := image.Rect(r.Max.X-pad-tw, 0, r.Max.X-pad, thh).Add(image.Pt(0, int(cy)-thh/2))
	th.fill(dst, track, float64(thh)/2, mix(th.Track, th.Accent, t.knob), a)
	if th.Border != th.Track {
		th.stroke(dst, track, float64(thh)/2, max(1, th.Px(1)), th.Border, a*(1-t.knob)*0.6)
	}
	inset := th.Px(3)
	kr := float64(thh)/2 - inset
	kx := float64(track.Min.X) + inset + kr + t.knob*float64(tw-thh)
	knob := circle(kx, cy, kr)
	th.shadow(dst, knob.Add(image.Pt(0, th.PxInt(1))), kr, th.Px(2.5), th.Shadow, a)
	th.fill(dst, knob, kr, th.Knob, a)

	labelW := track.Min.X - pad - (r.Min.X + pad)
	size := th.fitSize(t.label, false, labelW)
	th.drawText(dst, t.label, size, false, float64(r.Min.X+pad), cy, text.Left, th.Ink, a)
	if focused {
		th.DrawFocusRing(dst, r, rad)
	}
}
