package scene

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/motion"
)

// frontFigureShapes are the parts of a small standing person seen from the
// front, in centimetres: the legs and pelvis fixed with the hip joints at
// the origin, the trunk and head bending sideways about the low back
// (pivot), and the arms hanging from the shoulders.
type frontFigureShapes struct {
	legs, trunk, head, arm Shape
	// pivot is the low back, where the trunk bends; shoulder is the left
	// shoulder in the trunk's frame (origin at the pivot).
	pivot, shoulder [2]float64
}

func newFrontFigureShapes() *frontFigureShapes {
	var f frontFigureShapes
	var leg Shape // the pelvis's left half and the left leg
	leg.MoveTo(0, 15)
	leg.QuadTo(15, 15, 16.5, 6)
	leg.QuadTo(17.5, -6, 14, -20)
	leg.QuadTo(11.5, -40, 10.5, -48)
	leg.QuadTo(11, -66, 9, -82)
	leg.QuadTo(15, -85, 14, -88)
	leg.LineTo(4, -88)
	leg.QuadTo(3, -70, 3.5, -48)
	leg.QuadTo(3, -25, 1.5, -12)
	leg.QuadTo(0.8, -9, 0, -9)
	leg.Close()
	f.legs.addBothSides(&leg)

	// The trunk in the frame of the low back: its rounded bottom stays
	// inside the pelvis however it bends.
	f.pivot = [2]float64{0, 10}
	var half Shape
	half.MoveTo(0, -10)
	half.QuadTo(11, -10, 12, 0)
	half.QuadTo(11, 12, 14.5, 24)
	half.QuadTo(17, 33, 19.5, 36)
	half.QuadTo(21, 41.5, 15, 42)
	half.QuadTo(7, 42.5, 4, 45)
	half.LineTo(4, 49)
	half.LineTo(0, 49)
	half.Close()
	f.trunk.addBothSides(&half)
	f.head.MoveTo(-3, 46)
	f.head.LineTo(3, 46)
	f.head.LineTo(3, 50)
	f.head.LineTo(-3, 50)
	f.head.Close()
	f.head.Ellipse(0, 58, 8.5, 10.5)
	f.shoulder = [2]float64{18, 38}

	a := &f.arm
	a.MoveTo(-3, 2)
	a.QuadTo(-5, -26, -3.5, -52)
	a.QuadTo(-4, -60, 0, -60)
	a.QuadTo(4, -60, 3.5, -52)
	a.QuadTo(5, -26, 3, 2)
	a.QuadTo(0, 5, -3, 2)
	a.Close()
	return &f
}

// frontFigureArt is the front figure rasterised at one scale.
type frontFigureArt struct {
	shapes                 *frontFigureShapes
	scale                  float64
	pal                    *Palette
	legs, trunk, head, arm Sprite
}

func newFrontFigureArt(scale float64, pal *Palette) *frontFigureArt {
	f := newFrontFigureShapes()
	lay := func(s *Shape) Sprite {
		return rasterise(scale, layer{shape: s, fill: pal.Figure, stroke: 1.2, line: pal.FigureLine})
	}
	return &frontFigureArt{shapes: f, scale: scale, pal: pal, legs: lay(&f.legs), trunk: lay(&f.trunk), head: lay(&f.head), arm: lay(&f.arm)}
}

func (a *frontFigureArt) dispose() {
	deallocate(a.legs, a.trunk, a.head, a.arm)
}

// draw draws the figure with its trunk bent sideways by tilt degrees
// (positive toward the viewer's left, as the spine bends) about the low
// back, and its head by tilt2 degrees more about the base of the neck; the
// hip joints lie at the view's origin.
func (a *frontFigureArt) draw(dst *ebiten.Image, op *ebiten.DrawImageOptions, v View, tilt, tilt2 float64, alpha float32) {
	op.Filter = ebiten.FilterLinear
	op.ColorScale.Reset()
	op.ColorScale.ScaleAlpha(alpha)
	sh := a.shapes
	trunk := motion.Rotate(tilt).Then(motion.Translate(sh.pivot[0], sh.pivot[1]))
	v.GeoM(&op.GeoM, &a.legs, motion.Identity)
	dst.DrawImage(a.legs.Image, op)
	head := motion.Translate(0, -46).Then(motion.Rotate(tilt2)).Then(motion.Translate(0, 46)).Then(trunk)
	v.GeoM(&op.GeoM, &a.head, head)
	dst.DrawImage(a.head.Image, op)
	v.GeoM(&op.GeoM, &a.trunk, trunk)
	dst.DrawImage(a.trunk.Image, op)
	// The arms hang straight down from the shoulders wherever the trunk
	// takes them.
	for _, side := range []float64{-1, 1} {
		x, y := trunk.Apply(side*sh.shoulder[0], sh.shoulder[1])
		v.GeoM(&op.GeoM, &a.arm, motion.Translate(x+side*0.5, y))
		dst.DrawImage(a.arm.Image, op)
	}
}

// figureCorner returns the scale (pixels per cm) and origin of a small
// figure standing in the bottom right corner of a spine area, its hip
// joints hip cm above its feet, and draws the ground under it.
func (s *Scene) figureCorner(dst *ebiten.Image, f *Frame, area image.Rectangle, hip float64) (float64, float64, float64) {
	// Room at the side for the arm of a figure bending toward the edge.
	fs := s.figure.scale
	figH := 160 * fs
	maxH := float64(area.Dy()) * 0.55
	if figH > maxH {
		fs *= maxH / figH
	}
	fx := float64(area.Max.X) - 40*fs
	fy := float64(area.Max.Y) - hip*fs
	m := &s.views.mesh
	y := float64(area.Max.Y)
	m.segment(fx-30*fs, y, fx+30*fs, y, 2*f.Layout.Unit, s.pal.Ground, 1)
	m.flush(dst)
	return fs, fx, fy
}

// drawFrontFigure draws the small figure seen from the front, bending
// sideways with the low back's total bend in degrees.
func (s *Scene) drawFrontFigure(dst *ebiten.Image, f *Frame, area image.Rectangle, total float64) {
	fv := s.views
	if fv.figure == nil || fv.figure.scale != s.figure.scale || fv.figure.pal != s.pal {
		if fv.figure != nil {
			fv.figure.dispose()
		}
		fv.figure = newFrontFigureArt(s.figure.scale, s.pal)
	}
	fs, fx, fy := s.figureCorner(dst, f, area, 88)
	if fv.spine.Cervical() {
		// The neck bends the head alone.
		fv.figure.draw(dst, &fv.op, View{Scale: fs, OX: fx, OY: fy}, 0, total, 0.95)
		return
	}
	fv.figure.draw(dst, &fv.op, View{Scale: fs, OX: fx, OY: fy}, total, 0, 0.95)
}
