package ui

import (
	"image"
	"math"
)

// sliderGeom is where a slider's parts are, in device pixels.
type sliderGeom struct {
	row    image.Rectangle // label and value text
	hit    image.Rectangle // where a press grabs the thumb: track and marks
	x0, x1 float64         // the thumb centre's range along the track
	cy     float64         // the track's centre line
	thumbR float64
	trackH float64
}

func (s *Slider) hasRow() bool   { return s.label != "" }
func (s *Slider) hasMarks() bool { return len(s.Marks) > 0 || s.Ticks > 0 }

func sliderRowH(th *Theme) int  { return int(math.Round(th.FontPx() * 1.5)) }
func sliderBandH(th *Theme) int { return th.PxInt(30) }
func sliderMarksH(th *Theme) int {
	return int(math.Round(th.SmallFontPx()*1.4)) + th.PxInt(6)
}

// PreferredHeight is the label row, the track band and the marks row (if
// any), and at least the theme's touch target.
func (s *Slider) PreferredHeight(th *Theme) int {
	h := sliderBandH(th)
	if s.hasRow() {
		h += sliderRowH(th)
	}
	if s.hasMarks() {
		h += sliderMarksH(th)
	}
	return max(h, th.TargetPx())
}

func (s *Slider) geometry(th *Theme) sliderGeom {
	b := s.bounds
	var g sliderGeom
	top := b.Min.Y
	if s.hasRow() {
		g.row = image.Rect(b.Min.X, top, b.Max.X, top+sliderRowH(th))
		top = g.row.Max.Y
	}
	band := sliderBandH(th)
	if !s.hasRow() && !s.hasMarks() {
		band = b.Dy()
	}
	g.cy = float64(top) + float64(band)/2
	g.thumbR = th.Px(10)
	g.trackH = max(2, th.Px(6))
	inset := g.thumbR + th.Px(2)
	g.x0, g.x1 = float64(b.Min.X)+inset, float64(b.Max.X)-inset
	if g.x1 < g.x0 {
		g.x0 = float64(b.Min.X+b.Max.X) / 2
		g.x1 = g.x0
	}
	g.hit = image.Rect(b.Min.X, top, b.Max.X, b.Max.Y)
	return g
}

// valueAt maps an x position on the track to a value in [lo, hi].
func (g sliderGeom) valueAt(x, lo, hi float64) float64 {
	if g.x1 <= g.x0 {
		return lo
	}
	t := math.Max(0, math.Min(1, (x-g.x0)/(g.x1-g.x0)))
	return lo + t*(hi-lo)
}

// xFor maps a value to its x position on the track.
func (g sliderGeom) xFor(v, lo, hi float64) float64 {
	if hi == lo {
		return g.x0
	}
	t := math.Max(0, math.Min(1, (v-lo)/(hi-lo)))
	return g.x0 + t*(g.x1-g.x0)
}
