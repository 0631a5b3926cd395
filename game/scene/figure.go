package scene

import (
	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/motion"
)

// figureShapes are the parts of a small standing person in side view, facing
// left, in centimetres: legs fixed at the hip joint (the origin), the trunk
// turning about it, the head nodding about the base of the neck, and an arm
// hanging from the shoulder.
type figureShapes struct {
	legs, trunk, head, arm Shape
	shoulder, neck         [2]float64
}

func newFigureShapes() *figureShapes {
	var f figureShapes
	l := &f.legs
	l.MoveTo(-7, 3)
	l.QuadTo(-9, -20, -6, -44)
	l.QuadTo(-7, -66, -4, -83)
	l.QuadTo(-15, -84, -16, -88)
	l.LineTo(5, -88)
	l.QuadTo(6, -84, 3, -82)
	l.QuadTo(8, -64, 4, -46)
	l.QuadTo(8, -30, 9, -8)
	l.QuadTo(10, 2, 4, 5)
	l.Close()

	t := &f.trunk
	t.MoveTo(-8, -2)
	t.QuadTo(-12, 16, -10, 28)
	t.QuadTo(-12, 42, -6, 49)
	t.QuadTo(-3, 52, -3, 55)
	t.LineTo(3, 55)
	t.QuadTo(4, 51, 8, 47)
	t.QuadTo(12, 38, 8, 26)
	t.QuadTo(4, 16, 9, 6)
	t.QuadTo(10, -3, 2, -6)
	t.Close()
	h := &f.head
	h.MoveTo(-3, 50)
	h.LineTo(3, 50)
	h.LineTo(3, 57)
	h.LineTo(-3, 57)
	h.Close()
	h.Ellipse(-2, 65, 9, 10.5)
	h.MoveTo(-10.5, 66)
	h.LineTo(-13, 62)
	h.LineTo(-10, 61)
	h.Close()
	f.shoulder = [2]float64{1, 46}
	f.neck = [2]float64{0, 50}

	a := &f.arm
	a.MoveTo(-4, 2)
	a.QuadTo(-5, -26, -5, -52)
	a.QuadTo(-5, -60, -1, -60)
	a.QuadTo(3, -60, 3, -52)
	a.QuadTo(4, -26, 4, 2)
	a.QuadTo(0, 5, -4, 2)
	a.Close()
	return &f
}

// figureArt is the figure rasterised at one scale, cut from one sheet so
// that it is drawn in one call.
type figureArt struct {
	shapes                 *figureShapes
	scale                  float64
	legs, trunk, head, arm Sprite
	sheet                  spriteSheet
	batch                  quadBatch
}

func newFigureArt(scale float64, pal *Palette) *figureArt {
	a := &figureArt{shapes: newFigureShapes(), scale: scale}
	for _, p := range []struct {
		sprite *Sprite
		shape  *Shape
	}{{&a.legs, &a.shapes.legs}, {&a.trunk, &a.shapes.trunk}, {&a.head, &a.shapes.head}, {&a.arm, &a.shapes.arm}} {
		a.sheet.add(p.sprite, scale, layer{shape: p.shape, fill: pal.Figure, stroke: 1.2, line: pal.FigureLine})
	}
	a.sheet.build()
	return a
}

func (a *figureArt) dispose() { a.sheet.dispose() }

// draw draws the figure with its trunk turned by tilt degrees (forward
// positive) about the hip, which lies at the view's origin, and its head by
// nod degrees more about the base of the neck.
func (a *figureArt) draw(dst *ebiten.Image, v View, tilt, nod float64, alpha float32) {
	var cs ebiten.ColorScale
	cs.ScaleAlpha(alpha)
	place := func(sp *Sprite, t motion.Affine) {
		var g ebiten.GeoM
		v.GeoM(&g, sp, t)
		a.batch.sprite(dst, sp, &g, cs)
	}
	// The far arm first, then legs and trunk, then the near arm.
	trunk := motion.Rotate(tilt)
	sx, sy := trunk.Apply(a.shapes.shoulder[0], a.shapes.shoulder[1])
	place(&a.arm, motion.Translate(sx+1.5, sy))
	place(&a.legs, motion.Identity)
	n := a.shapes.neck
	place(&a.head, motion.Translate(-n[0], -n[1]).Then(motion.Rotate(nod)).Then(motion.Translate(n[0], n[1])).Then(trunk))
	place(&a.trunk, trunk)
	place(&a.arm, motion.Translate(sx-1, sy))
	a.batch.flush()
}
