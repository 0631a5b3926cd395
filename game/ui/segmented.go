package ui

import "image"

// Segmented is a choice of one option among a few shown side by side (a
// radio group): a click on an option, or the arrow keys, Home and End
// while focused, select it and call OnSelect.
type Segmented struct {
	base
	// OnSelect is called with the newly selected index after each change
	// by the user.
	OnSelect func(i int)
	options  []string
	selected int
	armed    int // index pressed and not yet released, or -1
	hoverSeg int // index under the pointer, or -1
}

// NewSegmented returns a group labelled label with the given option
// labels, option selected chosen, calling onSelect.
func NewSegmented(label string, options []string, selected int, onSelect func(int)) *Segmented {
	s := &Segmented{base: base{label: label}, OnSelect: onSelect, armed: -1, hoverSeg: -1}
	s.SetOptions(options)
	s.SetSelected(selected)
	return s
}

// Role returns RoleRadioGroup.
func (s *Segmented) Role() Role { return RoleRadioGroup }

// Options returns the option labels (the widget's own slice: do not
// modify it).
func (s *Segmented) Options() []string { return s.options }

// SetOptions replaces the option labels (e.g. after a language change),
// keeping the selection when it is still in range.
func (s *Segmented) SetOptions(options []string) {
	s.options = append(s.options[:0], options...)
	s.SetSelected(s.selected)
}

// Selected returns the selected index.
func (s *Segmented) Selected() int { return s.selected }

// SetSelected selects option i (clamped) without calling OnSelect.
func (s *Segmented) SetSelected(i int) {
	s.selected = max(0, min(i, len(s.options)-1))
}

// SetNone shows no option selected (for a group whose value lies outside
// its options, such as a fusion longer than the group offers).
func (s *Segmented) SetNone() { s.selected = -1 }

// Select selects option i as a click would and calls OnSelect if the
// selection changed, unless the group is disabled or i is out of range.
func (s *Segmented) Select(i int) {
	if s.disabled || i < 0 || i >= len(s.options) || i == s.selected {
		return
	}
	s.selected = i
	if s.OnSelect != nil {
		s.OnSelect(i)
	}
}

// ValueText returns the selected option's label.
func (s *Segmented) ValueText() string {
	if s.selected < 0 || s.selected >= len(s.options) {
		return ""
	}
	return s.options[s.selected]
}

// SegmentBounds returns the rectangle of option i: the bounds split into
// equal parts when every label fits its part at the body size, else in
// proportion to what each label needs, so a long word takes room from a
// short one (BMP) before any text has to shrink.
func (s *Segmented) SegmentBounds(i int) image.Rectangle {
	n := max(1, len(s.options))
	r := s.bounds
	w := r.Dx()
	if i < 0 || i >= len(s.options) {
		return image.Rect(r.Min.X+w*i/n, r.Min.Y, r.Min.X+w*(i+1)/n, r.Max.Y)
	}
	th := s.theme()
	if th.Text == nil || s.equalFits(th, w/n) {
		return image.Rect(r.Min.X+w*i/n, r.Min.Y, r.Min.X+w*(i+1)/n, r.Max.Y)
	}
	// By each label's width on one line in the small size when they all
	// fit so, else by the narrowest each can be (two lines, the floor).
	oneLine := func(o string) int {
		m, _ := th.Text.Measure(o, th.SmallFontPx(), true)
		return m + th.PxInt(16) + 1
	}
	need, sum := oneLine, 0
	for _, o := range s.options {
		sum += oneLine(o)
	}
	if sum > w {
		need = func(o string) int {
			return th.narrowest(o, true, s.bounds.Dy()-th.PxInt(6)) + th.PxInt(16) + 1
		}
	}
	total, before := 0, 0
	for j, o := range s.options {
		if j < i {
			before += need(o)
		}
		total += need(o)
	}
	x0 := r.Min.X + w*before/total
	x1 := r.Min.X + w*(before+need(s.options[i]))/total
	return image.Rect(x0, r.Min.Y, x1, r.Max.Y)
}

// equalFits reports whether every label fits a part part pixels wide at
// the body size.
func (s *Segmented) equalFits(th *Theme, part int) bool {
	for _, o := range s.options {
		if m, _ := th.Text.Measure(o, th.FontPx(), true); m+th.PxInt(14) > part {
			return false
		}
	}
	return true
}

// segmentAt returns the index of the option under the pointer, or -1.
func (s *Segmented) segmentAt(in *Input) int {
	if !in.Over(s.bounds) || len(s.options) == 0 {
		return -1
	}
	for i := range s.options {
		if in.Over(s.SegmentBounds(i)) {
			return i
		}
	}
	return -1
}

// Update handles clicks and, if focused, the arrow keys, Home and End.
func (s *Segmented) Update(in *Input, focused bool) bool {
	s.hover = !s.hidden && in.Over(s.bounds)
	if s.hidden || s.disabled {
		s.armed, s.hoverSeg = -1, -1
		return s.hover
	}
	s.hoverSeg = s.segmentAt(in)
	if in.Pressed && s.hoverSeg >= 0 {
		s.armed = s.hoverSeg
	}
	captured := s.hover || s.armed >= 0
	switch {
	case s.armed >= 0 && in.Released:
		if s.hoverSeg == s.armed {
			s.Select(s.armed)
		}
		s.armed = -1
	case s.armed >= 0 && !in.Down && !in.Pressed:
		s.armed = -1
	}
	if focused && len(s.options) > 0 {
		n := len(s.options)
		switch {
		case in.Take(KeyLeft | KeyUp):
			s.Select((s.selected + n - 1) % n)
		case in.Take(KeyRight | KeyDown):
			s.Select((s.selected + 1) % n)
		case in.Take(KeyHome):
			s.Select(0)
		case in.Take(KeyEnd):
			s.Select(n - 1)
		}
	}
	return captured
}
