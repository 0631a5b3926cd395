package scene

import (
	"image/color"
	"math"

	"spinefusion/game/anatomy"
	"spinefusion/game/condition"
)

// conditionKey is what a condition's art depends on: the spine, scale and
// palette, and the parts of the geometry before and after that change its
// shapes (not the slip, which only moves bones).
type conditionKey struct {
	sp        *anatomy.Spine
	scale     float64
	pal       *Palette
	cond      string
	disc      int
	bone      [2]int
	frontLoss [2]float64
	spur      float64
	reach     float64
	lamina    bool
}

func keyOf(sp *anatomy.Spine, scale float64, pal *Palette, g *[2]condition.Geometry) conditionKey {
	return conditionKey{sp: sp, scale: scale, pal: pal, cond: g[0].Condition, disc: g[0].Disc,
		bone: [2]int{g[0].Bone, g[1].Bone}, frontLoss: [2]float64{g[0].FrontLoss, g[1].FrontLoss},
		spur: g[0].Spur, reach: g[0].Herniation, lamina: g[0].Laminectomy}
}

// conditionArt is a condition's pictures in side view at one scale: bones
// that stand in for the normal ones (a wedged or a cut vertebra), the bone
// spurs, the herniated nucleus, the glow and jagged ring of a pinched nerve
// root, and the outline of bone taken out in an earlier operation.
type conditionArt struct {
	key conditionKey
	// bone[which] replaces Vertebrae[key.bone[which]] on that panel.
	bone [2]Sprite
	// spurUp sits on the disc's upper bone, spurLo on its lower bone.
	spurUp, spurLo Sprite
	// herniation is in the frame of the disc's lower bone.
	herniation Sprite
	// glow and jag are in the frame of the disc's upper bone, whose root
	// passes the disc; jagX, jagY is the jagged ring's centre there.
	glow, jag  Sprite
	jagX, jagY float64
	// removed is the outline of the lamina taken out, in the frame of
	// key.bone[0].
	removed Sprite
	// worn is the palette a worn, dried-out disc is drawn in.
	worn Palette
	// ink and soft are the label colours.
	ink, soft color.RGBA
}

// conditionColours are the marks' colours for a palette: the glow of an
// irritated nerve and the line of the jagged ring around it.
func conditionColours(pal *Palette) (glow, line color.RGBA) {
	if pal.Background.R < 0x80 { // dark theme
		return color.RGBA{0xff, 0x5a, 0x3c, 0xff}, color.RGBA{0xff, 0x8a, 0x70, 0xff}
	}
	return color.RGBA{0xe0, 0x32, 0x1c, 0xff}, color.RGBA{0xa0, 0x14, 0x08, 0xff}
}

func newConditionArt(key conditionKey, g *[2]condition.Geometry) *conditionArt {
	sp, scale, pal := key.sp, key.scale, key.pal
	a := &conditionArt{key: key, ink: pal.Text, soft: pal.TextSoft}
	glowC, lineC := conditionColours(pal)
	a.worn = *pal
	dry := color.RGBA{0x4a, 0x50, 0x58, 0xff}
	a.worn.AnnulusOut = mix(pal.AnnulusOut, dry, 0.75)
	a.worn.AnnulusIn = mix(pal.AnnulusIn, dry, 0.7)
	a.worn.NucleusRim = mix(pal.NucleusRim, dry, 0.8)
	a.worn.NucleusCore = mix(pal.NucleusCore, dry, 0.75)
	// Bones that stand in for normal ones.
	for w := range g {
		i := key.bone[w]
		if i < 0 {
			continue
		}
		v := sp.Vertebrae[i]
		p := boneParts(sp, i)
		var cracks Shape
		switch {
		case key.frontLoss[w] > 0 && !v.Sacrum:
			wedge(&p, v, key.frontLoss[w])
			if w == 0 {
				fractureLines(&cracks, v, key.frontLoss[w])
			}
		case key.lamina && !v.Sacrum && !sp.Cervical():
			if w == 0 {
				var was Shape
				was.ops = append(was.ops, p.Arch.ops...)
				a.removed = rasterise(scale, layer{shape: &was, fill: color.RGBA{}, stroke: 0.7, line: pal.TextSoft})
			}
			p.Arch = Shape{}
			laminectomyArch(&p.Arch, v, sp.Posterior)
		default:
			continue
		}
		a.bone[w] = boneSprite(&p, scale, pal, layer{shape: &cracks, fill: pal.BoneLine})
	}
	d := key.disc
	if d < 0 {
		return a
	}
	up, lo := sp.Vertebrae[d], sp.Vertebrae[d+1]
	if s := key.spur; s > 0 {
		var su, sl Shape
		spurs(&su, up, s, 0, -1)
		top := lo.Height
		if lo.Sacrum {
			top = 0
		}
		spurs(&sl, lo, s, top, 1)
		a.spurUp = rasterise(scale, layer{shape: &su, fill: pal.Cortex, stroke: 1.1, line: pal.BoneLine})
		a.spurLo = rasterise(scale, layer{shape: &sl, fill: pal.Cortex, stroke: 1.1, line: pal.BoneLine})
	}
	if r := key.reach; r > 0 {
		var h Shape
		herniation(&h, sp, d, r, g[0].HeightScale)
		a.herniation = rasterise(scale, layer{shape: &h, fill: pal.NucleusRim, stroke: 1.4, line: pal.AnnulusOut})
	}
	if g[0].Pinched && !up.Sacrum {
		p := boneParts(sp, d)
		a.glow = rasterise(scale, layer{shape: &p.Root, fill: glowC, stroke: 5, line: withAlpha(glowC, 0x90)})
		back, h := up.Depth/2, up.Height
		a.jagX, a.jagY = back+4.5, sp.Posterior.PedicleBottom*h-4.5 // the ganglion
		var j Shape
		jaggedRing(&j, a.jagX, a.jagY, 5.5, 8, 12)
		a.jag = rasterise(scale, layer{shape: &j, fill: lineC})
	}
	return a
}

