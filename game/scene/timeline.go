package scene

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// DrawTimelineInfo draws, beside the healing timeline, the stage of healing
// at the chosen time with its plain caption and the typical milestones.
func (s *Scene) DrawTimelineInfo(dst *ebiten.Image, f *Frame) {
	r := f.Layout.Timeline
	if r.Empty() || f.Layout.Compact {
		return
	}
	u := f.Layout.Unit
	r = image.Rect(r.Min.X+r.Dx()*55/100+int(24*u), r.Min.Y+int(4*u), r.Max.X-int(12*u), r.Max.Y)
	if !f.InfoReserved.Empty() {
		r.Max.X = f.InfoReserved.Min.X - int(8*u)
	}
	cs, soft := inkOf(s.pal.Accent), inkOf(s.pal.TextSoft)
	in := &s.extras().info
	in.arrange(s.Text, f.Texts.StageCaption, f.Texts.Typical, r.Dx(), r.Dy(), u)
	size := in.size
	line := size * 1.3
	x, y := float64(r.Min.X), float64(r.Min.Y)
	s.drawFittedBold(dst, f.Texts.StageName, size*1.1, r.Dx(), x, y, cs)
	y += line * 1.1
	if in.lines == nil {
		// Too little room to wrap: one line each, shrunk to fit.
		s.drawFitted(dst, f.Texts.StageCaption, size, r.Dx(), x, y, soft)
		s.drawFitted(dst, f.Texts.Typical, size, r.Dx(), x, y+line, soft)
		return
	}
	for i, l := range in.lines {
		if in.fitLast && i == len(in.lines)-1 {
			s.drawFitted(dst, l, size, r.Dx(), x, y, soft)
			break
		}
		s.Text.DrawScaled(dst, l, size, false, x, y, text.Left, soft)
		y += line
	}
}

// timelineInfo lays out the caption and the milestones beside the
// timeline: at the body size, one line each, when they fit; else a little
// smaller (down to infoMinPx), each wrapped onto at most two lines, as
// large as the box's height allows; else the caption so and the milestones
// on one line shrunk to fit it (fitLast); else one line each, shrunk to fit
// (lines nil). Kept while the texts and the box stay the same, so frames
// do not wrap again.
type timelineInfo struct {
	caption, typical string
	w, h             int
	u                float64

	size    float64
	lines   []string
	fitLast bool
}

// infoMaxPx and infoMinPx bound the size of the timeline info's text, in
// CSS pixels; infoMinPx is the legible floor the strings-fit test holds
// the controls to.
const (
	infoMaxPx = 13
	infoMinPx = 11
)

// arrange lays the texts out for a box w×h device pixels at unit u.
func (in *timelineInfo) arrange(tc *text.Cache, caption, typical string, w, h int, u float64) {
	if in.caption == caption && in.typical == typical && in.w == w && in.h == h && in.u == u && in.size > 0 {
		return
	}
	in.caption, in.typical, in.w, in.h, in.u = caption, typical, w, h, u
	in.size, in.lines, in.fitLast = infoMaxPx*u, nil, false
	for _, fitLast := range [2]bool{false, true} {
		for px := float64(infoMaxPx); px >= infoMinPx; px -= 0.5 {
			size := px * u
			a := tc.Wrap(caption, size, false, w)
			b := []string{typical}
			if !fitLast {
				b = tc.Wrap(typical, size, false, w)
			}
			if len(a) > 2 || len(b) > 2 {
				continue
			}
			// The name's line, then the others; the last line's box
			// ends about 1.2 sizes below its top.
			line := size * 1.3
			if line*1.1+line*float64(len(a)+len(b)-1)+size*1.2 > float64(h) {
				continue
			}
			in.size, in.lines, in.fitLast = size, append(a, b...), fitLast
			return
		}
	}
}

// drawFitted draws one line of text, shrinking it to fit width when needed.
func (s *Scene) drawFitted(dst *ebiten.Image, str string, size float64, width int, x, y float64, cs ebiten.ColorScale) {
	s.fitted(dst, str, size, false, false, width, x, y, cs)
}

// drawFitted2 is drawFitted that may break a long line into two.
func (s *Scene) drawFitted2(dst *ebiten.Image, str string, size float64, width int, x, y float64, cs ebiten.ColorScale) {
	s.fitted(dst, str, size, false, true, width, x, y, cs)
}

// drawFittedBold is drawFitted in bold.
func (s *Scene) drawFittedBold(dst *ebiten.Image, str string, size float64, width int, x, y float64, cs ebiten.ColorScale) {
	s.fitted(dst, str, size, true, false, width, x, y, cs)
}

func (s *Scene) fitted(dst *ebiten.Image, str string, size float64, bold, wrap bool, width int, x, y float64, cs ebiten.ColorScale) {
	if str == "" || width <= 0 {
		return
	}
	w, _ := s.Text.Measure(str, size, bold)
	if w <= width || w <= 0 {
		s.Text.DrawScaled(dst, str, size, bold, x, y, text.Left, cs)
		return
	}
	// Shrink; with wrap, if shrinking a little is not enough, break the
	// line at the space nearest its middle and shrink the halves alike.
	if fit := size * float64(width) / float64(w); !wrap || fit >= size*0.8 || !strings.Contains(str, " ") {
		s.Text.DrawScaled(dst, str, max(size*0.55, fit), bold, x, y, text.Left, cs)
		return
	}
	mid := len(str) / 2
	cut := strings.LastIndexByte(str[:mid], ' ')
	if after := strings.IndexByte(str[mid:], ' '); after >= 0 && (cut < 0 || after < mid-cut) {
		cut = mid + after
	}
	a, b := str[:cut], str[cut+1:]
	wa, _ := s.Text.Measure(a, size, bold)
	wb, _ := s.Text.Measure(b, size, bold)
	if wm := max(wa, wb); wm > width {
		size = max(size*0.55, size*float64(width)/float64(wm))
	}
	s.Text.DrawScaled(dst, a, size, bold, x, y, text.Left, cs)
	s.Text.DrawScaled(dst, b, size, bold, x, y+size*1.25, text.Left, cs)
}
