package ui

import (
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// markGap is the least room between two marks' labels, in CSS pixels.
const markGap = 6

// MinTextCSS is the smallest size, in CSS pixels (times the theme's Scale),
// a widget shrinks its text to: below it text stops being legible.
const MinTextCSS = 11

// MinFontPx is the legible floor in device pixels: MinTextCSS, and never
// under six tenths of the body size.
func (t *Theme) MinFontPx() float64 {
	return math.Max(math.Round(t.Px(MinTextCSS)), math.Round(t.FontPx()*0.6))
}

// label is a text fitted into a box: its size and its one or two lines.
type label struct {
	size   float64
	a, b   string // b is "" for one line
	w      int    // the widest line's width at size
	lineH  int    // one line's height
	shrunk bool   // at the floor and still too wide
}

// fitLabel fits s into a box w×h device pixels: one line at the body size,
// else the small size, else shrunk down to MinFontPx; where even that is
// too wide and the box is tall enough, two lines broken at the space that
// balances them best, at the largest of those sizes that fits. It slices s
// and measures through the cache, so a steady frame allocates nothing.
func (t *Theme) fitLabel(s string, bold bool, w, h int) label {
	k := fitKey{s: s, bold: bold, w: w, h: h, font: t.FontPx(), small: t.SmallFontPx(), min: t.MinFontPx()}
	if l, ok := t.fitted[k]; ok {
		return l
	}
	if t.fitted == nil || len(t.fitted) >= maxFitted {
		t.fitted = make(map[fitKey]label) // a new language or screen: start afresh
	}
	l := t.fitLabelNow(s, bold, w, h)
	t.fitted[k] = l
	return l
}

// fitKey is what a fitted label depends on.
type fitKey struct {
	s                string
	bold             bool
	w, h             int
	font, small, min float64
}

// maxFitted bounds the fitted labels kept: a few screens' worth.
const maxFitted = 512

// fitLabelNow is fitLabel without the memo: it may measure several trial
// sizes, so each redraw of the controls would redo it.
func (t *Theme) fitLabelNow(s string, bold bool, w, h int) label {
	one := func(size float64) label {
		tw, lh := t.Text.Measure(s, size, bold)
		return label{size: size, a: s, w: tw, lineH: lh}
	}
	size := t.FontPx()
	if l := one(size); l.w <= w {
		return l
	}
	small := t.SmallFontPx()
	l := one(small)
	if l.w <= w || l.w <= 0 {
		return l
	}
	floor := math.Min(small, t.MinFontPx())
	// Measured widths do not scale exactly with the size (hinting), so
	// step down from the estimate until it fits.
	for shrink := math.Floor(small * float64(w) / float64(l.w)); shrink >= floor; shrink-- {
		if l := one(shrink); l.w <= w {
			return l
		}
	}
	for _, sz := range []float64{small, floor} {
		if two, ok := t.twoLines(s, bold, sz, w, h); ok {
			return two
		}
	}
	l = one(floor)
	l.shrunk = true
	return l
}

// twoLines breaks s at the space (or after the en dash of a range) that
// makes its widest line narrowest, at size; ok is false when s has no such
// place or the lines do not fit w×h.
func (t *Theme) twoLines(s string, bold bool, size float64, w, h int) (label, bool) {
	best := label{w: math.MaxInt}
	for i := 0; i < len(s); i++ {
		var a, b string
		switch {
		case s[i] == ' ':
			a, b = s[:i], strings.TrimLeft(s[i+1:], " ")
		case strings.HasPrefix(s[i:], "–") && i > 0 && i+len("–") < len(s):
			a, b = s[:i+len("–")], s[i+len("–"):] // a range: "C2–" over "C3"
		default:
			continue
		}
		wa, lh := t.Text.Measure(a, size, bold)
		wb, _ := t.Text.Measure(b, size, bold)
		if m := max(wa, wb); m < best.w {
			best = label{size: size, a: a, b: b, w: m, lineH: lh}
		}
	}
	if best.b == "" || best.w > w || twoLineHeight(best.lineH) > h {
		return label{}, false
	}
	return best, true
}

// twoLineHeight is the height of two lines of height lh, set close.
func twoLineHeight(lh int) int { return lh * 2 }

// draw draws the fitted label centred vertically on cy, aligned on x.
func (l label) draw(t *Theme, dst *ebiten.Image, bold bool, x, cy float64, align text.Align, ink color.NRGBA, a float64) {
	if l.b == "" {
		t.drawText(dst, l.a, l.size, bold, x, cy, align, ink, a)
		return
	}
	half := float64(l.lineH) / 2
	t.drawText(dst, l.a, l.size, bold, x, cy-half, align, ink, a)
	t.drawText(dst, l.b, l.size, bold, x, cy+half, align, ink, a)
}

// Fit is one text a widget draws: the size it is drawn at, its width and
// the room it has, all in device pixels.
type Fit struct {
	// Part names the text: "label", "option 2", "value" or "mark 3".
	Part string
	// Text is what is drawn; Lines is 2 when it was broken in two.
	Text  string
	Lines int
	// Size is the font size it is drawn at; Width its widest line there;
	// Box the width it must fit in; Min the legible floor.
	Size       float64
	Width, Box int
	Min        float64
}

// Overflows reports whether the text is wider than its box or smaller
// than the legible floor.
func (f Fit) Overflows() bool { return f.Width > f.Box || f.Size < f.Min-0.01 }

// fitOf reports a fitted label as a Fit.
func fitOf(t *Theme, part, s string, l label, box int) Fit {
	f := Fit{Part: part, Text: s, Lines: 1, Size: l.size, Width: l.w, Box: box, Min: t.MinFontPx()}
	if l.b != "" {
		f.Lines = 2
	}
	return f
}

// Fits lists the texts a visible widget draws, laid out as its Draw lays
// them out, for tests that check every string fits at every size. Each
// text is measured in bold where any state draws it bold (a segment's
// option is bold when selected).
func Fits(w Widget, th *Theme) []Fit {
	if w.Hidden() {
		return nil
	}
	if t, ok := w.(themed); ok {
		t.setTheme(th) // as Draw does: a segment's share depends on it
	}
	switch w := w.(type) {
	case *Button:
		box := w.labelBox(th)
		return []Fit{fitOf(th, "label", w.label, th.fitLabel(w.label, true, box.Dx(), box.Dy()), box.Dx())}
	case *Toggle:
		box := w.labelBox(th)
		return []Fit{fitOf(th, "label", w.label, th.fitLabel(w.label, false, box.Dx(), box.Dy()), box.Dx())}
	case *Segmented:
		var out []Fit
		for i, o := range w.options {
			box := w.optionBox(i, th)
			out = append(out, fitOf(th, "option "+string(rune('1'+i)), o, th.fitLabel(o, true, box.Dx(), box.Dy()), box.Dx()))
		}
		return out
	case *Slider:
		return w.fits(th)
	}
	return nil
}

// labelBox is where a button's label goes.
func (b *Button) labelBox(th *Theme) image.Rectangle {
	return image.Rect(b.bounds.Min.X+th.PxInt(4), b.bounds.Min.Y, b.bounds.Max.X-th.PxInt(4), b.bounds.Max.Y)
}

// optionBox is where option i's label goes.
func (s *Segmented) optionBox(i int, th *Theme) image.Rectangle {
	seg := s.SegmentBounds(i).Inset(th.PxInt(3))
	return image.Rect(seg.Min.X+th.PxInt(4), seg.Min.Y, seg.Max.X-th.PxInt(4), seg.Max.Y)
}

// fits lists the slider's label and value (one row: they must fit side by
// side) and its marks' labels (each must stay clear of its neighbours).
func (s *Slider) fits(th *Theme) []Fit {
	var out []Fit
	g := s.geometry(th)
	if s.hasRow() {
		lw, _ := th.Text.Measure(s.label, th.FontPx(), false)
		v := s.ValueText()
		vw, _ := th.Text.Measure(v, th.FontPx(), true)
		f := Fit{Part: "value", Text: v, Lines: 1, Size: th.FontPx(), Width: vw, Box: g.row.Dx(), Min: th.MinFontPx()}
		if s.labelFits(th, g) {
			f.Part, f.Text, f.Width = "label and value", s.label+" | "+v, lw+th.PxInt(12)+vw
		}
		out = append(out, f)
	}
	// The marks' labels Draw shows (it leaves out one that would run into
	// the one before): each has from the end of the one before to its own
	// end, and must stay inside the bounds.
	size := th.SmallFontPx()
	prevEnd := math.Inf(-1)
	for i, m := range s.Marks {
		if m.Label == "" {
			continue
		}
		lx, lw := s.markX(th, g, m, size)
		if lx < prevEnd {
			continue
		}
		from := math.Max(float64(s.bounds.Min.X), prevEnd)
		box := int(math.Min(lx+float64(lw), float64(s.bounds.Max.X)) - from)
		out = append(out, Fit{Part: "mark " + string(rune('1'+i)), Text: m.Label, Lines: 1, Size: size, Width: lw, Box: box, Min: size})
		prevEnd = lx + float64(lw) + th.Px(markGap)
	}
	return out
}

// markX is where a mark's label starts: centred on its mark, kept inside
// the bounds.
func (s *Slider) markX(th *Theme, g sliderGeom, m Mark, size float64) (x float64, w int) {
	lw, _ := th.Text.Measure(m.Label, size, false)
	mx := g.xFor(m.Value, s.Min, s.Max)
	return math.Max(float64(s.bounds.Min.X), math.Min(float64(s.bounds.Max.X-lw), mx-float64(lw)/2)), lw
}

// MinWidth is the narrowest a widget may be for its texts to fit at the
// legible floor (MinFontPx), and never under a touch target for a button.
func MinWidth(w Widget, th *Theme) int {
	switch w := w.(type) {
	case *Segmented:
		n := 0
		for _, o := range w.options {
			n += th.narrowest(o, true, th.TargetPx()-th.PxInt(6)) + th.PxInt(16) + 1
		}
		return n
	case *Toggle:
		return th.narrowest(w.label, false, th.TargetPx()) + th.PxInt(72) + 1
	case *Button:
		return max(th.TargetPx(), th.narrowest(w.label, true, th.TargetPx())+th.PxInt(8)+1)
	}
	return th.PxInt(100)
}

// narrowest is the least width s takes at the legible floor: on one line,
// or on two when they fit a box h pixels tall.
func (t *Theme) narrowest(s string, bold bool, h int) int {
	w, _ := t.Text.Measure(s, t.MinFontPx(), bold)
	if two, ok := t.twoLines(s, bold, t.MinFontPx(), w, h); ok {
		return min(w, two.w)
	}
	return w
}
