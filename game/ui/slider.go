package ui

import (
	"math"
	"strconv"
)

// Mark is a labelled position under a slider's track, e.g. "6 mo".
type Mark struct {
	// Value is where the mark sits, in the slider's units.
	Value float64
	// Label is the text under it (already translated); may be empty.
	Label string
}

// Slider is a value in [Min, Max] moved in Steps: a press on its track
// jumps there and dragging follows the pointer; while focused the arrow
// keys move one Step, PageUp/PageDown one BigStep, Home/End to the ends.
// Each change by the user calls OnChange. It doubles as the healing
// timeline scrubber, with tick marks and labelled Marks.
type Slider struct {
	base
	// Min and Max bound the value.
	Min, Max float64
	// Step is the granularity (0: continuous; the keys then move 1/100 of
	// the range).
	Step float64
	// BigStep is the PageUp/PageDown move (0: a tenth of the range).
	BigStep float64
	// OnChange is called with the new value after each change by the user.
	OnChange func(v float64)
	// Ticks draws a small tick every Ticks units from Min (0: none).
	Ticks float64
	// Marks are labelled positions drawn under the track.
	Marks []Mark

	value    float64
	dragging bool
	format   func(float64) string
	text     string  // cached ValueText
	textFor  float64 // the value text was made for
	textOK   bool
}

// NewSlider returns a slider labelled label over [min, max] in steps of
// step, at min, calling onChange.
func NewSlider(label string, min, max, step float64, onChange func(float64)) *Slider {
	return &Slider{base: base{label: label}, Min: min, Max: max, Step: step, OnChange: onChange, value: min}
}

// Role returns RoleSlider.
func (s *Slider) Role() Role { return RoleSlider }

// Value returns the current value.
func (s *Slider) Value() float64 { return s.value }

// SetValue sets the value (clamped and snapped to Step) without calling
// OnChange, e.g. as the timeline plays.
func (s *Slider) SetValue(v float64) { s.value = s.snap(v) }

// Dragging reports whether the pointer is dragging the thumb.
func (s *Slider) Dragging() bool { return s.dragging }

// SetFormat sets how ValueText spells a value, e.g. "6 months after
// surgery". Call it again after a language change: it drops the cached
// text. With no format the value is printed as a number.
func (s *Slider) SetFormat(f func(v float64) string) {
	s.format = f
	s.textOK = false
}

// ValueText returns the value as text, made by the format only when the
// value has changed since the last call.
func (s *Slider) ValueText() string {
	if !s.textOK || s.textFor != s.value {
		if s.format != nil {
			s.text = s.format(s.value)
		} else {
			s.text = strconv.FormatFloat(s.value, 'f', -1, 64)
		}
		s.textFor, s.textOK = s.value, true
	}
	return s.text
}

// Change sets the value as the user would: clamped and snapped, calling
// OnChange if it changed, unless the slider is disabled.
func (s *Slider) Change(v float64) {
	if s.disabled {
		return
	}
	v = s.snap(v)
	if v == s.value {
		return
	}
	s.value = v
	if s.OnChange != nil {
		s.OnChange(v)
	}
}

func (s *Slider) snap(v float64) float64 {
	lo, hi := s.Min, s.Max
	if hi < lo {
		lo, hi = hi, lo
	}
	if s.Step > 0 && v > lo && v < hi {
		v = lo + math.Round((v-lo)/s.Step)*s.Step
	}
	return math.Max(lo, math.Min(hi, v))
}

func (s *Slider) keyStep() float64 {
	if s.Step > 0 {
		return s.Step
	}
	return (s.Max - s.Min) / 100
}

func (s *Slider) bigStep() float64 {
	if s.BigStep > 0 {
		return s.BigStep
	}
	return math.Max(s.keyStep(), (s.Max-s.Min)/10)
}

// Update handles presses and drags on the track and, if focused, the
// arrow keys, PageUp/PageDown and Home/End.
func (s *Slider) Update(in *Input, focused bool) bool {
	s.hover = !s.hidden && in.Over(s.bounds)
	if s.hidden || s.disabled {
		s.dragging = false
		return s.hover
	}
	g := s.geometry(s.theme())
	if in.Pressed && in.Over(g.hit) {
		s.dragging = true
	}
	if s.dragging {
		s.Change(g.valueAt(in.X, s.Min, s.Max))
		if !in.Down {
			s.dragging = false
		}
	}
	if focused {
		switch {
		case in.Take(KeyLeft | KeyDown):
			s.Change(s.value - s.keyStep())
		case in.Take(KeyRight | KeyUp):
			s.Change(s.value + s.keyStep())
		case in.Take(KeyPageDown):
			s.Change(s.value - s.bigStep())
		case in.Take(KeyPageUp):
			s.Change(s.value + s.bigStep())
		case in.Take(KeyHome):
			s.Change(s.Min)
		case in.Take(KeyEnd):
			s.Change(s.Max)
		}
	}
	return s.hover || s.dragging
}
