package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/condition"
	"spinefusion/game/motion"
	"spinefusion/game/state"
	"spinefusion/game/text"
)

// conditionScene is what the scene keeps to draw the state's condition:
// its geometry on each panel, the deform that poses it, its art and the
// buffers the drawing reuses.
type conditionScene struct {
	g      [2]condition.Geometry
	deform [2]motion.Deform
	art    *conditionArt
	mesh   triMesh
	op     ebiten.DrawImageOptions
	ink    ebiten.ColorScale
	// eff is the state drawn (see model.Effective) and frame the frame
	// that points to it.
	eff   state.State
	frame Frame
	// curveBox is the front view's box with the curve, made for the
	// views curveFor and the angle curveCobb.
	curveBox  [4]float64
	curveFor  *frontViews
	curveCobb float64
	// bounds is the side view's box without the condition.
	bounds [4]float64
	// zoom is the close-up of the affected level (see closeup.go);
	// sweep and sweepAngles are scratch for finding room for it.
	zoom closeUp
	// fixed holds the after panel's words wrapped to the room they have.
	fixed struct {
		text  string
		width int
		size  float64
		lines []string
	}
	sweep       []motion.Affine
	sweepAngles []float64
	swept       []sweptBox // see sweepBoxes
}

// conditionBounds is the side view's box with room for the condition: a
// vertebra slipping forward carries the spine above it forward.
func (s *Scene) conditionBounds() [4]float64 {
	b := s.cond.bounds
	g := &s.cond.g[Before]
	if g.Slip > 0 && g.Disc >= 0 {
		var most condition.Geometry
		st := s.cond.frame.State
		s.model.Conditions.Compute(s.model.Spine(st), st, false, 1, &most)
		b[0] -= most.Slip + 2
	}
	return b
}

// prepareCondition works out the condition on both panels for the frame
// and makes sure its art is ready at the scale.
func (s *Scene) prepareCondition(f *Frame, sp *anatomy.Spine, scale float64) {
	c := &s.cond
	key := keyOf(sp, scale, s.pal, &c.g)
	if c.art == nil || c.art.key != key {
		if c.art != nil {
			c.art.dispose()
		}
		c.art = newConditionArt(key, &c.g)
		c.ink.Reset()
		c.ink.ScaleWithColor(s.pal.Text)
	}
}

// conditionGeometry works out the condition on both panels of the frame.
func (s *Scene) conditionGeometry(f *Frame) {
	c := &s.cond
	for w := range c.g {
		s.model.Condition(f.State, w == int(After), &c.g[w])
		c.deform[w] = c.g[w].Deform()
	}
}

// conditionHidden is the mask of discs the condition draws itself on the
// panel (a worn disc, in its own colours).
func (s *Scene) conditionHidden(which Which) uint64 {
	g := &s.cond.g[which]
	if g.Condition == condition.Degenerative && !g.After && g.Disc >= 0 {
		return 1 << g.Disc
	}
	return 0
}

// drawConditionBack draws what the condition puts behind the bones: the
// worn disc, dark and flat, and the outline of bone an earlier operation
// took out.
func (s *Scene) drawConditionBack(dst *ebiten.Image, c *spineCtx, d *spineDrawer) {
	cs := &s.cond
	g, a := &cs.g[c.which], cs.art
	if m := s.conditionHidden(c.which); m != 0 {
		d.vs, d.is = d.vs[:0], d.is[:0]
		d.appendDiscIn(c.art, c.v, c.pose, g.Disc, &a.worn)
		dst.DrawTriangles(d.vs, d.is, whitePixel, &d.triOp)
	}
	if g.Laminectomy && g.Bone >= 0 {
		s.placeCondition(dst, &a.removed, c, c.pose[g.Bone], 0.8)
	}
}

