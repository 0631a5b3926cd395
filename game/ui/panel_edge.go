package ui

// TabLeaves reports whether Tab (forward) or Shift+Tab (back) would take
// the focus past the end of the panel's focusable widgets: the focus is on
// the last (first) of them, or there are none. Tab then wraps around inside
// the panel; a page uses this to let the key move the browser's focus on
// instead, so keyboard users are never trapped in the canvas.
func (p *Panel) TabLeaves(back bool) bool {
	first, last := -1, -1
	for i, w := range p.widgets {
		if focusable(w) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return true
	}
	if back {
		return p.focus == first
	}
	return p.focus == last
}
