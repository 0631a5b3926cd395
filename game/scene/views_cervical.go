package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/surgery"
)

// This file holds what the front (coronal) and top (axial) views draw
// differently for the neck: the uncinate processes and the short roots
// seen from the front, the lateral mass screw path, and the anterior plate
// with its screws.

// screwSize is the screw the views draw in vertebra i: a lateral mass
// screw in the neck, an S1 screw in the sacrum, else a pedicle screw.
func (fv *frontViews) screwSize(i int) surgery.ScrewSize {
	switch {
	case fv.spine.Cervical():
		return fv.hardware.Cervical.LateralMass
	case fv.spine.Vertebrae[i].Sacrum:
		return fv.hardware.Sacral
	}
	return fv.hardware.Pedicle
}

// rodDiameter is the rod the views draw.
func (fv *frontViews) rodDiameter() float64 {
	if fv.spine.Cervical() {
		return fv.hardware.Cervical.RodDiameter
	}
	return fv.hardware.RodDiameter
}

// cervicalFront adjusts a neck vertebra's front-view parts: the uncinate
// processes rising at the sides of the upper endplate, the roots leaving
// sideways and a little down over the transverse processes, and the
// lateral masses (where a posterior fusion's screws go) just outside the
// canal in place of the pedicles.
func cervicalFront(b *FrontParts, v anatomy.Vertebra, l anatomy.FrontLevel, below float64, base bool) {
	w, h := l.Width, v.Height
	var one Shape
	// The uncinate process: a hook rising from the side of the endplate.
	one.MoveTo(w/2-3.2, h-0.4)
	one.QuadTo(w/2-1.2, h+0.2, w/2-0.6, h+2.6)
	one.QuadTo(w/2+0.4, h+1.8, w/2+0.3, h-1.2)
	one.Close()
	b.Body.addBothSides(&one)
	if v.Dens > 0 {
		// C2's dens rising from the top of its body.
		b.Body.MoveTo(-4.5, h-0.5)
		b.Body.QuadTo(-5, h+v.Dens*0.7, -2.5, h+v.Dens-1)
		b.Body.QuadTo(0, h+v.Dens+1, 2.5, h+v.Dens-1)
		b.Body.QuadTo(5, h+v.Dens*0.7, 4.5, h-0.5)
		b.Body.Close()
	}
	b.Roots = Shape{}
	if !base && below > 0 {
		// The root leaves at the disc level, under the pedicle, and runs
		// out and a little down along the transverse process below.
		one = Shape{}
		x0, y0 := l.CanalWidth/2-1, -below/2
		gx := l.CanalWidth/2 + 3
		one.Ellipse(gx, y0-0.8, 2.4, 1.9)
		one.MoveTo(x0, y0+1.2)
		one.QuadTo(gx+4, y0, l.TransverseSpan/2+1, y0-5)
		one.LineTo(l.TransverseSpan/2, y0-7)
		one.QuadTo(gx+4, y0-2.6, x0, y0-1.4)
		one.Close()
		one.windFrom(0)
		b.Roots.addBothSides(&one)
	}
	// The lateral mass lies just outside the canal, behind the pedicle.
	b.Pedicle[0] = l.CanalWidth/2 + 3.5
}

// lateralMassFront adds a vertebra's two lateral mass screws as seen from
// the front: the head over the middle of the lateral mass at (px, py), the
// shank turned out by the screw's angle away from the midline.
func lateralMassFront(s *Shape, px, py float64, z surgery.ScrewSize) {
	var one Shape
	r := z.Diameter / 2
	reach := z.Length * math.Sin(25*math.Pi/180)
	one.MoveTo(px, py-r)
	one.LineTo(px+reach-r, py-r*0.7)
	one.QuadTo(px+reach+r*0.6, py, px+reach-r, py+r*0.7)
	one.LineTo(px, py+r)
	one.Close()
	hw := z.HeadWidth / 2
	roundBox(&one, px-hw, py-hw, px+hw, py+hw, 1.8)
	s.addBothSides(&one)
}

