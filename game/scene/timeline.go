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
	r = image.Rect(r.Min.X+r.Dx()*55/100+int(24*u), r.Min.Y+int(4*u), r.Max.X-int(12*u), r.Max.Y)
	if !f.InfoReserved.Empty() {
		r.Max.X = f.InfoReserved.Min.X - int(8*u)
	}
	var cs, soft ebiten.ColorScale
	cs.ScaleWithColor(s.pal.Accent)
	soft.ScaleWithColor(s.pal.TextSoft)
	size := 13 * u
	line := size * 1.3
	y := float64(r.Min.Y)
	s.drawFittedBold(dst, f.Texts.StageName, size*1.1, r.Dx(), float64(r.Min.X), y, cs)
	y += line * 1.1
	s.drawFitted(dst, f.Texts.StageCaption, size, r.Dx(), float64(r.Min.X), y, soft)
	y += line
	s.drawFitted(dst, f.Texts.Typical, size, r.Dx(), float64(r.Min.X), y, soft)
}

// drawFitted draws one line of text, shrinking it to fit width when needed.
func (s *Scene) drawFitted(dst *ebiten.Image, str string, size float64, width int, x, y float64, cs ebiten.ColorScale) {
	s.fitted(dst, str, size, false, width, x, y, cs)
}

// drawFittedBold is drawFitted in bold.
func (s *Scene) drawFittedBold(dst *ebiten.Image, str string, size float64, width int, x, y float64, cs ebiten.ColorScale) {
	s.fitted(dst, str, size, true, width, x, y, cs)
}

func (s *Scene) fitted(dst *ebiten.Image, str string, size float64, bold bool, width int, x, y float64, cs ebiten.ColorScale) {
	if str == "" || width <= 0 {
		return
	}
	w, _ := s.Text.Measure(str, size, bold)
	if w > width && w > 0 {
		size = max(size*0.55, size*float64(width)/float64(w))
	}
	s.Text.DrawScaled(dst, str, size, bold, x, y, text.Left, cs)
}
