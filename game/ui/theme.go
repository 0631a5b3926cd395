package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// Theme is how widgets look: colours, sizes in CSS pixels, and the Scale
// that turns CSS pixels into device pixels. It also holds the caches that
// drawing uses (text and rounded shapes). Make one with Light, Dark or
// Contrast; change Scale when the device pixel ratio or zoom changes.
type Theme struct {
	// Scale is device pixels per CSS pixel: device pixel ratio × user zoom.
	Scale float64
	// Text rasterises and caches the widgets' text.
	Text *text.Cache
	// fitted keeps each label's fit (see fitLabel), so that redrawing the
	// controls measures no trial sizes again.
	fitted map[fitKey]label

	// Backdrop is the app background behind panels.
	Backdrop color.NRGBA
	// Panel is the fill of cards and panels.
	Panel color.NRGBA
	// Control, ControlHover and ControlPressed fill buttons and tracks.
	Control, ControlHover, ControlPressed color.NRGBA
	// Border outlines controls.
	Border color.NRGBA
	// Ink is the text colour; InkMuted is for secondary text.
	Ink, InkMuted color.NRGBA
	// Accent marks the selected, the on and the primary; AccentHover and
	// AccentPressed are its hovered and pressed shades.
	Accent, AccentHover, AccentPressed color.NRGBA
	// OnAccent is text and knobs drawn on the accent.
	OnAccent color.NRGBA
	// Focus is the keyboard focus ring; FocusHalo its thin inner outline
	// that keeps the ring visible on any background.
	Focus, FocusHalo color.NRGBA
	// Shadow tints the soft shadows under cards and raised controls.
	Shadow color.NRGBA
	// Track is the unfilled part of slider and switch tracks.
	Track color.NRGBA
	// Knob fills switch knobs and slider thumbs.
	Knob color.NRGBA

	// FontSize and SmallFontSize are text sizes in CSS pixels.
	FontSize, SmallFontSize float64
	// Radius is the corner radius of controls, in CSS pixels.
	Radius float64
	// Target is the minimum height of anything touchable, in CSS pixels.
	Target float64
	// Padding is the inner horizontal padding of controls, in CSS pixels.
	Padding float64
	// ReducedMotion makes widgets change at once, without easing (the
	// person asked for less motion).
	ReducedMotion bool

	shapes   shapeCache
	ownsText bool // Text was made by the constructor, so EndFrame ages it
}

func hex(rgb uint32, alpha float64) color.NRGBA {
	return color.NRGBA{uint8(rgb >> 16), uint8(rgb >> 8), uint8(rgb), uint8(math.Round(alpha * 255))}
}

func newTheme(scale float64, tc *text.Cache) *Theme {
	owns := tc == nil
	if owns {
		tc = text.NewCache()
	}
	return &Theme{
		ownsText:      owns,
		Scale:         scale,
		Text:          tc,
		FontSize:      15,
		SmallFontSize: 12.5,
		Radius:        10,
		Target:        44,
		Padding:       14,
	}
}

// Light returns the default calm clinical theme: translucent white panels
// on a light background, dark blue-grey text and a blue accent. Pass the
// game's text cache as tc to share it, or nil for a cache of the theme's
// own.
func Light(scale float64, tc *text.Cache) *Theme {
	t := newTheme(scale, tc)
	t.Backdrop = hex(0xeef2f6, 1)
	t.Panel = hex(0xffffff, 0.92)
	t.Control, t.ControlHover, t.ControlPressed = hex(0xf1f4f8, 1), hex(0xe4eaf1, 1), hex(0xcfd9e5, 1)
	t.Border = hex(0xcdd6e0, 1)
	t.Ink, t.InkMuted = hex(0x1d2733, 1), hex(0x5a6878, 1)
	t.Accent, t.AccentHover, t.AccentPressed = hex(0x1f6fb2, 1), hex(0x1a62a0, 1), hex(0x15518a, 1)
	t.OnAccent = hex(0xffffff, 1)
	t.Focus, t.FocusHalo = hex(0xf0a000, 1), hex(0x1d2733, 0.55)
	t.Shadow = hex(0x102030, 0.20)
	t.Track = hex(0xd3dbe4, 1)
	t.Knob = hex(0xffffff, 1)
	return t
}

