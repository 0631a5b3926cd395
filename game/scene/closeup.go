package scene

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/text"
)

// closeUp is a magnified view of the level a condition affects, drawn
// beside the spine before surgery, so that a worn disc, a bone spur, a
// slip or a pinched nerve is plain to see at any size: the same pose drawn
// again at a larger scale, clipped to a box, with the labels naming what is
// wrong.
type closeUp struct {
	// art and cond are the spine's and the condition's pictures at the
	// close-up's scale.
	art  *SpineArt
	cond *conditionArt
	// sub is the screen clipped to the box rect, kept while both last.
	sub     *ebiten.Image
	subDst  *ebiten.Image
	subRect image.Rectangle
	// rect is the box on screen of the panel's close-up, empty for none;
	// scale its pixels per mm and fx, fy the world point at its middle.
	rect          image.Rectangle
	scale, fx, fy float64
	// active is set while the close-up's marks are drawn.
	active bool
	// room is the last box closeUpRect found and what it was found for:
	// finding it poses the spine many times, and it changes only with the
	// layout, the view or the condition, not with the posture.
	room    image.Rectangle
	roomFor roomKey
}

// roomKey is what the close-up's box depends on.
type roomKey struct {
	area        image.Rectangle
	v           View
	u, figScale float64
	bounds      [4]float64
	spine       *anatomy.Spine
	deform      motion.Deform
}

// closeUpRect is where the close-up goes in a panel's spine area: right of
// the spine's box, either beside the small figure or above it, whichever
// gives the larger box; empty when there is too little room.
func (s *Scene) closeUpRect(area image.Rectangle, v View, u float64) image.Rectangle {
	z := &s.cond.zoom
	k := roomKey{area: area, v: v, u: u, figScale: s.figure.scale, bounds: s.bounds, spine: s.art.spine, deform: s.cond.deform[Before]}
	if k != z.roomFor || k.spine == nil {
		z.room, z.roomFor = s.findCloseUpRect(area, v, u), k
	}
	return z.room
}

// findCloseUpRect finds closeUpRect's box.
func (s *Scene) findCloseUpRect(area image.Rectangle, v View, u float64) image.Rectangle {
	right := v.OX + s.bounds[2]*v.Scale
	x0 := int(right + 4*u)
	x1 := area.Max.X - int(6*u)
	y0 := area.Min.Y + int(4*u)
	// The figure stands at the bottom right (see drawPanel).
	fs := s.figure.scale
	figH := math.Min(160*fs, float64(area.Dy())*0.55)
	figLeft := area.Max.X - int(62*fs)
	figTop := area.Max.Y - int(figH*1.08)
	best := image.Rectangle{}
	for _, c := range []image.Rectangle{
		image.Rect(x0, y0, figLeft-int(6*u), area.Min.Y+int(float64(area.Dy())*0.62)),
		image.Rect(x0, y0, x1, figTop-int(6*u)),
	} {
		side := min(c.Dx(), c.Dy()*5/4)
		if side > min(best.Dx(), best.Dy()*5/4) {
			w := min(side, int(320*u))
			h := min(c.Dy(), w)
			best = image.Rect(c.Max.X-w, c.Min.Y, c.Max.X, c.Min.Y+h)
		}
	}
	if best.Dx() < int(140*u) || best.Dy() < int(110*u) {
		// In a narrow panel: a square above the figure, as large as the
		// spine's sweep leaves free beside it at that height.
		best = image.Rectangle{}
		s.sweepBoxes(v)
		for w := min(int(260*u), x1-x0+int(float64(area.Dx())*0.3)); w >= int(130*u); w -= int(10 * u) {
			r := image.Rect(x1-w, figTop-int(6*u)-w, x1, figTop-int(6*u))
			if r.Min.Y < y0 {
				r = r.Add(image.Pt(0, y0-r.Min.Y))
			}
			if r.Max.Y > figTop && r.Min.X < figLeft {
				continue
			}
			if float64(r.Min.X) > s.sweepRight(float64(r.Min.Y), float64(r.Max.Y))+4*u {
				return r
			}
		}
		return image.Rectangle{}
	}
	return best
}

