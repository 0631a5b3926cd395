package scene

import (
	"image"

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
	r = image.Rect(r.Min.X+r.Dx()*62/100+int(24*u), r.Min.Y+int(4*u), r.Max.X-int(12*u), r.Max.Y)
	if !f.InfoReserved.Empty() {
		r.Max.X = f.InfoReserved.Min.X - int(8*u)
	}
	var cs, soft ebiten.ColorScale
	cs.ScaleWithColor(s.pal.Accent)
	soft.ScaleWithColor(s.pal.TextSoft)
	size := 13 * u
	line := size * 1.3
	y := float64(r.Min.Y)
	s.Text.DrawScaled(dst, f.Texts.StageName, size*1.1, true, float64(r.Min.X), y, text.Left, cs)
	y += line * 1.1
	s.drawFitted(dst, f.Texts.StageCaption, size, r.Dx(), float64(r.Min.X), y, soft)
	y += line
	s.drawFitted(dst, f.Texts.Typical, size, r.Dx(), float64(r.Min.X), y, soft)
}

// drawFitted draws one line of text, shrinking it to fit width when needed.
func (s *Scene) drawFitted(dst *ebiten.Image, str string, size float64, width int, x, y float64, cs ebiten.ColorScale) {
	if str == "" {
		return
	}
	w, _ := s.Text.Measure(str, size, false)
	if w > width && w > 0 {
		size = max(size*0.6, size*float64(width)/float64(w))
	}
	s.Text.DrawScaled(dst, str, size, false, x, y, text.Left, cs)
}
