package ui

import "image"

// flashTicks is how long a key-activated control shows its pressed look.
const flashTicks = 8

// pressTracker follows a pointer press that must start and end inside a
// rectangle to count as a click, as HTML buttons do.
type pressTracker struct {
	armed bool // pressed inside, not yet released
	flash int  // ticks left of pressed look after a key press
}

// update returns whether a click completed this tick and whether the
// pointer is captured (over r, or pressed inside r and still held).
func (p *pressTracker) update(in *Input, r image.Rectangle) (clicked, captured bool) {
	over := in.Over(r)
	if in.Pressed && over {
		p.armed = true
	}
	captured = over || p.armed
	switch {
	case p.armed && in.Released:
		p.armed = false
		clicked = over
	case p.armed && !in.Down && !in.Pressed:
		p.armed = false // the release happened where we could not see it
	}
	if p.flash > 0 {
		p.flash--
	}
	return clicked, captured
}

func (p *pressTracker) reset() { *p = pressTracker{} }

// down reports whether the control should look pressed.
func (p *pressTracker) down(hover bool) bool { return (p.armed && hover) || p.flash > 0 }
