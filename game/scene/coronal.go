package scene

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/surgery"
	"spinefusion/game/text"
)

// The front (coronal) view: the lumbar spine seen from the front, bending
// sideways, drawn as on an X-ray: the pedicles and spinous processes show
// faintly through the bodies.

// coronalBone is one vertebra's pictures from the front: the transverse
// processes behind the discs, the bone, the parts seen through it, the
// nerve roots and the pedicle (or lateral mass) screws; in the neck, the
// heads of an anterior plate's screws.
type coronalBone struct {
	back, bone, ghost, root, screws Sprite
	plateScrews                     Sprite
}

// coronalArt is the front view rasterised at one scale.
type coronalArt struct {
	scale float64
	pal   *Palette
	bones []coronalBone
	parts []FrontParts
	// cages holds, for each approach with a cage, one sprite per disc in
	// the frame of the bone below it.
	cages map[string][]Sprite
}

func newCoronalArt(fv *frontViews, scale float64, pal *Palette) *coronalArt {
	sp := fv.spine
	a := &coronalArt{scale: scale, pal: pal, cages: map[string][]Sprite{}}
	ic := implantColorsFor(pal)
	for i, v := range sp.Vertebrae {
		below := 0.0
		if i < len(sp.Discs) {
			below = sp.Discs[i].Height
		}
		l := fv.front.Levels[i]
		p := FrontBone(v, l, sp.Posterior, below, uint64(i+1))
		var screw, heads, sockets Shape
		if sp.Cervical() {
			cervicalFront(&p, v, l, below, i == len(sp.Vertebrae)-1)
			lateralMassFront(&screw, p.Pedicle[0], p.Pedicle[1], fv.screwSize(i))
			plateFrontScrews(&heads, &sockets, plateHoleY(fv, i), &fv.hardware.Cervical)
		} else {
			screwFront(&screw, p.Pedicle[0], p.Pedicle[1], p.PedicleW, l.PedicleAngle, fv.screwSize(i))
		}
		a.parts = append(a.parts, p)
		line := 0.55
		a.bones = append(a.bones, coronalBone{
			back: rasterise(scale, layer{shape: &p.Transverse, fill: pal.Process, stroke: 2 * line, line: pal.BoneLine}),
			bone: rasterise(scale,
				layer{shape: &p.Body, fill: pal.Cortex, stroke: 2 * line, line: pal.BoneLine},
				layer{shape: &p.Cancellous, fill: pal.Spongy},
				layer{shape: &p.Trabeculae, fill: pal.Trabecula},
				layer{shape: &p.Marks, fill: pal.Marks},
			),
			ghost: rasterise(scale,
				layer{shape: &p.Pedicles, fill: pal.Arch, stroke: 2 * line, line: pal.BoneLine},
				layer{shape: &p.Spinous, fill: pal.Arch, stroke: 2 * line, line: pal.BoneLine},
			),
			root:   rasterise(scale, layer{shape: &p.Roots, fill: pal.Nerve, stroke: 0.9, line: pal.NerveLine}),
			screws: rasterise(scale, layer{shape: &screw, fill: ic.Metal, stroke: 0.8, line: ic.MetalLine}),
			plateScrews: rasterise(scale, layer{shape: &heads, fill: ic.Metal, stroke: 0.6, line: ic.MetalLine},
				layer{shape: &sockets, fill: ic.MetalLine}),
		})
	}
	for _, ap := range []string{surgery.TLIF, surgery.PLIF, surgery.ALIF, surgery.ACDF} {
		sprites := make([]Sprite, len(sp.Discs))
		for i, d := range sp.Discs {
			lo := sp.Vertebrae[i+1]
			y0 := lo.Height
			if lo.Sacrum {
				y0 = 0
			}
			var cage, marks Shape
			cageFront(&cage, &marks, ap, y0, d.Height, (fv.front.Levels[i].Width+fv.front.Levels[i+1].Width)/2)
			sprites[i] = rasterise(scale,
				layer{shape: &cage, fill: ic.Peek, stroke: 0.8, line: ic.PeekLine},
				layer{shape: &marks, fill: ic.Marker})
		}
		a.cages[ap] = sprites
	}
	return a
}

func (a *coronalArt) dispose() {
	for _, b := range a.bones {
		deallocate(b.back, b.bone, b.ghost, b.root, b.screws, b.plateScrews)
	}
	for _, ss := range a.cages {
		deallocate(ss...)
	}
}