// drawConditionBones draws the bones with the condition's own standing in
// (a wedged or a cut vertebra), then the bone spurs, the herniated nucleus
// and the glow of a pinched nerve root.
func (s *Scene) drawConditionBones(dst *ebiten.Image, c *spineCtx, d *spineDrawer) {
	cs := &s.cond
	g, a := &cs.g[c.which], cs.art
	i := a.key.bone[c.which]
	if i >= 0 && a.bone[c.which].Image != nil {
		// The condition's bone stands in for the normal one while this
		// panel draws.
		normal := c.art.bones[i].bone
		c.art.bones[i].bone = a.bone[c.which]
		d.drawBones(dst, c.art, c.v, c.pose)
		c.art.bones[i].bone = normal
	} else {
		d.drawBones(dst, c.art, c.v, c.pose)
	}
	if g.Disc < 0 {
		return
	}
	if g.Spur > 0 {
		s.placeCondition(dst, &a.spurUp, c, c.pose[g.Disc], 1)
		s.placeCondition(dst, &a.spurLo, c, c.pose[g.Disc+1], 1)
	}
	if g.Pinched {
		s.placeCondition(dst, &a.glow, c, c.pose[g.Disc], 0.75)
	}
	if g.Herniation > 0 {
		s.placeCondition(dst, &a.herniation, c, c.pose[g.Disc+1], 1)
	}
}

// placeCondition draws one of the condition's sprites placed by t.
func (s *Scene) placeCondition(dst *ebiten.Image, sp *Sprite, c *spineCtx, t motion.Affine, alpha float32) {
	if sp.Image == nil {
		return
	}
	op := &s.cond.op
	op.Filter = ebiten.FilterLinear
	op.ColorScale.Reset()
	op.ColorScale.ScaleAlpha(alpha)
	c.v.GeoM(&op.GeoM, sp, t)
	dst.DrawImage(sp.Image, op)
}

// drawConditionMarks draws over everything: the jagged ring around a
// pinched nerve, the line that shows a slip, and the labels naming what is
// wrong (before) or what the fusion did (after).
func (s *Scene) drawConditionMarks(dst *ebiten.Image, c *spineCtx) {
	cs := &s.cond
	g, a := &cs.g[c.which], cs.art
	sp, v, pose := c.sp, c.v, c.pose
	if g.Pinched && g.Disc >= 0 {
		s.placeCondition(dst, &a.jag, c, pose[g.Disc], 1)
	}
	m := &cs.mesh
	u := c.f.Layout.Unit
	if g.Slip > 0.5 && g.Disc >= 0 && !g.After {
		// The back wall of the bone below, carried on upward, dashed: the
		// bone above stands forward of it by the slip.
		lo, up := sp.Vertebrae[g.Disc+1], sp.Vertebrae[g.Disc]
		top := lowerTop(lo)
		back := lo.Depth / 2
		h := sp.Discs[g.Disc].Height + up.Height*0.9
		const dashes = 7
		// The front wall too: the bone above juts out in front of it.
		for _, x := range []float64{back, -back} {
			for k := 0; k < dashes; k++ {
				y0 := top + h*float64(2*k)/(2*dashes-1)
				y1 := top + h*float64(2*k+1)/(2*dashes-1)
				x0, sy0 := v.Point(pose[g.Disc+1].Apply(x, y0))
				x1, sy1 := v.Point(pose[g.Disc+1].Apply(x, y1))
				m.segment(x0, sy0, x1, sy1, 2*u, a.ink, 0.9)
			}
		}
		m.flush(dst)
	}
	if !c.f.State.Labels {
		return
	}
	inZoom := cs.zoom.active
	if !g.After && !inZoom && !cs.zoom.rect.Empty() {
		return // the close-up names the parts
	}
	col := s.labelColumn(c)
	lab := func(key string, bone int, x, y float64, row int) {
		if bone < 0 {
			return
		}
		px, py := v.Point(pose[bone].Apply(x, y))
		if inZoom {
			s.closeUpLabel(dst, c, c.f.Lang.T(key), px, py, row)
			return
		}
		s.conditionLabel(dst, c, c.f.Lang.T(key), px, py, col, row)
	}
	if g.After {
		s.drawFixed(dst, c, col)
		return
	}
	back := func(i int) float64 { return sp.Vertebrae[i].Depth / 2 }
	switch g.Condition {
	case condition.Degenerative:
		lab("condition.label.disc", g.Disc, 0, -sp.Discs[g.Disc].Height*g.HeightScale/2, 1)
		lab("condition.label.spurs", g.Disc, back(g.Disc)+g.Spur*0.6, -g.Spur*0.8, 2)
	case condition.Herniated:
		lab("condition.label.herniation", g.Disc+1, back(g.Disc+1)+g.Herniation-2, lowerTop(sp.Vertebrae[g.Disc+1])+2, 2)
	case condition.Spondylolisthesis:
		lab("condition.label.slip", g.Disc, -back(g.Disc), 1, 2)
	case condition.Fracture:
		v := sp.Vertebrae[g.Bone]
		lab("condition.label.fracture", g.Bone, 0, v.Height*(1-g.FrontLoss)*0.7, 0)
	case condition.FailedSurgery:
		p := sp.Posterior
		h := sp.Vertebrae[g.Bone].Height
		lab("condition.label.laminectomy", g.Bone, back(g.Bone)+p.PedicleLength+14, h*0.6, -1)
		lab("condition.label.slip", g.Disc, -back(g.Disc), 1, 2)
	}
	if g.Pinched && g.Disc >= 0 {
		lab("condition.label.pinched", g.Disc, a.jagX+6, a.jagY+4, -1)
	}
}

