package scene

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/motion"
)

// topFigureShapes are the parts of a small standing person seen from
// above, facing the viewer, in centimetres about the body's long axis: the
// feet and hips stay put while the shoulders, arms and head turn.
type topFigureShapes struct {
	base, shoulders, head Shape
}

func newTopFigureShapes() *topFigureShapes {
	var f topFigureShapes
	var foot Shape
	foot.Ellipse(7.5, -13, 3.8, 9)
	f.base.addBothSides(&foot)

	var half Shape // the shoulders' left half and the arm beside it
	half.MoveTo(0, -11)
	half.QuadTo(12, -12, 17, -8)
	half.QuadTo(21, -1, 17, 8)
	half.QuadTo(10, 11, 0, 10.5)
	half.Close()
	half.Ellipse(20.5, -0.5, 4, 6.5)
	f.shoulders.addBothSides(&half)

	h := &f.head
	h.Ellipse(0, 1, 8, 9.5)
	// The nose shows which way the face looks.
	h.MoveTo(-2.2, -7.8)
	h.LineTo(0, -11.5)
	h.LineTo(2.2, -7.8)
	h.Close()
	h.windFrom(0)
	return &f
}

// topFigureArt is the figure seen from above, rasterised at one scale.
type topFigureArt struct {
	scale                 float64
	pal                   *Palette
	base, shoulders, head Sprite
}

func newTopFigureArt(scale float64, pal *Palette) *topFigureArt {
	f := newTopFigureShapes()
	lay := func(s *Shape) Sprite {
		return rasterise(scale, layer{shape: s, fill: pal.Figure, stroke: 1.2, line: pal.FigureLine})
	}
	head := rasterise(scale, layer{shape: &f.head, fill: mix(pal.Figure, pal.Panel, 0.3), stroke: 1.2, line: pal.FigureLine})
	return &topFigureArt{scale: scale, pal: pal, base: lay(&f.base), shoulders: lay(&f.shoulders), head: head}
}

func (a *topFigureArt) dispose() {
	deallocate(a.base, a.shoulders, a.head)
}

// draw draws the figure with its shoulders and head turned by deg degrees
// (counter-clockwise seen from above) over its hips; the body's long axis
// is at the view's origin.
func (a *topFigureArt) draw(dst *ebiten.Image, op *ebiten.DrawImageOptions, v View, deg float64, headOnly bool, alpha float32) {
	op.Filter = ebiten.FilterLinear
	op.ColorScale.Reset()
	op.ColorScale.ScaleAlpha(alpha)
	v.GeoM(&op.GeoM, &a.base, motion.Identity)
	dst.DrawImage(a.base.Image, op)
	t := motion.Rotate(deg)
	if headOnly {
		v.GeoM(&op.GeoM, &a.shoulders, motion.Identity)
	} else {
		v.GeoM(&op.GeoM, &a.shoulders, t)
	}
	dst.DrawImage(a.shoulders.Image, op)
	v.GeoM(&op.GeoM, &a.head, t)
	dst.DrawImage(a.head.Image, op)
}

// drawTopFigure draws the small figure seen from above in the bottom right
// corner of the area, its shoulders turned by the low back's twist.
func (s *Scene) drawTopFigure(dst *ebiten.Image, f *Frame, area image.Rectangle, deg float64) {
	fv := s.views
	// Seen from above the figure is small; show it larger than the
	// standing ones.
	fs := s.figure.scale * 1.4
	if fv.spine.Cervical() {
		fs = s.figure.scale * 0.9 // the neck's slices leave less room
	}
	if fv.top == nil || fv.top.scale != fs || fv.top.pal != s.pal {
		if fv.top != nil {
			fv.top.dispose()
		}
		fv.top = newTopFigureArt(fs, s.pal)
	}
	fx := float64(area.Max.X) - 34*fs
	fy := float64(area.Max.Y) - 30*fs
	fv.top.draw(dst, &fv.op, View{Scale: fs, OX: fx, OY: fy}, deg, fv.spine.Cervical(), 0.95)
}