// growFrontBox grows the world box b to hold every vertebra of sp posed by
// pose and seen from the front (as wide as its transverse processes, and 2
// mm more on each side), with margin mm more at the sides and at the top.
func growFrontBox(b *[4]float64, sp *anatomy.Spine, front *anatomy.Front, pose []motion.Affine, margin float64) {
	for i, v := range sp.Vertebrae {
		hs := front.Levels[i].TransverseSpan/2 + 2
		y0, y1 := 0.0, v.Height
		if v.Sacrum {
			y0, y1 = -v.Height, 0
		}
		for _, c := range [][2]float64{{-hs, y0}, {-hs, y1}, {hs, y1}, {hs, y0}} {
			x, y := pose[i].Apply(c[0], c[1])
			b[0], b[1] = math.Min(b[0], x-margin), math.Min(b[1], y)
			b[2], b[3] = math.Max(b[2], x+margin), math.Max(b[3], y+margin)
		}
	}
}

// coronalBounds is the world box (min x, min y, max x, max y, mm) the spine
// sweeps in the coronal plane from full bending to one side to the other.
// It poses the spine into pose, using angles as scratch.
func coronalBounds(sp *anatomy.Spine, front *anatomy.Front, rom *motion.Table, angles []float64, pose []motion.Affine) [4]float64 {
	b := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	// Corners can reach furthest part way through a bend, so sample the
	// sweep finely; the levels next to a fusion take up some of its
	// motion, so allow every level a third more.
	for k := -20; k <= 20; k++ {
		p := float64(k) / 20
		for _, more := range []float64{1, 4.0 / 3} {
			for i, d := range sp.Discs {
				angles[i] = more * rom.Angle(rom.Degrees(d.Level, motion.LateralBending), motion.LateralBending, p)
			}
			motion.Pose(sp, motion.Coronal, angles, pose)
			growFrontBox(&b, sp, front, pose, 0)
		}
	}
	// A fusion low down keeps the column upright while the levels above
	// bend more: leave room for the top to reach a little higher and wider.
	const margin = 10
	return [4]float64{b[0] - margin, b[1], b[2] + margin, b[3] + margin}
}

// fitBox returns the scale (pixels per mm, rounded down so small resizes
// reuse the art) at which a world box fits the left part of an area, and
// the view that places it there, centred across and resting on the bottom.
func fitBox(b [4]float64, area image.Rectangle, share float64) (float64, View) {
	bw, bh := b[2]-b[0], b[3]-b[1]
	sc := math.Min(float64(area.Dx())*share/bw, float64(area.Dy())/bh)
	sc = math.Max(0.2, math.Floor(sc*20)/20)
	left := float64(area.Min.X) + (float64(area.Dx())*share-bw*sc)/2
	return sc, View{Scale: sc, OX: left - b[0]*sc, OY: float64(area.Max.Y) + b[1]*sc}
}

