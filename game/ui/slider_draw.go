package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// maxTicks caps how many tick marks a slider draws.
const maxTicks = 200

// Draw draws the label and value text, the track filled in the accent up
// to the thumb, the tick marks and labelled marks, and the thumb (haloed
// while hovered or dragged; the focus ring goes around it).
func (s *Slider) Draw(dst *ebiten.Image, th *Theme, focused bool) {
	s.th = th
	if s.hidden {
		return
	}
	a := s.alpha()
	g := s.geometry(th)
	if s.hasRow() {
		_, cy := centre(g.row)
		if s.labelFits(th, g) {
			th.drawText(dst, s.label, th.FontPx(), false, float64(g.row.Min.X), cy, text.Left, th.InkMuted, a)
		}
		th.drawText(dst, s.ValueText(), th.FontPx(), true, float64(g.row.Max.X), cy, text.Right, th.Ink, a)
	}

	tx := g.xFor(s.value, s.Min, s.Max)
	half := g.trackH / 2
	track := image.Rect(int(g.x0-half), int(math.Round(g.cy-half)), int(g.x1+half), int(math.Round(g.cy+half)))
	th.fill(dst, track, half, th.Track, a)
	filled := track
	filled.Max.X = int(math.Round(tx + half))
	th.fill(dst, filled, half, th.Accent, a)

	s.drawTicks(dst, th, g, a)
	s.drawMarks(dst, th, g, a)

	knob := circle(tx, g.cy, g.thumbR)
	if !s.disabled && (s.hover || s.dragging) {
		th.fill(dst, circle(tx, g.cy, g.thumbR*1.7), g.thumbR*1.7, th.Accent, 0.15)
	}
	th.shadow(dst, knob.Add(image.Pt(0, th.PxInt(1))), g.thumbR, th.Px(3), th.Shadow, a)
	th.fill(dst, knob, g.thumbR, th.Knob, a)
	th.stroke(dst, knob, g.thumbR, max(2, th.Px(2.5)), th.Accent, a)
	if focused {
		th.DrawFocusRing(dst, knob, g.thumbR)
	}
}

func (s *Slider) drawTicks(dst *ebiten.Image, th *Theme, g sliderGeom, a float64) {
	if s.Ticks <= 0 || (s.Max-s.Min)/s.Ticks > maxTicks {
		return
	}
	w := max(1, th.PxInt(1.5))
	top := int(g.cy + g.trackH/2 + th.Px(4))
	h := th.PxInt(4)
	for v := s.Min; v <= s.Max+s.Ticks*1e-9; v += s.Ticks {
		x := int(math.Round(g.xFor(v, s.Min, s.Max))) - w/2
		th.fill(dst, image.Rect(x, top, x+w, top+h), 0, th.InkMuted, a*0.5)
	}
}

func (s *Slider) drawMarks(dst *ebiten.Image, th *Theme, g sliderGeom, a float64) {
	if len(s.Marks) == 0 {
		return
	}
	w := max(1, th.PxInt(2))
	top := int(g.cy + g.trackH/2 + th.Px(3))
	h := th.PxInt(7)
	size := th.SmallFontPx()
	prevEnd := math.Inf(-1)
	for _, m := range s.Marks {
		mx := g.xFor(m.Value, s.Min, s.Max)
		x := int(math.Round(mx)) - w/2
		th.fill(dst, image.Rect(x, top, x+w, top+h), 0, th.InkMuted, a)
		if m.Label == "" {
			continue
		}
		// Centre the label on its mark but keep it inside the bounds.
		lx, lw := s.markX(th, g, m, size)
		if lx < prevEnd {
			continue // it would run into the label before: its tick says enough
		}
		prevEnd = lx + float64(lw) + th.Px(markGap)
		ly := float64(top+h) + th.Px(2)
		th.Text.DrawScaled(dst, m.Label, size, false, lx, ly, text.Left, tint(th.InkMuted, a))
	}
}

// labelFits reports whether the label fits beside the value; when it does
// not (large text on a narrow screen), only the value is shown: the label
// is still the slider's accessible name.
func (s *Slider) labelFits(th *Theme, g sliderGeom) bool {
	lw, _ := th.Text.Measure(s.label, th.FontPx(), false)
	vw, _ := th.Text.Measure(s.ValueText(), th.FontPx(), true)
	return lw+th.PxInt(12)+vw <= g.row.Dx()
}
