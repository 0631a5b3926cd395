package scene

import (
	"image"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/surgery"
	"spinefusion/game/text"
)

// The top (axial) view: each vertebra seen from above as a slice, stacked
// from the sacrum at the bottom to T12 at the top and looked at from a
// little above and in front, so every slice shows. Each slice turns about
// the spine's long axis by the rotation of every segment below it; fused
// levels turn as one.

// axialSquash is how much a slice seen from above at a slant is shortened
// front to back: the sine of the angle the view looks down at.
const axialSquash = 0.36

// axialGap is the space left between the slices, mm: less than none, so
// the tip of each spinous process tucks just under the slice above.
const axialGap = -2.0

// axialStack is the layout of the slices, the same at every scale.
type axialStack struct {
	// Z is the height of each slice's rotation centre in the stack, mm,
	// top to bottom (the sacrum at 0); Centre is that centre's local y.
	Z, Centre []float64
	// Box is the world box (min x, min y, max x, max y) the stack fills.
	Box [4]float64
	// Parts are the slices' outlines.
	Parts []TopParts
}

// newAxialStack lays out the slices of the spine, evenly spaced so that
// the longest slice clears the next one.
func newAxialStack(sp *anatomy.Spine, front *anatomy.Front) axialStack {
	n := len(sp.Vertebrae)
	st := axialStack{Z: make([]float64, n), Centre: make([]float64, n), Parts: make([]TopParts, n)}
	var step float64
	for i, v := range sp.Vertebrae {
		st.Parts[i] = TopBone(v, front.Levels[i], sp.Posterior)
		if sp.Cervical() {
			cervicalTop(&st.Parts[i], front.Levels[i], sp.Posterior, v.Depth)
		}
		st.Centre[i] = front.AxialCentre * v.Depth
		if i > 0 {
			// The slice below's back reaches up toward this one's front.
			up, lo := &st.Parts[i-1], &st.Parts[i]
			step = math.Max(step, (lo.Back-st.Centre[i])*axialSquash+(st.Centre[i-1]-up.Front)*axialSquash+axialGap)
		}
	}
	for i := range st.Z {
		st.Z[i] = float64(n-1-i) * step
	}
	// The box holds every slice turned by up to 15 degrees either way.
	st.Box = [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for i := range st.Parts {
		p := &st.Parts[i]
		x0, y0, x1, y1 := p.Arch.Bounds()
		bx0, by0, bx1, by1 := p.Body.Bounds()
		x0, y0, x1, y1 = math.Min(x0, bx0), math.Min(y0, by0), math.Max(x1, bx1), math.Max(y1, by1)
		for _, deg := range []float64{-15, 0, 15} {
			t := st.Transform(i, deg)
			for _, c := range [][2]float64{{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}} {
				x, y := t.Apply(c[0], c[1]*axialSquash)
				st.Box[0], st.Box[1] = math.Min(st.Box[0], x), math.Min(st.Box[1], y)
				st.Box[2], st.Box[3] = math.Max(st.Box[2], x), math.Max(st.Box[3], y)
			}
		}
	}
	// Room below for the slices' edges.
	st.Box[1] -= 4
	return st
}

// Transform returns the world transform of slice i turned by deg degrees:
// its sprite, drawn already shortened front to back, turns about the
// slice's centre as the unshortened slice would.
func (st *axialStack) Transform(i int, deg float64) motion.Affine {
	s, c := math.Sincos(deg * math.Pi / 180)
	k := axialSquash
	yc := st.Centre[i] * k
	turn := motion.Affine{A: c, B: -s / k, C: k * s, D: c}
	return motion.Translate(0, -yc).Then(turn).Then(motion.Translate(0, st.Z[i]))
}

// axialBone is one slice's pictures: the bone and its screws.
type axialBone struct {
	bone, screws Sprite
	// plate is an ACDF's anterior plate and its two screws (neck only).
	plate Sprite
}

// axialArt is the top view rasterised at one scale.
type axialArt struct {
	scale float64
	pal   *Palette
	bones []axialBone
	// cages holds, for each approach with a cage, one sprite per disc
	// lying on the slice below it.
	cages map[string][]Sprite
}

func newAxialArt(fv *frontViews, scale float64, pal *Palette) *axialArt {
	sp := fv.spine
	k := axialSquash
	ic := implantColorsFor(pal)
	a := &axialArt{scale: scale, pal: pal, cages: map[string][]Sprite{}}
	// Outlines are drawn a little thinner than in the side view: the
	// slices are small.
	line := 0.45
	for i := range sp.Vertebrae {
		p := &fv.stack.Parts[i]
		var body, endplate, arch, facets, sac, screws, plate, plateScrews Shape
		body.addScaled(&p.Body, 1, k)
		endplate.addScaled(&p.Endplate, 1, k)
		arch.addScaled(&p.Arch, 1, k)
		facets.addScaled(&p.Facets, 1, k)
		sac.addScaled(&p.Sac, 1, k)
		var screw Shape
		screwTop(&screw, p.Entry, p.Axis, p.Front, fv.screwSize(i))
		screws.addScaled(&screw, 1, k)
		if sp.Cervical() {
			var pl, ps Shape
			plateTop(&pl, &ps, p.Front, &fv.hardware.Cervical)
			plate.addScaled(&pl, 1, k)
			plateScrews.addScaled(&ps, 1, k)
		}
		a.bones = append(a.bones, axialBone{
			bone: rasterise(scale,
				layer{shape: &arch, fill: pal.Arch, stroke: 2 * line, line: pal.BoneLine},
				layer{shape: &body, fill: pal.Cortex, stroke: 2 * line, line: pal.BoneLine},
				layer{shape: &endplate, fill: pal.Spongy},
				layer{shape: &facets, fill: pal.Marks},
				layer{shape: &sac, fill: pal.Sac, stroke: 0.6, line: pal.SacLine},
			),
			screws: rasterise(scale, layer{shape: &screws, fill: ic.Metal, stroke: 0.7, line: ic.MetalLine}),
			plate: rasterise(scale,
				layer{shape: &plateScrews, fill: ic.Metal, stroke: 0.7, line: ic.MetalLine},
				layer{shape: &plate, fill: ic.Metal, stroke: 0.7, line: ic.MetalLine}),
		})
	}
	for _, ap := range []string{surgery.TLIF, surgery.PLIF, surgery.ALIF, surgery.ACDF} {
		sprites := make([]Sprite, len(sp.Discs))
		for i := range sp.Discs {
			lo := sp.Vertebrae[i+1]
			var cage, marks, c2, m2 Shape
			cageTop(&cage, &marks, ap, fv.front.Levels[i+1].Width/2, lo.Depth/2)
			c2.addScaled(&cage, 1, k)
			m2.addScaled(&marks, 1, k)
			sprites[i] = rasterise(scale,
				layer{shape: &c2, fill: ic.Peek, stroke: 0.7, line: ic.PeekLine},
				layer{shape: &m2, fill: ic.Marker})
		}
		a.cages[ap] = sprites
	}
	return a
}

func (a *axialArt) dispose() {
	for _, b := range a.bones {
		deallocate(b.bone, b.screws, b.plate)
	}
	for _, ss := range a.cages {
		deallocate(ss...)
	}
}

// turns writes into dst each vertebra's rotation relative to the sacrum,
// in degrees: the sum of the segment angles below it.
func turns(angles, dst []float64) {
	n := len(dst)
	dst[n-1] = 0
	for i := n - 2; i >= 0; i-- {
		dst[i] = dst[i+1] + angles[i]
	}
}

// drawAxial draws a panel's spine seen from above as a stack of slices,
// each turned by the twist below it, with the small figure seen from
// above.
func (s *Scene) drawAxial(dst *ebiten.Image, f *Frame, sp *anatomy.Spine, which Which, area image.Rectangle) {
	fv := s.frontViewsFor(sp)
	if fv == nil {
		return
	}
	st := &fv.stack
	scale, v := fitBox(st.Box, area, 0.72)
	v = f.Camera.apply(v, area)
	if fv.axial == nil || fv.axial.scale != scale || fv.axial.pal != s.pal {
		if fv.axial != nil {
			fv.axial.dispose()
		}
		fv.axial = newAxialArt(fv, scale, s.pal)
	}
	a := fv.axial
	for i := range sp.Discs {
		fv.angles[i] = f.angle(i, which)
	}
	turn := fv.turns[which]
	turns(fv.angles, turn)

	m := &fv.mesh
	n := len(sp.Vertebrae)
	removed := s.coronalRemoved(f, sp, which)
	top, bottom := fusedRange(f, sp)
	instrumented := which == After && top >= 0 && surgery.Rodded(f.State.Approach)
	plated := which == After && top >= 0 && surgery.Plated(f.State.Approach)
	screws, rods := stepPlaced(f, surgery.ScrewsPlaced), stepPlaced(f, surgery.RodsFixed)
	cage := stepPlaced(f, surgery.CagePlaced)
	cages := a.cages[f.State.Approach]
	ic := implantColorsFor(s.pal)
	fv.textColours(s.pal)
	op := &fv.op
	op.Filter = ebiten.FilterLinear
	op.ColorScale.Reset()
	const thick = 2.5 // the slice's edge below its top, mm
	for i := n - 1; i >= 0; i-- {
		t := st.Transform(i, turn[i])
		b := &a.bones[i]
		fused := instrumented && i >= top && i <= bottom
		// The rods rise from the slice below to this one's screw heads,
		// passing under this slice.
		if fused && i < bottom && rods > 0 && screws > 0 {
			s.axialRods(dst, fv, v, i, turn, ic, float32(rods))
		}
		// The slice's edge: the same outline a little lower and darker.
		op.ColorScale.Scale(0.78, 0.76, 0.72, 1)
		v.GeoM(&op.GeoM, &b.bone, t.Then(motion.Translate(0, -thick)))
		dst.DrawImage(b.bone.Image, op)
		op.ColorScale.Reset()
		v.GeoM(&op.GeoM, &b.bone, t)
		dst.DrawImage(b.bone.Image, op)
		if i > 0 && removed&(1<<(i-1)) != 0 && cages != nil && cage > 0 {
			op.ColorScale.ScaleAlpha(float32(cage))
			v.GeoM(&op.GeoM, &cages[i-1], t)
			dst.DrawImage(cages[i-1].Image, op)
			op.ColorScale.Reset()
		}
		if plated && i >= top && i <= bottom && screws > 0 {
			op.ColorScale.ScaleAlpha(float32(screws) * 0.9)
			v.GeoM(&op.GeoM, &b.plate, t)
			dst.DrawImage(b.plate.Image, op)
			op.ColorScale.Reset()
		}
		if fused && screws > 0 {
			// Inside the bone: shown as on a scan, not quite solid.
			op.ColorScale.ScaleAlpha(float32(screws) * 0.9)
			v.GeoM(&op.GeoM, &b.screws, t)
			dst.DrawImage(b.screws.Image, op)
			op.ColorScale.Reset()
		}
	}
	// The axis the slices turn about, through their centres: the line the
	// spinous processes point along when the spine is straight.
	x0, y0 := v.Point(0, st.Z[n-1])
	x1, y1 := v.Point(0, st.Z[0]+(st.Parts[0].Back-st.Centre[0])*axialSquash+3)
	m.segment(x0, y0, x1, y1, math.Max(1, 0.35*v.Scale), s.pal.TextSoft, 0.45)
	m.flush(dst)
	if f.State.Labels {
		s.drawAxialLabels(dst, f, fv, v, which, turn)
	}
	s.drawViewCaption(dst, f, area, "view.axial")
	s.drawTopFigure(dst, f, area, turn[0])
}

// fusedRange returns the indices of the top and bottom vertebrae the
// fusion joins, or -1, -1 for none.
func fusedRange(f *Frame, sp *anatomy.Spine) (top, bottom int) {
	top, bottom = -1, -1
	for i, d := range sp.Discs {
		if f.State.IsFused(d.Level) {
			if top < 0 {
				top = i
			}
			bottom = i + 1
		}
	}
	return top, bottom
}

// axialRods draws the two rods rising from slice i+1's screw heads to
// slice i's.
func (s *Scene) axialRods(dst *ebiten.Image, fv *frontViews, v View, i int, turn []float64, ic *implantColors, alpha float32) {
	m := &fv.mesh
	w := fv.rodDiameter() * v.Scale
	for _, side := range []float64{-1, 1} {
		xa, ya := s.axialHead(fv, v, i+1, turn[i+1], side)
		xb, yb := s.axialHead(fv, v, i, turn[i], side)
		m.segment(xa, ya, xb, yb, w+2, ic.MetalLine, alpha)
		m.segment(xa, ya, xb, yb, w, ic.Metal, alpha)
	}
	m.flush(dst)
}

// axialHead is the screen point where the rod passes through the head of
// the screw on a side (-1 right, +1 left) of slice i turned by deg.
func (s *Scene) axialHead(fv *frontViews, v View, i int, deg, side float64) (float64, float64) {
	p := &fv.stack.Parts[i]
	hx, hy := screwHeadTop(p.Entry, p.Axis, fv.screwSize(i))
	t := fv.stack.Transform(i, deg)
	x, y := t.Apply(side*hx, hy*axialSquash)
	return v.Point(x, y)
}

// drawAxialLabels names each slice at its left and gives its turn relative
// to the sacrum at its right; on the After spine the fused levels' turns,
// which are the same, are in the accent colour.
func (s *Scene) drawAxialLabels(dst *ebiten.Image, f *Frame, fv *frontViews, v View, which Which, turn []float64) {
	u := f.Layout.Unit
	size := 12 * u
	st := &fv.stack
	top, bottom := fusedRange(f, fv.spine)
	half := 0.0 // the widest lumbar slice's half width
	for i, vt := range fv.spine.Vertebrae {
		if !vt.Sacrum {
			half = math.Max(half, fv.front.Levels[i].TransverseSpan/2)
		}
	}
	half += 6
	for i, vt := range fv.spine.Vertebrae {
		xl, y := v.Point(-half, st.Z[i])
		if vt.Sacrum {
			xl, _ = v.Point(-fv.front.Levels[i].TransverseSpan/2-4, 0)
			s.Text.DrawScaled(dst, vt.Name, size, true, xl, y-size*0.6, text.Right, fv.soft)
			continue
		}
		s.Text.DrawScaled(dst, vt.Name, size, true, xl, y-size*0.6, text.Right, fv.soft)
		c := fv.soft
		if which == After && top >= 0 && i >= top && i <= bottom {
			c = fv.accent
		}
		xr, _ := v.Point(half, st.Z[i])
		s.Text.DrawScaled(dst, degreeText(turn[i]), size, false, xr, y-size*0.6, text.Left, c)
	}
	// What the numbers are, over their column.
	x, y := v.Point(half, st.Z[0])
	s.Text.DrawScaled(dst, f.Lang.T("view.axial.turn"), size, false, x, y-size*2.1, text.Left, fv.soft)
}

// degreeTexts holds the labels for -60.0 to 60.0 degrees by tenths, built
// once so that labels that change every frame cost nothing.
var degreeTexts []string

// degreeText returns deg rounded to a tenth of a degree, as "6.2°".
func degreeText(deg float64) string {
	const most = 600 // tenths
	if degreeTexts == nil {
		degreeTexts = make([]string, 2*most+1)
		for k := range degreeTexts {
			t := strconv.FormatFloat(math.Abs(float64(k-most))/10, 'f', 1, 64) + "°"
			if k < most {
				t = "−" + t // a true minus sign
			}
			degreeTexts[k] = t
		}
	}
	k := int(math.Round(deg * 10))
	k = max(-most, min(most, k))
	return degreeTexts[k+most]
}