// drawCoronal draws a panel's spine seen from the front, bending sideways,
// with the small figure beside it.
func (s *Scene) drawCoronal(dst *ebiten.Image, f *Frame, sp *anatomy.Spine, which Which, area image.Rectangle) {
	fv := s.frontViewsFor(sp)
	if fv == nil {
		return
	}
	scale, v := fitBox(s.coronalBox(fv, sp), area, 0.72)
	v = f.Camera.apply(v, area)
	if fv.coronal == nil || fv.coronal.scale != scale || fv.coronal.pal != s.pal {
		if fv.coronal != nil {
			fv.coronal.dispose()
		}
		fv.coronal = newCoronalArt(fv, scale, s.pal)
	}
	a := fv.coronal
	var total float64
	for i := range sp.Discs {
		fv.angles[i] = f.angle(i, which)
		total += fv.angles[i]
	}
	total = s.curveAngles(f, which, fv.angles, total)
	pose := fv.poses[which]
	motion.PoseDeformed(sp, motion.Coronal, fv.angles, &s.cond.deform[which], pose)

	fv.textColours(s.pal)
	op := &fv.op
	op.Filter = ebiten.FilterLinear
	op.ColorScale.Reset()
	place := func(sprite *Sprite, t motion.Affine) {
		if sprite.Image == nil {
			return
		}
		v.GeoM(&op.GeoM, sprite, t)
		dst.DrawImage(sprite.Image, op)
	}
	for i := range a.bones {
		place(&a.bones[i].back, pose[i])
	}
	m := &fv.mesh
	if which == After && !surgery.FromFront(f.State.Approach) {
		// The graft laid in the gutters between the transverse processes,
		// behind the bodies, bridging into bone as the fusion heals.
		if t := stepPlaced(f, surgery.GraftPacked); t > 0 {
			ic := implantColorsFor(s.pal)
			for i, d := range sp.Discs {
				if f.State.IsFused(d.Level) {
					for _, side := range []float64{-1, 1} {
						appendGutter(m, fv, v, pose, i, side, ic, f.Figures.Fusion, float32(t))
					}
				}
			}
			m.flush(dst)
		}
	}
	removed := s.coronalRemoved(f, sp, which)
	// While the surgeon clears a disc out, it fades away.
	clearing := 1.0
	if which == After && surgery.RemovesDisc(f.State.Approach) {
		clearing = 1 - stepPlaced(f, surgery.DiscPrepared)
	}
	for i, d := range sp.Discs {
		alpha := float32(1)
		if f.State.IsFused(d.Level) {
			alpha = float32(clearing)
		}
		if removed&(1<<i) == 0 && alpha > 0 {
			appendFrontDisc(m, fv, v, pose, i, s.pal, alpha)
		}
	}
	m.flush(dst)
	for i := range a.bones {
		place(&a.bones[i].bone, pose[i])
	}
	// The parts behind the bodies show through them faintly, as on an
	// X-ray.
	op.ColorScale.ScaleAlpha(0.5)
	for i := range a.bones {
		place(&a.bones[i].ghost, motion.Translate(s.turnShift(which, sp, i), 0).Then(pose[i]))
	}
	op.ColorScale.Reset()
	for i := range a.bones {
		place(&a.bones[i].root, pose[i])
	}
	if which == After {
		s.drawCoronalImplants(dst, f, fv, v, pose, removed, op)
	}
	s.drawCobb(dst, f, fv, which, v, pose)
	if f.State.Labels {
		u := f.Layout.Unit
		size := 12 * u
		for i, vt := range sp.Vertebrae {
			y := vt.Height / 2
			if vt.Sacrum {
				y = -14
			}
			wx, wy := pose[i].Apply(-fv.front.Levels[i].TransverseSpan/2-3, y)
			x, sy := v.Point(wx, wy)
			s.Text.DrawScaled(dst, vt.Name, size, true, x, sy-size*0.6, text.Right, fv.soft)
		}
	}
	s.drawViewCaption(dst, f, area, "view.coronal")
	s.drawFrontFigure(dst, f, area, total)
}

// coronalRemoved is the mask of discs taken out on the panel's spine.
func (s *Scene) coronalRemoved(f *Frame, sp *anatomy.Spine, which Which) uint64 {
	if which != After || !surgery.RemovesDisc(f.State.Approach) || stepPlaced(f, surgery.DiscPrepared) < 1 {
		return 0
	}
	var m uint64
	for i, d := range sp.Discs {
		if f.State.IsFused(d.Level) {
			m |= 1 << i
		}
	}
	return m
}

// drawCoronalImplants draws the fused levels' hardware from the front: the
// graft in emptied disc spaces, cages, screws in the pedicles and a rod on
// each side.
func (s *Scene) drawCoronalImplants(dst *ebiten.Image, f *Frame, fv *frontViews, v View, pose []motion.Affine, removed uint64, op *ebiten.DrawImageOptions) {
	sp := fv.spine
	a := fv.coronal
	ic := implantColorsFor(s.pal)
	m := &fv.mesh
	graft := stepPlaced(f, surgery.GraftPacked)
	for i := range sp.Discs {
		if removed&(1<<i) != 0 && graft > 0 {
			appendGraftSpace(m, fv, v, pose, i, ic, f.Figures.Fusion, float32(graft))
		}
	}
	m.flush(dst)
	if cages, ok := a.cages[f.State.Approach]; ok {
		if t := stepPlaced(f, surgery.CagePlaced); t > 0 {
			// A TLIF cage goes in from the side; the others come straight
			// from behind or in front, so they just appear.
			slide := 0.0
			if f.State.Approach == surgery.TLIF {
				slide = (1 - t) * 30 // mm, from the patient's left
			}
			op.ColorScale.ScaleAlpha(float32(math.Min(1, t*4)))
			for i := range sp.Discs {
				if removed&(1<<i) != 0 {
					v.GeoM(&op.GeoM, &cages[i], motion.Translate(slide, 0).Then(pose[i+1]))
					dst.DrawImage(cages[i].Image, op)
				}
			}
			op.ColorScale.Reset()
		}
	}
	if surgery.Plated(f.State.Approach) {
		s.drawCoronalPlate(dst, f, fv, v, pose, op)
		return
	}
	if !surgery.Rodded(f.State.Approach) {
		return
	}
	top, bottom := -1, -1
	for i, d := range sp.Discs {
		if f.State.IsFused(d.Level) {
			if top < 0 {
				top = i
			}
			bottom = i + 1
		}
	}
	if top < 0 {
		return
	}
	if t := stepPlaced(f, surgery.ScrewsPlaced); t > 0 {
		op.ColorScale.ScaleAlpha(float32(t))
		for i := top; i <= bottom; i++ {
			sc := &a.bones[i].screws
			v.GeoM(&op.GeoM, sc, pose[i])
			dst.DrawImage(sc.Image, op)
		}
		op.ColorScale.Reset()
	}
	t := stepPlaced(f, surgery.RodsFixed)
	if t <= 0 {
		return
	}
	// A rod on each side through the screws' heads, a little past the end
	// ones.
	w := fv.rodDiameter() * v.Scale
	over := fv.hardware.RodOverhang + fv.screwSize(top).HeadWidth/2
	for _, side := range []float64{-1, 1} {
		for pass := 0; pass < 2; pass++ {
			c, width := ic.MetalLine, w+2
			if pass == 1 {
				c, width = ic.Metal, w
			}
			for i := top; i < bottom; i++ {
				x0, y0 := s.coronalHead(fv, pose, v, i, side, 0)
				x1, y1 := s.coronalHead(fv, pose, v, i+1, side, 0)
				if i == top {
					x0, y0 = s.coronalHead(fv, pose, v, i, side, over)
				}
				if i+1 == bottom {
					x1, y1 = s.coronalHead(fv, pose, v, i+1, side, -over)
				}
				m.segment(x0, y0, x1, y1, width, c, float32(t))
			}
		}
	}
	m.flush(dst)
}