// sweptBox is a vertebra's extent on screen in one of the poses the
// spine sweeps through: its top and bottom and its rightmost x (the body
// and the processes behind it).
type sweptBox struct{ lo, hi, x float64 }

// sweepBoxes poses the spine bent fully forward, upright and fully back,
// and keeps each vertebra's box on screen in each pose (cond.swept), so
// that sweepRight can search one band after another without posing the
// spine again for each (a dozen candidate boxes in a narrow panel).
func (s *Scene) sweepBoxes(v View) {
	sp := s.art.spine
	c := &s.cond
	if len(c.sweep) != len(sp.Vertebrae) {
		c.sweep = make([]motion.Affine, len(sp.Vertebrae))
		c.sweepAngles = make([]float64, len(sp.Discs))
	}
	def := c.deform[Before]
	c.swept = c.swept[:0]
	for _, p := range []float64{-1, 0, 1} {
		for i, d := range sp.Discs {
			c.sweepAngles[i] = s.model.ROM.Angle(s.model.ROM.Degrees(d.Level, motion.FlexionExtension), motion.FlexionExtension, p)
		}
		motion.PoseDeformed(sp, motion.Sagittal, c.sweepAngles, &def, c.sweep)
		for i, vt := range sp.Vertebrae {
			b := sweptBox{lo: math.Inf(1), hi: math.Inf(-1), x: math.Inf(-1)}
			for _, q := range [][2]float64{{-vt.Depth / 2, 0}, {-vt.Depth / 2, vt.Height}, {vt.Depth/2 + 60, vt.Height}, {vt.Depth/2 + 60, 0}} {
				y := q[1]
				if vt.Sacrum {
					y = -y
				}
				sx, sy := v.Point(c.sweep[i].Apply(q[0], y))
				b.lo, b.hi, b.x = math.Min(b.lo, sy), math.Max(b.hi, sy), math.Max(b.x, sx)
			}
			c.swept = append(c.swept, b)
		}
	}
}

// sweepRight is the rightmost screen x the spine reaches, bent fully
// forward, upright or fully back, between screen heights y0 and y1, from
// the boxes sweepBoxes kept.
func (s *Scene) sweepRight(y0, y1 float64) float64 {
	right := math.Inf(-1)
	for _, b := range s.cond.swept {
		if b.hi >= y0 && b.lo <= y1 {
			right = math.Max(right, b.x)
		}
	}
	return right
}

// planCloseUp decides whether the panel shows a close-up and where: only
// before surgery, with room beside the spine, and when it magnifies enough.
func (s *Scene) planCloseUp(c *spineCtx, area image.Rectangle) {
	z := &s.cond.zoom
	z.rect = image.Rectangle{}
	g := &s.cond.g[c.which]
	if c.which != Before || !g.Shown || (g.Disc < 0 && g.Bone < 0) {
		return
	}
	u := c.f.Layout.Unit
	r := s.closeUpRect(area, c.v, u)
	if r.Empty() {
		return
	}
	sp := c.sp
	// What to show: the affected disc with the bone above and below it, or
	// the broken bone; about 80 mm across, from the front of the bodies to
	// the joints behind the canal.
	if i := g.Disc; i >= 0 {
		lo := sp.Vertebrae[i+1]
		z.fx, z.fy = c.pose[i+1].Apply(lo.Depth*0.1, lowerTop(lo)+sp.Discs[i].Height/2)
	} else {
		b := sp.Vertebrae[g.Bone]
		z.fx, z.fy = c.pose[g.Bone].Apply(b.Depth*0.1, b.Height/2)
	}
	z.scale = math.Floor(float64(r.Dx())/82*10) / 10
	if z.scale < c.v.Scale*1.4 {
		return // not much of a close-up
	}
	z.rect = r
}