func (a *conditionArt) dispose() {
	deallocate(a.bone[0], a.bone[1], a.spurUp, a.spurLo, a.herniation, a.glow, a.jag, a.removed)
}

func withAlpha(c color.RGBA, a uint8) color.RGBA {
	k := float64(a) / 255
	return color.RGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), a}
}

// warp moves every point of the outline (control points too) by f.
func (s *Shape) warp(f func(x, y float64) (float64, float64)) {
	for i := range s.ops {
		o := &s.ops[i]
		if o.kind == 'Z' {
			continue
		}
		o.x, o.y = f(o.x, o.y)
		if o.kind == 'Q' {
			o.cx, o.cy = f(o.cx, o.cy)
		}
	}
}

// wedge crushes a vertebral body at the front: its top falls by loss of its
// height at the front edge, less toward the back, where it is whole; the
// arch behind is untouched. The top endplate then tilts by the angle
// condition.Geometry.Wedge gives.
func wedge(p *BoneParts, v anatomy.Vertebra, loss float64) {
	back := v.Depth / 2
	f := func(x, y float64) (float64, float64) {
		k := math.Max(0, math.Min(1, (back-x)/v.Depth))
		return x, y * (1 - loss*k)
	}
	p.Body.warp(f)
	p.Cancellous.warp(f)
	p.Trabeculae.warp(f)
}

// fractureLines adds the dark, jagged cracks of a crushed body near its
// front and top.
func fractureLines(s *Shape, v anatomy.Vertebra, loss float64) {
	d, h := v.Depth, v.Height*(1-loss)
	front := -d / 2
	zigzag(s, 0.45, [][2]float64{{front + 1, h * 0.55}, {front + 5, h * 0.7}, {front + 8, h * 0.5}, {front + 12, h * 0.72}, {front + 16, h * 0.62}, {front + 20, h * 0.86}})
	zigzag(s, 0.4, [][2]float64{{front + 2, h * 0.25}, {front + 6, h * 0.38}, {front + 9, h * 0.22}, {front + 13, h * 0.4}})
	zigzag(s, 0.4, [][2]float64{{front + 9, h * 0.9}, {front + 11, h * 0.78}, {front + 15, h * 0.92}})
}

// zigzag adds a polyline of the given half width as thin quads.
func zigzag(s *Shape, w float64, pts [][2]float64) {
	for i := 0; i+1 < len(pts); i++ {
		x0, y0, x1, y1 := pts[i][0], pts[i][1], pts[i+1][0], pts[i+1][1]
		l := math.Hypot(x1-x0, y1-y0)
		nx, ny := -(y1-y0)/l*w, (x1-x0)/l*w
		s.MoveTo(x0-nx, y0-ny)
		s.LineTo(x1-nx, y1-ny)
		s.LineTo(x1+nx, y1+ny)
		s.LineTo(x0+nx, y0+ny)
		s.Close()
	}
}

