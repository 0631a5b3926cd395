package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// PreferredHeight is the theme's touch target height.
func (s *Segmented) PreferredHeight(th *Theme) int { return th.TargetPx() }

// Draw draws a recessed track with the selected option raised on it in the
// accent colour; the focus ring goes around the selected option.
func (s *Segmented) Draw(dst *ebiten.Image, th *Theme, focused bool) {
	s.th = th
	if s.hidden {
		return
	}
	a := s.alpha()
	rad := th.Px(th.Radius)
	th.fill(dst, s.bounds, rad, th.Control, a)
	th.stroke(dst, s.bounds, rad, max(1, th.Px(1)), th.Border, a)
	inset := th.PxInt(3)
	inner := rad - float64(inset)
	for i, opt := range s.options {
		seg := s.SegmentBounds(i).Inset(inset)
		selected := i == s.selected
		ink, bold := th.Ink, false
		switch {
		case selected:
			th.shadow(dst, seg.Add(image.Pt(0, th.PxInt(1))), inner, th.Px(3), th.Shadow, a)
			fill := th.Accent
			if !s.disabled && s.armed == i && s.hoverSeg == i {
				fill = th.AccentPressed
			}
			th.fill(dst, seg, inner, fill, a)
			ink, bold = th.OnAccent, true
		case !s.disabled && s.armed == i && s.hoverSeg == i:
			th.fill(dst, seg, inner, th.ControlPressed, a)
		case !s.disabled && s.hoverSeg == i:
			th.fill(dst, seg, inner, th.ControlHover, a)
		default:
			// A hairline between two unselected neighbours.
			if i > 0 && i-1 != s.selected {
				h := seg.Dy() / 2
				x := s.SegmentBounds(i).Min.X
				line := image.Rect(x, seg.Min.Y+h/2, x+max(1, th.PxInt(1)), seg.Min.Y+h/2+h)
				th.fill(dst, line, 0, th.Border, a)
			}
		}
		box := s.optionBox(i, th)
		cx, cy := centre(box)
		th.fitLabel(opt, bold, box.Dx(), box.Dy()).draw(th, dst, bold, cx, cy, text.Center, ink, a)
	}
	if focused && s.selected >= 0 && len(s.options) > 0 {
		th.DrawFocusRing(dst, s.SegmentBounds(s.selected).Inset(inset), inner)
	} else if focused {
		th.DrawFocusRing(dst, s.bounds, rad)
	}
}
