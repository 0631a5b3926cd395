package scene

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
)

// boneSprites are the pictures of one vertebra, drawn in three passes: the
// dural sac behind everything, the bone over the discs, the nerve root on
// top.
type boneSprites struct {
	sac, bone, root Sprite
	// cord is the spinal cord in a neck vertebra's canal, drawn over the
	// bones with the roots so that it shows; empty in the low back.
	cord Sprite
}

// SpineArt is a spine's bones rasterised at one scale, cut from one sheet
// so that each pass over the bones is one draw call.
type SpineArt struct {
	spine   *anatomy.Spine
	scale   float64
	palette *Palette
	bones   []boneSprites
	parts   []BoneParts
	sheet   spriteSheet
}

// NewSpineArt rasterises the spine's bones at scale pixels per millimetre.
func NewSpineArt(sp *anatomy.Spine, scale float64, pal *Palette) *SpineArt {
	n := len(sp.Vertebrae)
	a := &SpineArt{spine: sp, scale: scale, palette: pal,
		bones: make([]boneSprites, n), parts: make([]BoneParts, n)}
	sh := &a.sheet
	for i := range sp.Vertebrae {
		p := &a.parts[i]
		*p = boneParts(sp, i)
		b := &a.bones[i]
		sh.add(&b.sac, scale, layer{shape: &p.Sac, fill: pal.Sac})
		sh.add(&b.cord, scale, layer{shape: &p.Cord, fill: pal.Nerve}, layer{shape: &p.CordEdge, fill: pal.NerveLine})
		sh.add(&b.bone, scale, boneLayers(p, pal)...)
		sh.add(&b.root, scale, layer{shape: &p.Root, fill: pal.Nerve, stroke: 0.9, line: pal.NerveLine})
	}
	sh.build()
	return a
}

// boneSprite rasterises a vertebra's bone (see boneLayers); extra layers
// are drawn over it.
func boneSprite(p *BoneParts, scale float64, pal *Palette, extra ...layer) Sprite {
	return rasterise(scale, append(boneLayers(p, pal), extra...)...)
}

// boneLayers are the layers of a vertebra's bone: the arch, the body with
// its spongy inside and the transverse process.
func boneLayers(p *BoneParts, pal *Palette) []layer {
	line := 0.55
	return []layer{
		{shape: &p.Arch, fill: pal.Arch, stroke: 2 * line, line: pal.BoneLine},
		{shape: &p.Body, fill: pal.Cortex, stroke: 2 * line, line: pal.BoneLine},
		{shape: &p.Cancellous, fill: pal.Spongy},
		{shape: &p.Trabeculae, fill: pal.Trabecula},
		{shape: &p.Marks, fill: pal.Marks},
		{shape: &p.Transverse, fill: pal.Process, stroke: 2 * line, line: pal.BoneLine},
	}
}

// boneParts returns the outlines of vertebra i of the spine.
func boneParts(sp *anatomy.Spine, i int) BoneParts {
	v := sp.Vertebrae[i]
	below := 0.0
	if i < len(sp.Discs) {
		below = sp.Discs[i].Height
	}
	if sp.Cervical() {
		return cervicalBone(v, sp.Posterior, below, i == len(sp.Vertebrae)-1, uint64(i+1))
	}
	return Bone(v, sp.Posterior, below, uint64(i+1))
}

// Matches reports whether the art was made for this spine, scale and palette.
func (a *SpineArt) Matches(sp *anatomy.Spine, scale float64, pal *Palette) bool {
	return a != nil && a.spine == sp && a.scale == scale && a.palette == pal
}

// Dispose frees the art's images.
func (a *SpineArt) Dispose() { a.sheet.dispose() }

// spineDrawer draws one posed spine, reusing its vertex buffers.
type spineDrawer struct {
	vs []ebiten.Vertex
	is []uint16
	// sprites draws each pass over the bones in one call.
	sprites quadBatch
	// triOp draws the discs. Not antialiased: Ebitengine renders an
	// antialiased draw through a doubled offscreen, too costly every
	// frame in software WebGL; the bones' antialiased edges cover the
	// discs' ends.
	triOp ebiten.DrawTrianglesOptions
}