// conditionLevel is the index of the vertebra that the condition's labels
// and text line up with on the panel's spine: the one above the affected
// disc, or else the affected bone (the top one if there is neither).
func (s *Scene) conditionLevel(c *spineCtx) int {
	g := &s.cond.g[c.which]
	if g.Disc >= 0 {
		return g.Disc
	}
	return max(g.Bone, 0)
}

// labelColumn is the screen x where the condition's labels start: beside
// the tips of the spinous processes at the affected level.
func (s *Scene) labelColumn(c *spineCtx) float64 {
	i := s.conditionLevel(c)
	vt := c.sp.Vertebrae[i]
	p := c.sp.Posterior
	reach := vt.Depth/2 + p.PedicleLength + p.SpinousLength + 18
	x, _ := c.v.Point(c.pose[i].Apply(reach, 0))
	x0, _ := c.v.Point(c.pose[i+1].Apply(reach, 0))
	return math.Max(x, x0)
}

// conditionLabel writes a label in the column at x, on the given row around
// the affected level, with a leader line to the point (px, py) it names
// (none when px is 0).
func (s *Scene) conditionLabel(dst *ebiten.Image, c *spineCtx, str string, px, py, x float64, row int) {
	u := c.f.Layout.Unit
	size := 13 * u
	i := s.conditionLevel(c)
	_, base := c.v.Point(c.pose[i].Apply(0, 0))
	y := base + float64(row)*size*1.9 - size*0.6
	// On a small panel a label shrinks a little to stay inside it (its
	// margin included); one that still would be cut off is left out.
	inside := c.panel.Inset(-c.f.Layout.Margin)
	room := float64(inside.Max.X) - x
	if w, _ := s.Text.Measure(str, size, true); float64(w) > room {
		size *= max(0.75, room/float64(w))
		y = base + float64(row)*size*1.9 - size*0.6
		if w, _ = s.Text.Measure(str, size, true); float64(w) > room {
			return
		}
	}
	if y < float64(inside.Min.Y) || y+size*1.3 > float64(inside.Max.Y) {
		return
	}
	if px != 0 {
		m := &s.cond.mesh
		m.segment(px, py, x-4*u, y+size*0.6, 1.4*u, s.pal.TextSoft, 0.9)
		m.flush(dst)
	}
	s.Text.DrawScaled(dst, str, size, true, x, y, text.Left, s.cond.ink)
}

// drawFixed writes what the fusion did beside the affected level of the
// spine after surgery, wrapped to the room left of the small figure.
func (s *Scene) drawFixed(dst *ebiten.Image, c *spineCtx, x float64) {
	u := c.f.Layout.Unit
	size := 13 * u
	width := c.panel.Max.X - int(x) - int(8*u)
	if s.figure != nil {
		width -= int(70 * s.figure.scale)
	}
	width = max(width, int(90*u))
	fx := &s.cond.fixed
	str := c.f.Texts.ConditionFixed
	if str == "" {
		return // a healthy spine: the fusion fixed nothing to point at
	}
	if fx.text != str || fx.width != width || fx.size != size {
		fx.text, fx.width, fx.size = str, width, size
		fx.lines = s.Text.Wrap(str, size, true, width)
	}
	i := s.conditionLevel(c)
	_, y := c.v.Point(c.pose[i].Apply(0, 0))
	y -= float64(len(fx.lines)) * size * 0.7
	for _, l := range fx.lines {
		s.Text.DrawScaled(dst, l, size, true, x, y, text.Left, s.cond.ink)
		y += size * 1.35
	}
}
