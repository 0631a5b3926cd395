package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/condition"
	"spinefusion/game/motion"
	"spinefusion/game/text"
)

// The front view of a sideways curve (scoliosis): the curve's bend is added
// to the levels' own, the vertebrae in the curve turn (their pedicles and
// spinous processes move toward the inside of the curve), and two lines
// along the end vertebrae's endplates show its Cobb angle.

// curveAngles adds the panel's curve to the coronal angles and returns the
// bend the small figure shows. In the forward-and-back motion the spine is
// seen from the front standing still, so only the curve is left.
func (s *Scene) curveAngles(f *Frame, which Which, angles []float64, total float64) float64 {
	g := &s.cond.g[which]
	if g.Condition != condition.Scoliosis {
		return total
	}
	if f.State.Motion != "lateral-bending" {
		for i := range angles {
			angles[i] = 0
		}
		total = 0
	}
	g.Curve(angles)
	return total
}

// turnShift is how far (mm, toward the patient's left) the parts behind
// vertebra i's body appear to move on a front view as it turns with the
// curve (the Nash-Moe sign of rotation): the pedicles lie about two thirds
// of the body's depth behind its turning centre.
func (s *Scene) turnShift(which Which, sp *anatomy.Spine, i int) float64 {
	g := &s.cond.g[which]
	t := g.Turn(i)
	if t == 0 {
		return 0
	}
	return -math.Sin(t*math.Pi/180) * sp.Vertebrae[i].Depth * 0.65
}

// coronalBox is the world box the front view fits: the bending sweep, and
// with a curve the curve's sweep too.
func (s *Scene) coronalBox(fv *frontViews, sp *anatomy.Spine) [4]float64 {
	g := &s.cond.g[Before]
	if g.Condition != condition.Scoliosis || g.CurveTop < 0 {
		return fv.bounds
	}
	c := &s.cond
	if c.curveFor == fv && c.curveCobb == g.Cobb {
		return c.curveBox
	}
	b := fv.bounds
	for _, p := range []float64{-1, 0, 1} {
		for i, d := range sp.Discs {
			fv.angles[i] = s.model.ROM.Angle(s.model.ROM.Degrees(d.Level, motion.LateralBending), motion.LateralBending, p)
		}
		g.Curve(fv.angles)
		motion.Pose(sp, motion.Coronal, fv.angles, fv.poses[0])
		growFrontBox(&b, sp, fv.front, fv.poses[0], 10)
	}
	c.curveFor, c.curveCobb, c.curveBox = fv, g.Cobb, b
	return b
}

// drawCobb draws the lines along the upper endplate of the curve's top
// vertebra and the lower endplate of its bottom one, reaching out on the
// side the curve bulges to, and names the angle between them.
func (s *Scene) drawCobb(dst *ebiten.Image, f *Frame, fv *frontViews, which Which, v View, pose []motion.Affine) {
	g := &s.cond.g[which]
	if g.Condition != condition.Scoliosis || g.CurveTop < 0 {
		return
	}
	sp := fv.spine
	u := f.Layout.Unit
	m := &s.cond.mesh
	// The curve bends toward negative angles: its middle bulges to the
	// patient's right, the negative x side.
	side := -1.0
	top, bottom := g.CurveTop, g.CurveBottom
	wt, wb := fv.front.Levels[top].Width, fv.front.Levels[bottom].Width
	reach := 75.0
	x0, y0 := v.Point(pose[top].Apply(wt/2, sp.Vertebrae[top].Height))
	x1, y1 := v.Point(pose[top].Apply(side*(wt/2+reach), sp.Vertebrae[top].Height))
	x2, y2 := v.Point(pose[bottom].Apply(wb/2, 0))
	x3, y3 := v.Point(pose[bottom].Apply(side*(wb/2+reach), 0))
	ink := s.cond.art.ink
	m.segment(x0, y0, x1, y1, 2*u, ink, 0.85)
	m.segment(x2, y2, x3, y3, 2*u, ink, 0.85)
	m.flush(dst)
	if !f.State.Labels {
		return
	}
	// Between the lines' outer ends, clear of the level names.
	size := 14 * u
	s.Text.DrawScaled(dst, f.Texts.Cobb[which], size, true, math.Min(x1, x3)-4*u, (y1+y3)/2-size*0.6, text.Right, s.cond.ink)
}