// plateFrontScrews adds the two screw heads of a vertebra in an anterior
// plate seen from the front, at height y: round heads with their socket
// marks in marks.
func plateFrontScrews(s, marks *Shape, y float64, h *surgery.CervicalHardware) {
	x := h.PlateWidth/2 - h.PlateScrew.HeadWidth/2 - 1
	r := h.PlateScrew.HeadWidth / 2
	for _, sx := range []float64{-x, x} {
		s.Ellipse(sx, y, r, r)
		marks.Ellipse(sx, y, r*0.35, r*0.35)
	}
}

// cervicalTop adjusts a neck vertebra's top-view parts: the lateral mass
// screw enters the back of the lateral mass and runs forward and out, away
// from the vertebral artery.
func cervicalTop(b *TopParts, l anatomy.FrontLevel, p anatomy.Posterior, d float64) {
	x := l.CanalWidth/2 + 3.2
	y := d/2 + p.PedicleLength + 8
	s, c := math.Sincos(25 * math.Pi / 180)
	b.Axis = [2]float64{s, -c}
	b.Entry = [2]float64{x, y}
}

// plateTop adds an anterior plate seen from above, lying on the front of a
// body (front wall at local y front), with the vertebra's two screws
// running back into the body and a little in toward the midline.
func plateTop(plate, screws *Shape, front float64, h *surgery.CervicalHardware) {
	t, hw := h.PlateThickness, h.PlateWidth/2
	plate.MoveTo(-hw, front-0.2)
	plate.QuadTo(0, front-t*1.6, hw, front-0.2)
	plate.LineTo(hw, front-t)
	plate.QuadTo(0, front-t*2.6, -hw, front-t)
	plate.Close()
	z := h.PlateScrew
	r := z.Diameter / 2
	var one Shape
	x0 := hw - z.HeadWidth/2 - 1
	s, c := math.Sincos(6 * math.Pi / 180)
	ax, ay := -s, c // back and in
	tx, ty := x0+ax*z.Length, front+ay*z.Length
	one.MoveTo(x0-r, front-t)
	one.LineTo(tx-r*0.7, ty-r)
	one.QuadTo(tx, ty+r*0.5, tx+r*0.7, ty-r)
	one.LineTo(x0+r, front-t)
	one.Close()
	one.Ellipse(x0, front-t*1.1, z.HeadWidth/2, t*0.7)
	screws.addBothSides(&one)
}

// plateHoleY is the height in vertebra i at which the front view draws its
// anterior plate screws: mid height (the side view places the end screws
// nearer the fused disc, from the plan).
func plateHoleY(fv *frontViews, i int) float64 {
	return fv.spine.Vertebrae[i].Height / 2
}

// drawCoronalPlate draws an ACDF's anterior plate from the front: a band
// down the middle of the fused bodies, past the end screws by its overhang,
// with two screw heads in each vertebra.
func (s *Scene) drawCoronalPlate(dst *ebiten.Image, f *Frame, fv *frontViews, v View, pose []motion.Affine, op *ebiten.DrawImageOptions) {
	top, bottom := fusedRange(f, fv.spine)
	t := stepPlaced(f, surgery.ScrewsPlaced)
	if top < 0 || t <= 0 {
		return
	}
	h := &fv.hardware.Cervical
	ic := implantColorsFor(s.pal)
	m := &fv.mesh
	w := h.PlateWidth * v.Scale
	point := func(i int, dy float64) (float64, float64) {
		return v.Point(pose[i].Apply(0, plateHoleY(fv, i)+dy))
	}
	for pass := 0; pass < 2; pass++ {
		c, width := ic.MetalLine, w+2
		if pass == 1 {
			c, width = ic.Metal, w
		}
		for i := top; i < bottom; i++ {
			x0, y0 := point(i, 0)
			x1, y1 := point(i+1, 0)
			if i == top {
				x0, y0 = point(i, h.PlateOverhang)
			}
			if i+1 == bottom {
				x1, y1 = point(i+1, -h.PlateOverhang)
			}
			m.segment(x0, y0, x1, y1, width, c, float32(t))
		}
	}
	m.flush(dst)
	op.ColorScale.ScaleAlpha(float32(t))
	for i := top; i <= bottom; i++ {
		sc := &fv.coronal.bones[i].plateScrews
		v.GeoM(&op.GeoM, sc, pose[i])
		dst.DrawImage(sc.Image, op)
	}
	op.ColorScale.Reset()
}
