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
	_, cy := centre(r)

	track := t.track(th)
	tw, thh := track.Dx(), track.Dy()
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

	box := t.labelBox(th)
	th.fitLabel(t.label, false, box.Dx(), box.Dy()).draw(th, dst, false, float64(box.Min.X), cy, text.Left, th.Ink, a)
	if focused {
		th.DrawFocusRing(dst, r, rad)
	}
}

// track is the switch's track, at the right end of the bounds.
func (t *Toggle) track(th *Theme) image.Rectangle {
	pad := th.PxInt(10)
	tw, thh := th.PxInt(42), th.PxInt(24)
	_, cy := centre(t.bounds)
	return image.Rect(t.bounds.Max.X-pad-tw, 0, t.bounds.Max.X-pad, thh).Add(image.Pt(0, int(cy)-thh/2))
}

// labelBox is where the label goes: left of the track.
func (t *Toggle) labelBox(th *Theme) image.Rectangle {
	pad := th.PxInt(10)
	return image.Rect(t.bounds.Min.X+pad, t.bounds.Min.Y, t.track(th).Min.X-pad, t.bounds.Max.Y)
}
