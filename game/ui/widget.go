package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Role says what kind of control a widget is, as for an ARIA role.
type Role int

// The widget roles.
const (
	// RoleButton is a push button.
	RoleButton Role = iota
	// RoleToggle is an on/off switch.
	RoleToggle
	// RoleRadioGroup is a choice of one among options.
	RoleRadioGroup
	// RoleSlider is a value in a range.
	RoleSlider
)

// String returns the ARIA role name: "button", "switch", "radiogroup" or
// "slider".
func (r Role) String() string {
	switch r {
	case RoleButton:
		return "button"
	case RoleToggle:
		return "switch"
	case RoleRadioGroup:
		return "radiogroup"
	case RoleSlider:
		return "slider"
	}
	return "unknown"
}

// Widget is one control: a rectangle that reads Input, draws itself and
// calls its owner's callback when acted on. Texts are set by the owner,
// already translated.
type Widget interface {
	// Bounds returns the widget's rectangle in device pixels.
	Bounds() image.Rectangle
	// SetBounds places the widget.
	SetBounds(image.Rectangle)
	// Role says what kind of control it is.
	Role() Role
	// Label returns the widget's name, e.g. "Speed".
	Label() string
	// ValueText returns its state as text, e.g. "On", "Lateral bending" or
	// "6 months after surgery"; "" for a button.
	ValueText() string
	// Hidden reports whether the widget is out of the layout: not drawn,
	// not updated, not focusable.
	Hidden() bool
	// Disabled reports whether the widget is shown dimmed and ignores
	// input (though it still captures the pointer over it).
	Disabled() bool
	// Update reads in, acts on it, takes the keys it used if focused, and
	// reports whether it captured the pointer (over it, or holding it).
	Update(in *Input, focused bool) (captured bool)
	// Draw draws the widget; focused asks for the visible focus ring.
	Draw(dst *ebiten.Image, th *Theme, focused bool)
	// PreferredHeight is the height the widget wants, in device pixels.
	PreferredHeight(th *Theme) int
}

// base is what every widget shares: geometry, label and state flags.
type base struct {
	bounds   image.Rectangle
	label    string
	hidden   bool
	disabled bool
	hover    bool
	th       *Theme // the theme last drawn with, for geometry in Update
}

// Bounds returns the widget's rectangle in device pixels.
func (b *base) Bounds() image.Rectangle { return b.bounds }

// SetBounds places the widget.
func (b *base) SetBounds(r image.Rectangle) { b.bounds = r }

// Label returns the widget's name.
func (b *base) Label() string { return b.label }

// SetLabel renames the widget (e.g. after a language change).
func (b *base) SetLabel(s string) { b.label = s }

// Hidden reports whether the widget is out of the layout.
func (b *base) Hidden() bool { return b.hidden }

// SetHidden takes the widget out of the layout or puts it back.
func (b *base) SetHidden(h bool) { b.hidden = h }

// Disabled reports whether the widget ignores input.
func (b *base) Disabled() bool { return b.disabled }

// SetDisabled dims the widget and makes it ignore input, or restores it.
func (b *base) SetDisabled(d bool) { b.disabled = d }

// Hovered reports whether the pointer was over the widget at the last
// Update.
func (b *base) Hovered() bool { return b.hover }

// theme returns the theme for geometry: the one set by the Panel or the
// last Draw, else a default at scale 1.
func (b *base) theme() *Theme {
	if b.th != nil {
		return b.th
	}
	return defaultTheme
}

func (b *base) setTheme(th *Theme) { b.th = th }

// themed is implemented by every widget of this package (via base).
type themed interface{ setTheme(*Theme) }

var defaultTheme = &Theme{Scale: 1, FontSize: 15, SmallFontSize: 12.5, Radius: 10, Target: 44, Padding: 14}

// alpha is the opacity widgets draw with: dimmed when disabled.
func (b *base) alpha() float64 {
	if b.disabled {
		return 0.45
	}
	return 1
}
