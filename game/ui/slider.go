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
// keys move one Step, PageUp/PageDown to the next Stop (or one BigStep),
// Home/End to the ends.
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
	// Stops, if any, are the places PageUp and PageDown jump to instead of
	// BigStep (e.g. the start of each healing stage), in ascending order.
	Stops []float64
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

// SetValue sets the value (clamped, but not snapped to Step: it shows
// exactly what the owner holds) without calling OnChange, e.g. as the
// timeline plays.
func (s *Slider) SetValue(v float64) { s.value = s.clamp(v) }

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

// changeExact is Change without snapping to Step, for the Stops.
func (s *Slider) changeExact(v float64) {
	if s.disabled {
		return
	}
	v = s.clamp(v)
	if v == s.value {
		return
	}
	s.value = v
	if s.OnChange != nil {
		s.OnChange(v)
	}
}

func (s *Slider) clamp(v float64) float64 {
	lo, hi := s.Min, s.Max
	if hi < lo {
		lo, hi = hi, lo
	}
	if math.IsNaN(v) {
		return lo
	}
	return math.Max(lo, math.Min(hi, v))
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
		default:
			s.Keys(in)
		}
	}
	return s.hover || s.dragging
}

// Keys moves the value by PageUp/PageDown (to the next or previous stop, or
// by BigStep) and Home/End (to the ends), taking the key used; the game
// calls it for keys nothing focused has taken.
func (s *Slider) Keys(in *Input) {
	if s.disabled {
		return
	}
	switch {
	case in.Take(KeyPageDown):
		s.changeExact(s.stopBelow())
	case in.Take(KeyPageUp):
		s.changeExact(s.stopAbove())
	case in.Take(KeyHome):
		s.Change(s.Min)
	case in.Take(KeyEnd):
		s.Change(s.Max)
	}
}

// stopAbove is the first stop above the value (Max after the last), or
// the value plus BigStep when there are no stops.
func (s *Slider) stopAbove() float64 {
	if len(s.Stops) == 0 {
		return s.snap(s.value + s.bigStep())
	}
	for _, v := range s.Stops {
		if v > s.value+1e-9 {
			return v
		}
	}
	return s.Max
}

// stopBelow is the last stop below the value (Min before the first), or
// the value minus BigStep when there are no stops.
func (s *Slider) stopBelow() float64 {
	if len(s.Stops) == 0 {
		return s.snap(s.value - s.bigStep())
	}
	for i := len(s.Stops) - 1; i >= 0; i-- {
		if v := s.Stops[i]; v < s.value-1e-9 {
			return v
		}
	}
	return s.Min
}

// StepBy moves the value by dir steps of Step, as the arrow keys do.
func (s *Slider) StepBy(dir float64) { s.Change(s.value + dir*s.keyStep()) }
