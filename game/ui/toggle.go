package ui

// Toggle is an on/off switch with its label: a click on it, or Enter or
// Space while focused, flips it and calls OnChange with the new state.
type Toggle struct {
	base
	// OnChange is called with the new state after each flip by the user.
	OnChange func(on bool)
	on       bool
	onText   string
	offText  string
	press    pressTracker
	knob     float64 // 0 off … 1 on, eased towards the state for drawing
}

// NewToggle returns a switch labelled label, in state on, calling onChange.
// Its value texts are "On" and "Off" until SetStateTexts.
func NewToggle(label string, on bool, onChange func(bool)) *Toggle {
	t := &Toggle{base: base{label: label}, OnChange: onChange, on: on, onText: "On", offText: "Off"}
	if on {
		t.knob = 1
	}
	return t
}

// Role returns RoleToggle.
func (t *Toggle) Role() Role { return RoleToggle }

// On reports the state.
func (t *Toggle) On() bool { return t.on }

// SetOn sets the state without calling OnChange (for the owner's own
// changes, e.g. a keyboard shortcut handled by the scene).
func (t *Toggle) SetOn(on bool) { t.on = on }

// SetStateTexts sets the translated texts ValueText returns for on and off.
func (t *Toggle) SetStateTexts(on, off string) { t.onText, t.offText = on, off }

// ValueText returns the on or off text.
func (t *Toggle) ValueText() string {
	if t.on {
		return t.onText
	}
	return t.offText
}

// Flip changes the state as a click would and calls OnChange, unless the
// toggle is disabled.
func (t *Toggle) Flip() {
	if t.disabled {
		return
	}
	t.on = !t.on
	if t.OnChange != nil {
		t.OnChange(t.on)
	}
}

// Update handles clicks and, if focused, Enter and Space.
func (t *Toggle) Update(in *Input, focused bool) bool {
	target := 0.0
	if t.on {
		target = 1
	}
	t.knob += (target - t.knob) * 0.35
	if d := target - t.knob; (d < 0.01 && d > -0.01) || t.theme().ReducedMotion {
		t.knob = target
	}
	if t.hidden || t.disabled {
		t.press.reset()
		t.hover = !t.hidden && in.Over(t.bounds)
		return t.hover
	}
	t.hover = in.Over(t.bounds)
	clicked, captured := t.press.update(in, t.bounds)
	if focused && in.Take(KeyEnter|KeySpace) {
		clicked = true
		t.press.flash = flashTicks
	}
	if clicked {
		t.Flip()
	}
	return captured
}

// Knob is where the switch's knob is drawn, from 0 (off) to 1 (on); it
// eases towards the state unless the theme asks for reduced motion.
func (t *Toggle) Knob() float64 { return t.knob }