// drawCloseUp draws the planned close-up of the affected level.
func (s *Scene) drawCloseUp(dst *ebiten.Image, c *spineCtx, d *spineDrawer) {
	z := &s.cond.zoom
	r := z.rect
	if r.Empty() {
		return
	}
	u := c.f.Layout.Unit
	sp := c.sp
	scale, fx, fy := z.scale, z.fx, z.fy
	cx, cy := float64(r.Min.X+r.Max.X)/2, float64(r.Min.Y+r.Max.Y)/2
	v := View{Scale: scale, OX: cx - fx*scale, OY: cy + fy*scale}
	if !z.art.Matches(sp, scale, s.pal) {
		if z.art != nil {
			z.art.Dispose()
		}
		z.art = NewSpineArt(sp, scale, s.pal)
	}
	key := s.cond.art.key
	key.scale = scale
	if z.cond == nil || z.cond.key != key {
		if z.cond != nil {
			z.cond.dispose()
		}
		z.cond = newConditionArt(key, &s.cond.g)
	}
	if z.sub == nil || z.subDst != dst || z.subRect != r {
		sub, ok := dst.SubImage(r).(*ebiten.Image)
		if !ok {
			return // a disposed image (the first frame's dry pass, game.warm)
		}
		z.sub, z.subDst, z.subRect = sub, dst, r
	}
	pal := s.pal
	// Mark the region on the spine, then draw the box.
	hw, hh := float64(r.Dx())/2/scale, float64(r.Dy())/2/scale
	mx0, my0 := c.v.Point(fx-hw, fy+hh)
	mx1, my1 := c.v.Point(fx+hw, fy-hh)
	strokeRect(dst, image.Rect(int(mx0), int(my0), int(mx1), int(my1)), float32(1.5*u), pal.TextSoft)
	m := &s.cond.mesh
	m.segment(mx1, my0, float64(r.Min.X), float64(r.Min.Y), 1.2*u, pal.TextSoft, 0.7)
	m.segment(mx1, my1, float64(r.Min.X), float64(r.Max.Y), 1.2*u, pal.TextSoft, 0.7)
	m.flush(dst)
	fillRect(dst, r, pal.Panel)

	zc := *c
	zc.v, zc.art = v, z.art
	main := s.cond.art
	s.cond.art = z.cond
	sub := z.sub
	d.drawBack(sub, z.art, v, c.pose, s.conditionHidden(c.which))
	s.drawConditionBack(sub, &zc, d)
	s.drawConditionBones(sub, &zc, d)
	d.drawRoots(sub, z.art, v, c.pose)
	z.active = true
	s.drawConditionMarks(sub, &zc)
	z.active = false
	s.cond.art = main
	strokeRect(dst, r, float32(1.5*u), pal.TextSoft)
	var soft ebiten.ColorScale
	soft.ScaleWithColor(pal.TextSoft)
	s.Text.DrawScaled(dst, c.f.Lang.T("condition.closeup"), 11*u, false, float64(r.Min.X)+5*u, float64(r.Min.Y)+3*u, text.Left, soft)
}

// closeUpLabel writes a label in the close-up near the point (px, py) it
// names, on a light backing, with a short leader; row moves it down by
// lines so that labels of nearby parts do not overlap.
func (s *Scene) closeUpLabel(dst *ebiten.Image, c *spineCtx, str string, px, py float64, row int) {
	r := s.cond.zoom.rect
	u := c.f.Layout.Unit
	size := 13 * u
	w, h := s.Text.Measure(str, size, true)
	// Toward the nearer side of the box.
	x := px + 16*u
	if px < float64(r.Min.X+r.Max.X)/2 {
		x = px - 16*u - float64(w)
	}
	y := py - float64(h)/2 + float64(row)*size*1.6
	x = math.Max(float64(r.Min.X)+5*u, math.Min(x, float64(r.Max.X)-float64(w)-5*u))
	y = math.Max(float64(r.Min.Y)+18*u, math.Min(y, float64(r.Max.Y)-float64(h)-4*u))
	m := &s.cond.mesh
	ex := x
	if ex < px {
		ex = x + float64(w)
	}
	m.segment(px, py, ex, y+float64(h)/2, 1.6*u, s.pal.Text, 0.9)
	m.flush(dst)
	back := image.Rect(int(x-3*u), int(y-1*u), int(x+float64(w)+3*u), int(y+float64(h)+1*u))
	fillRect(dst, back, s.pal.Panel)
	strokeRect(dst, back, float32(u), s.pal.PanelLine)
	s.Text.DrawScaled(dst, str, size, true, x, y, text.Left, s.cond.ink)
}
