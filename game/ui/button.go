package ui

// Button is a push button: a click (press and release inside it) or Enter
// or Space while focused calls OnPress.
type Button struct {
	base
	// OnPress is called once per activation.
	OnPress func()
	// Primary fills the button with the accent colour, for the main action.
	Primary bool
	press   pressTracker
}

// NewButton returns a button labelled label that calls onPress.
func NewButton(label string, onPress func()) *Button {
	return &Button{base: base{label: label}, OnPress: onPress}
}

// Role returns RoleButton.
func (b *Button) Role() Role { return RoleButton }

// ValueText returns "": a button has no value.
func (b *Button) ValueText() string { return "" }

// Press activates the button as a click would (e.g. from a mirrored HTML
// control), unless it is disabled.
func (b *Button) Press() {
	if b.disabled {
		return
	}
	if b.OnPress != nil {
		b.OnPress()
	}
}

// Update handles clicks and, if focused, Enter and Space.
func (b *Button) Update(in *Input, focused bool) bool {
	if b.hidden || b.disabled {
		b.press.reset()
		b.hover = !b.hidden && in.Over(b.bounds)
		return b.hover
	}
	b.hover = in.Over(b.bounds)
	clicked, captured := b.press.update(in, b.bounds)
	if focused && in.Take(KeyEnter|KeySpace) {
		clicked = true
		b.press.flash = flashTicks
	}
	if clicked {
		b.Press()
	}
	return captured
}