// Dark returns a dark variant of Light for dim rooms.
func Dark(scale float64, tc *text.Cache) *Theme {
	t := newTheme(scale, tc)
	t.Backdrop = hex(0x11161c, 1)
	t.Panel = hex(0x1c232c, 0.92)
	t.Control, t.ControlHover, t.ControlPressed = hex(0x2a3440, 1), hex(0x334050, 1), hex(0x3c4a5c, 1)
	t.Border = hex(0x445366, 1)
	t.Ink, t.InkMuted = hex(0xe8eef5, 1), hex(0xa3b1c2, 1)
	t.Accent, t.AccentHover, t.AccentPressed = hex(0x4a9be0, 1), hex(0x5ba8ea, 1), hex(0x3a86c8, 1)
	t.OnAccent = hex(0x06121f, 1)
	t.Focus, t.FocusHalo = hex(0xffb629, 1), hex(0x000000, 0.6)
	t.Shadow = hex(0x000000, 0.45)
	t.Track = hex(0x3a4656, 1)
	t.Knob = hex(0xf4f7fa, 1)
	return t
}

// Contrast returns a high-contrast variant: opaque white, black text,
// strong borders and a darker accent.
func Contrast(scale float64, tc *text.Cache) *Theme {
	t := newTheme(scale, tc)
	t.Backdrop = hex(0xffffff, 1)
	t.Panel = hex(0xffffff, 1)
	t.Control, t.ControlHover, t.ControlPressed = hex(0xffffff, 1), hex(0xe6edf5, 1), hex(0xccd8e6, 1)
	t.Border = hex(0x000000, 1)
	t.Ink, t.InkMuted = hex(0x000000, 1), hex(0x1d2733, 1)
	t.Accent, t.AccentHover, t.AccentPressed = hex(0x0b4f8a, 1), hex(0x083f70, 1), hex(0x062f55, 1)
	t.OnAccent = hex(0xffffff, 1)
	t.Focus, t.FocusHalo = hex(0xc25e00, 1), hex(0x000000, 1)
	t.Shadow = hex(0x000000, 0.25)
	t.Track = hex(0x8a96a3, 1)
	t.Knob = hex(0xffffff, 1)
	return t
}

// Px converts CSS pixels to device pixels.
func (t *Theme) Px(css float64) float64 { return css * t.scale() }

// PxInt converts CSS pixels to whole device pixels, rounded.
//
//go:noinline
func (t *Theme) PxInt(css float64) int { return int(math.Round(t.Px(css))) }

// FontPx is the body text size in whole device pixels (whole, so a few
// sizes share the text cache).
func (t *Theme) FontPx() float64 { return math.Max(6, math.Round(t.Px(t.FontSize))) }

// SmallFontPx is the small text size in whole device pixels.
func (t *Theme) SmallFontPx() float64 { return math.Max(6, math.Round(t.Px(t.SmallFontSize))) }

// TargetPx is the minimum touch target height in device pixels.
func (t *Theme) TargetPx() int { return int(math.Ceil(t.Px(t.Target))) }

// EndFrame ages the theme's shape cache by one frame, and its text cache
// too if the constructor made it (a cache passed in is aged by its owner).
// Call it once at the end of Game.Draw.
func (t *Theme) EndFrame() {
	t.shapes.lru.EndFrame()
	if t.ownsText {
		t.Text.EndFrame()
	}
}

func (t *Theme) scale() float64 {
	if t.Scale <= 0 {
		return 1
	}
	return t.Scale
}

// tint converts a colour to an Ebitengine ColorScale (premultiplied),
// multiplying its alpha by alpha.
func tint(c color.NRGBA, alpha float64) ebiten.ColorScale {
	a := float32(float64(c.A) / 255 * alpha)
	var cs ebiten.ColorScale
	cs.Scale(float32(c.R)/255*a, float32(c.G)/255*a, float32(c.B)/255*a, a)
	return cs
}