// coronalHead is the screen point of the screw head on a side (-1 right,
// +1 left) of vertebra i, moved up by dy mm.
func (s *Scene) coronalHead(fv *frontViews, pose []motion.Affine, v View, i int, side, dy float64) (float64, float64) {
	p := &fv.coronal.parts[i]
	x := side * (p.Pedicle[0] + p.PedicleW/2 - 1)
	wx, wy := pose[i].Apply(x, p.Pedicle[1]+dy)
	return v.Point(wx, wy)
}

// Front disc triMesh resolution: columns side to side and rows bottom to top.
const (
	frontDiscCols = 9
	frontDiscRows = 3
)

// frontDiscPoint returns the screen point of disc i's coordinates u (0 at
// the patient's right, 1 at the left) and w (0 bottom, 1 top), the side
// walls bulging out by bulge mm at mid height.
func frontDiscPoint(fv *frontViews, v View, pose []motion.Affine, i int, u, w, bulge float64) (float64, float64) {
	sp := fv.spine
	lo := sp.Vertebrae[i+1]
	loTop := lo.Height
	if lo.Sacrum {
		loTop = 0
	}
	wl, wu := fv.front.Levels[i+1].Width, fv.front.Levels[i].Width
	bx, by := pose[i+1].Apply(-wl/2+u*wl, loTop+0.5)
	tx, ty := pose[i].Apply(-wu/2+u*wu, -0.5)
	x, y := bx+(tx-bx)*w, by+(ty-by)*w
	if u == 0 || u == 1 {
		b := bulge * 4 * w * (1 - w)
		if u == 0 {
			b = -b
		}
		// Outward along the lower bone's x axis.
		x += pose[i+1].A * b
		y += pose[i+1].C * b
	}
	return v.Point(x, y)
}

// appendFrontDisc adds disc i seen from the front at opacity alpha: the
// annulus darker at its sides and the nucleus a soft oval in the middle.
func appendFrontDisc(m *triMesh, fv *frontViews, v View, pose []motion.Affine, i int, pal *Palette, alpha float32) {
	base := uint16(len(m.vs))
	for r := 0; r < frontDiscRows; r++ {
		w := float64(r) / (frontDiscRows - 1)
		for c := 0; c < frontDiscCols; c++ {
			u := float64(c) / (frontDiscCols - 1)
			x, y := frontDiscPoint(fv, v, pose, i, u, w, 1.4)
			edge := 1 - 4*u*(1-u)
			m.add(x, y, mix(pal.AnnulusIn, pal.AnnulusOut, edge), alpha)
		}
	}
	for r := 0; r < frontDiscRows-1; r++ {
		for c := 0; c < frontDiscCols-1; c++ {
			k := base + uint16(r*frontDiscCols+c)
			m.is = append(m.is, k, k+1, k+frontDiscCols, k+1, k+frontDiscCols+1, k+frontDiscCols)
		}
	}
	cx, cy := frontDiscPoint(fv, v, pose, i, 0.5, 0.5, 0)
	center := m.add(cx, cy, pal.NucleusCore, alpha)
	for k := 0; k < nucleusN; k++ {
		sn, cs := sincos(float64(k) / nucleusN)
		x, y := frontDiscPoint(fv, v, pose, i, 0.5+0.24*cs, 0.5+0.3*sn, 0)
		m.add(x, y, pal.NucleusRim, alpha)
	}
	for k := 0; k < nucleusN; k++ {
		m.is = append(m.is, center, center+1+uint16(k), center+1+uint16((k+1)%nucleusN))
	}
}

