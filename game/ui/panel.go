package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Panel is a list of widgets with keyboard focus. Tab and Shift+Tab move
// the focus in list order (cycling); the focused widget takes the keys it
// uses; a press on a widget focuses it and a press elsewhere clears the
// focus, like a page does. The focus ring shows only after keyboard use,
// like CSS :focus-visible.
type Panel struct {
	// Theme draws the widgets and sizes them.
	Theme *Theme
	// Backdrop, if not empty, is drawn as a card behind the widgets and
	// captures the pointer too.
	Backdrop image.Rectangle

	widgets      []Widget
	focus        int // index into widgets, or -1
	focusVisible bool
	hovered      bool
}

// NewPanel returns a panel drawing with th holding widgets in focus order.
func NewPanel(th *Theme, widgets ...Widget) *Panel {
	p := &Panel{Theme: th, focus: -1}
	p.Add(widgets...)
	return p
}

// Add appends widgets to the panel, after the others in focus order.
func (p *Panel) Add(widgets ...Widget) {
	p.widgets = append(p.widgets, widgets...)
	for _, w := range widgets {
		if t, ok := w.(themed); ok && p.Theme != nil {
			t.setTheme(p.Theme)
		}
	}
}

// Widgets returns the panel's widgets in focus order (the panel's own
// slice: do not modify it).
func (p *Panel) Widgets() []Widget { return p.widgets }

// Focused returns the focused widget, or nil.
func (p *Panel) Focused() Widget {
	if p.focus < 0 {
		return nil
	}
	return p.widgets[p.focus]
}

// FocusVisible reports whether the focus ring is shown: there is a focused
// widget and the keyboard was used since the last pointer press.
func (p *Panel) FocusVisible() bool { return p.focus >= 0 && p.focusVisible }

// Hovered reports whether the pointer was over an enabled widget at the
// last Update (the game may then show a pointer cursor).
func (p *Panel) Hovered() bool { return p.hovered }

// SetFocus focuses w, showing the ring if visible is true; it reports
// false if w is not a focusable widget of the panel.
func (p *Panel) SetFocus(w Widget, visible bool) bool {
	for i, x := range p.widgets {
		if x == w && focusable(x) {
			p.focus, p.focusVisible = i, visible
			return true
		}
	}
	return false
}

// Blur clears the focus.
func (p *Panel) Blur() { p.focus, p.focusVisible = -1, false }

func focusable(w Widget) bool { return !w.Hidden() && !w.Disabled() }

// moveFocus focuses the next (dir 1) or previous (dir -1) focusable widget
// after the current one, cycling; it reports false if there is none.
func (p *Panel) moveFocus(dir int) bool {
	n := len(p.widgets)
	i := p.focus
	if i < 0 && dir < 0 {
		i = n
	}
	for range n {
		i = (i + dir + n) % n
		if focusable(p.widgets[i]) {
			p.focus, p.focusVisible = i, true
			return true
		}
	}
	return false
}

// widgetAt returns the index of the visible widget under the pointer, the
// last drawn (topmost) first, or -1.
func (p *Panel) widgetAt(in *Input) int {
	for i := len(p.widgets) - 1; i >= 0; i-- {
		if w := p.widgets[i]; !w.Hidden() && in.Over(w.Bounds()) {
			return i
		}
	}
	return -1
}

// Update moves the focus, updates every visible widget and reports whether
// the UI captured the pointer this tick (it is over a widget or the
// Backdrop, or a widget is holding it): the scene should then ignore the
// pointer and wheel. Keys the UI used are taken out of in.Keys; Escape
// clears the focus but is left for the scene.
func (p *Panel) Update(in *Input) (captured bool) {
	if p.focus >= 0 && !focusable(p.widgets[p.focus]) {
		p.Blur()
	}
	if in.Key(KeyTab) && p.moveFocus(1) {
		in.Take(KeyTab)
	}
	if in.Key(KeyShiftTab) && p.moveFocus(-1) {
		in.Take(KeyShiftTab)
	}
	if in.Key(KeyEscape) {
		p.Blur()
	}
	if in.Pressed {
		if i := p.widgetAt(in); i >= 0 && focusable(p.widgets[i]) {
			p.focus, p.focusVisible = i, false
		} else if i < 0 {
			p.Blur()
		}
	}
	p.hovered = false
	for i, w := range p.widgets {
		if w.Hidden() {
			continue
		}
		if t, ok := w.(themed); ok && p.Theme != nil {
			t.setTheme(p.Theme)
		}
		focused := i == p.focus
		keys := in.Keys
		if w.Update(in, focused) {
			captured = true
		}
		if focused && in.Keys != keys {
			p.focusVisible = true // the keyboard drove this widget
		}
		if !w.Disabled() && in.Over(w.Bounds()) {
			p.hovered = true
		}
	}
	if !p.Backdrop.Empty() && in.Over(p.Backdrop) {
		captured = true
	}
	return captured
}

// Draw draws the Backdrop card (if any), then every visible widget, with
// the focus ring on the focused one when FocusVisible.
func (p *Panel) Draw(dst *ebiten.Image) {
	th := p.Theme
	if !p.Backdrop.Empty() {
		th.DrawCard(dst, p.Backdrop)
	}
	for i, w := range p.widgets {
		if !w.Hidden() {
			w.Draw(dst, th, i == p.focus && p.focusVisible)
		}
	}
}