// laminectomyArch adds a vertebra's arch after a laminectomy: the pedicle
// and the joint processes are left, the lamina and spinous process are cut
// away.
func laminectomyArch(s *Shape, v anatomy.Vertebra, p anatomy.Posterior) {
	h := v.Height
	back := v.Depth / 2
	pt, pb := p.PedicleTop*h, p.PedicleBottom*h
	a := back + p.PedicleLength
	r := p.FacetReach
	s.MoveTo(back-1.5, pt)
	s.QuadTo((back+a)/2, pt-1.2, a-1, pt)
	s.QuadTo(a-2.2, h+r*0.55, a+1.5, h+r)
	s.QuadTo(a+5, h+r+1, a+6.5, h+r*0.35)
	s.LineTo(a+7, h*0.82)
	// The rough cut where the lamina was taken off.
	s.LineTo(a+9, h*0.62)
	s.LineTo(a+8, h*0.45)
	s.LineTo(a+10, h*0.28)
	s.LineTo(a+11.5, h*0.05)
	// The lower joint process, kept.
	s.QuadTo(a+14.5, -r*0.5, a+13, -r-1.5)
	s.QuadTo(a+9.5, -r-2.5, a+7.2, -r*0.45)
	s.LineTo(a+6.5, pb*0.2)
	s.QuadTo(a+4, pb-1, a-1, pb)
	s.QuadTo((back+a)/2, pb-2.5, back-1.5, pb)
	s.Close()
}

// spurs adds the bone spurs (osteophytes) of length l at the front and back
// rims of a vertebra's endplate at height y, pointing away from the bone
// (dir -1 down from a lower endplate, +1 up from an upper one): beaks that
// reach toward the neighbour, the back one into the foramen.
func spurs(s *Shape, v anatomy.Vertebra, l, y, dir float64) {
	front, back := -v.Depth/2, v.Depth/2
	// Back rim: the spur grows back and toward the disc.
	s.MoveTo(back-5, y-dir*0.4)
	s.QuadTo(back+l*0.2, y+dir*l*0.25, back+l*0.75, y+dir*l*0.95)
	s.QuadTo(back+l*0.35, y+dir*l*0.1, back+0.4, y-dir*3)
	s.Close()
	// Front rim: a beak curling toward the disc.
	s.MoveTo(front+5, y-dir*0.4)
	s.QuadTo(front-l*0.2, y+dir*l*0.25, front-l*0.8, y+dir*l*0.95)
	s.QuadTo(front-l*0.35, y+dir*l*0.1, front-0.4, y-dir*3)
	s.Close()
}

// herniation adds the nucleus pushed out through the back of disc d into
// the canal, reach mm beyond the disc's back edge, in the frame of the
// disc's lower bone.
func herniation(s *Shape, sp *anatomy.Spine, d int, reach, heightScale float64) {
	lo := sp.Vertebrae[d+1]
	top := lo.Height
	if lo.Sacrum {
		top = 0
	}
	back := lo.Depth / 2
	// The back of the disc is lower than its middle (the natural curve).
	hb := sp.Discs[d].Height * heightScale * 0.7
	y := top + hb/2
	// From the nucleus out through the torn back wall...
	s.Ellipse(back-3+reach/2, y, reach/2+4, hb*0.38)
	// ...swelling in the canal, up and down along the back of the bodies.
	s.Ellipse(back+reach-2.5, y+0.5, 3.2, hb*0.55+2)
}

// jaggedRing adds a ring of sharp teeth around (cx, cy), radii r0 inside
// and r1 at the points: the mark of a pinched, painful nerve, readable
// without colour.
func jaggedRing(s *Shape, cx, cy, r0, r1 float64, n int) {
	const w = 0.7 // band half width, mm
	for k := 0; k < n; k++ {
		a0 := 2 * math.Pi * float64(k) / float64(n)
		a1 := 2 * math.Pi * (float64(k) + 0.5) / float64(n)
		a2 := 2 * math.Pi * float64(k+1) / float64(n)
		zigzag(s, w, [][2]float64{
			{cx + r0*math.Cos(a0), cy + r0*math.Sin(a0)},
			{cx + r1*math.Cos(a1), cy + r1*math.Sin(a1)},
			{cx + r0*math.Cos(a2), cy + r0*math.Sin(a2)},
		})
	}
}
