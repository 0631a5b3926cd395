package ui

import "image"

// LayoutColumn stacks the panel's visible widgets top to bottom inside r,
// each as wide as r and as tall as its PreferredHeight, gap device pixels
// apart, and returns the y just below the last one. Call it when the
// screen size, the Scale or the texts change.
func (p *Panel) LayoutColumn(r image.Rectangle, gap int) (bottom int) {
	y := r.Min.Y
	for _, w := range p.widgets {
		if w.Hidden() {
			continue
		}
		h := w.PreferredHeight(p.Theme)
		w.SetBounds(image.Rect(r.Min.X, y, r.Max.X, y+h))
		y += h + gap
	}
	if y > r.Min.Y {
		y -= gap
	}
	return y
}