// appendGraftSpace adds the bone graft packed in the emptied disc space i,
// turning into solid bone as the fusion (0 to 1) goes on.
func appendGraftSpace(m *triMesh, fv *frontViews, v View, pose []motion.Affine, i int, ic *implantColors, fusion float64, alpha float32) {
	base := uint16(len(m.vs))
	for r := 0; r < 2; r++ {
		for c := 0; c < frontDiscCols; c++ {
			u := float64(c) / (frontDiscCols - 1)
			x, y := frontDiscPoint(fv, v, pose, i, u, float64(r), 0)
			// Speckled chips at first, evening out into bone.
			speck := 0.25 * float64((c*7+r*3)%4) / 3 * (1 - fusion)
			m.add(x, y, mix(mix(ic.Graft, ic.GraftBone, fusion), ic.Graft, speck), alpha)
		}
	}
	for c := 0; c < frontDiscCols-1; c++ {
		k := base + uint16(c)
		m.is = append(m.is, k, k+1, k+frontDiscCols, k+1, k+frontDiscCols+1, k+frontDiscCols)
	}
}

// appendGutter adds the posterolateral graft of fused disc i on one side
// (-1 the patient's right, +1 the left): a band from the transverse process
// of the bone above to that of the bone below (the sacral ala), speckled
// chips at first, evening out into bone as the fusion (0 to 1) goes on.
func appendGutter(m *triMesh, fv *frontViews, v View, pose []motion.Affine, i int, side float64, ic *implantColors, fusion float64, alpha float32) {
	const rows = 5
	up, lo := &fv.coronal.parts[i], &fv.coronal.parts[i+1]
	// Where the band meets each bone: from beside the pedicle out along
	// the transverse process (the ala for the sacrum).
	edge := func(p *FrontParts, l anatomy.FrontLevel, sacrum bool, u float64) (float64, float64) {
		x0, x1, y := p.Pedicle[0]+p.PedicleW/2, l.TransverseSpan/2*0.86, p.Pedicle[1]
		if sacrum {
			x1, y = l.TransverseSpan/2*0.7, -6
		}
		return side * (x0 + (x1-x0)*u), y
	}
	sacrum := fv.spine.Vertebrae[i+1].Sacrum
	base := uint16(len(m.vs))
	for r := 0; r <= rows; r++ {
		w := float64(r) / rows // 0 at the bone below, 1 at the bone above
		for c := 0; c < 2; c++ {
			u := float64(c)
			bx, by := edge(lo, fv.front.Levels[i+1], sacrum, u)
			tx, ty := edge(up, fv.front.Levels[i], false, u)
			bx, by = pose[i+1].Apply(bx, by)
			tx, ty = pose[i].Apply(tx, ty)
			// Narrower in the middle, where the graft is laid thinnest.
			pinch := 0.12 * 4 * w * (1 - w)
			x, y := bx+(tx-bx)*w, by+(ty-by)*w
			cx, cy := pose[i].Apply(side*(up.Pedicle[0]+up.PedicleW/2+6), up.Pedicle[1])
			x += (cx - x) * pinch
			y += (cy - y) * pinch * 0.2
			sx, sy := v.Point(x, y)
			speck := 0.3 * float64((r*5+c*3)%4) / 3 * (1 - fusion)
			m.add(sx, sy, mix(mix(ic.Graft, ic.GraftBone, fusion), ic.Graft, speck), alpha*float32(0.75+0.25*fusion))
		}
	}
	for r := 0; r < rows; r++ {
		k := base + uint16(2*r)
		m.is = append(m.is, k, k+1, k+2, k+1, k+3, k+2)
	}
}

// drawViewCaption names the view in small soft text at the top right of
// the panel whose spine area is area.
func (s *Scene) drawViewCaption(dst *ebiten.Image, f *Frame, area image.Rectangle, key string) {
	u := f.Layout.Unit
	// On the caption's line, at the panel's right (see spineArea).
	top := int(50 * u)
	if f.Layout.Compact {
		top = int(36 * u)
	}
	y := float64(area.Min.Y-int(6*u)-top) + 11*u
	s.Text.DrawScaled(dst, f.Lang.T(key), 12*u, false, float64(area.Max.X), y, text.Right, s.views.soft)
}