// whitePixel is a white pixel to draw plain shapes with, inside a white
// 3×3 image (whitePixelSheet) so that linear filtering stays white.
var whitePixelSheet, whitePixel = func() (*ebiten.Image, *ebiten.Image) {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img, img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()

// drawBack draws what lies behind the bones: the dural sac and the discs,
// except the discs whose bit is set in removed (taken out in surgery).
func (d *spineDrawer) drawBack(dst *ebiten.Image, a *SpineArt, v View, pose []motion.Affine, removed uint64) {
	for i := range a.bones {
		d.drawSprite(dst, &a.bones[i].sac, v, pose[i], ebiten.ColorScale{})
	}
	d.sprites.flush()
	d.vs, d.is = d.vs[:0], d.is[:0]
	for i := range a.spine.Discs {
		if removed&(1<<i) == 0 {
			d.appendDisc(a, v, pose, i)
		}
	}
	if len(d.is) > 0 {
		dst.DrawTriangles(d.vs, d.is, whitePixel, &d.triOp)
	}
}

// drawBones draws the vertebrae.
func (d *spineDrawer) drawBones(dst *ebiten.Image, a *SpineArt, v View, pose []motion.Affine) {
	for i := range a.bones {
		d.drawSprite(dst, &a.bones[i].bone, v, pose[i], ebiten.ColorScale{})
	}
	d.sprites.flush()
}

// drawRoots draws the nerve roots over the bones.
func (d *spineDrawer) drawRoots(dst *ebiten.Image, a *SpineArt, v View, pose []motion.Affine) {
	// The neck's cord shows through the bones over it.
	var cord ebiten.ColorScale
	cord.ScaleAlpha(0.62)
	for i := range a.bones {
		d.drawSprite(dst, &a.bones[i].cord, v, pose[i], cord)
	}
	for i := range a.bones {
		d.drawSprite(dst, &a.bones[i].root, v, pose[i], ebiten.ColorScale{})
	}
	d.sprites.flush()
}

// drawSprite adds sprite s placed by t to the pass's batch; the pass
// flushes it.
func (d *spineDrawer) drawSprite(dst *ebiten.Image, s *Sprite, v View, t motion.Affine, cs ebiten.ColorScale) {
	if s.Image == nil {
		return
	}
	var g ebiten.GeoM
	v.GeoM(&g, s, t)
	d.sprites.sprite(dst, s, &g, cs)
}

// Disc mesh resolution: columns front to back and rows bottom to top.
const (
	discCols = 9
	discRows = 3
	nucleusN = 16
)

// appendDisc adds disc i (between vertebrae i and i+1) as triangles: the
// annulus as a grid that follows both endplates and bulges a little at the
// front and back, and the nucleus as a soft oval inside it.
func (d *spineDrawer) appendDisc(a *SpineArt, v View, pose []motion.Affine, i int) {
	d.appendDiscIn(a, v, pose, i, a.palette)
}

// appendDiscIn adds disc i in the disc colours of pal.
func (d *spineDrawer) appendDiscIn(a *SpineArt, v View, pose []motion.Affine, i int, pal *Palette) {
	sp := a.spine
	up, lo := sp.Vertebrae[i], sp.Vertebrae[i+1]
	loTop := lo.Height
	if lo.Sacrum {
		loTop = 0
	}
	// point returns the screen position of disc coordinates u (0 front, 1
	// back) and w (0 bottom, 1 top).
	point := func(u, w float64) (float32, float32) {
		bx, by := pose[i+1].Apply(-lo.Depth/2+u*lo.Depth, loTop+0.5)
		tx, ty := pose[i].Apply(-up.Depth/2+u*up.Depth, -0.5)
		x, y := bx+(tx-bx)*w, by+(ty-by)*w
		// Bulge outward at the front and back walls, most at mid-height.
		bulge := 1.3 * 4 * w * (1 - w)
		switch {
		case u == 0:
			fx, fy := pose[i+1].Apply(-lo.Depth/2-1, loTop)
			fx2, fy2 := pose[i+1].Apply(-lo.Depth/2, loTop)
			x += (fx - fx2) * bulge
			y += (fy - fy2) * bulge
		case u == 1:
			fx, fy := pose[i+1].Apply(lo.Depth/2+1, loTop)
			fx2, fy2 := pose[i+1].Apply(lo.Depth/2, loTop)
			x += (fx - fx2) * bulge * 0.6
			y += (fy - fy2) * bulge * 0.6
		}
		sx, sy := v.Point(x, y)
		return float32(sx), float32(sy)
	}
	base := uint16(len(d.vs))
	for r := 0; r < discRows; r++ {
		w := float64(r) / (discRows - 1)
		for c := 0; c < discCols; c++ {
			u := float64(c) / (discCols - 1)
			x, y := point(u, w)
			// Lamellae read darker at the rim, lighter inside.
			edge := 1 - 4*u*(1-u)
			d.vs = append(d.vs, vertex(x, y, mix(pal.AnnulusIn, pal.AnnulusOut, edge)))
		}
	}
	for r := 0; r < discRows-1; r++ {
		for c := 0; c < discCols-1; c++ {
			k := base + uint16(r*discCols+c)
			d.is = append(d.is, k, k+1, k+discCols, k+1, k+discCols+1, k+discCols)
		}
	}
	// The nucleus: an oval a little behind the middle of the disc.
	cu, cw, ru, rw := 0.56, 0.5, 0.2, 0.3
	cx, cy := point(cu, cw)
	center := uint16(len(d.vs))
	d.vs = append(d.vs, vertex(cx, cy, pal.NucleusCore))
	for k := 0; k < nucleusN; k++ {
		t := float64(k) / nucleusN
		s, c := sincos(t)
		x, y := point(cu+ru*c, cw+rw*s)
		d.vs = append(d.vs, vertex(x, y, pal.NucleusRim))
	}
	for k := 0; k < nucleusN; k++ {
		d.is = append(d.is, center, center+1+uint16(k), center+1+uint16((k+1)%nucleusN))
	}
}

func vertex(x, y float32, c color.RGBA) ebiten.Vertex {
	return ebiten.Vertex{DstX: x, DstY: y, SrcX: 1, SrcY: 1,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255, ColorA: 1}
}

// mix blends a toward b by t in 0..1.
func mix(a, b color.RGBA, t float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 0xff}
}
