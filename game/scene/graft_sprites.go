package scene

import (
	"math"
	"math/rand/v2"

	"spinefusion/game/graft"
)

// Texture sprites are texSize millimetres square. A disc space's lower
// endplate lies texDiscBase above the texture's bottom edge; a gutter's
// lower transverse process texGutterBase above it.
const (
	texSize       = 56
	texDiscBase   = 20
	texGutterBase = 8
)

// particleRef returns the size a look's particle pictures are drawn at,
// half-lengths in millimetres along their axes.
func particleRef(l *graft.Look) (float64, float64) {
	if l.Kind == graft.Sponge {
		return l.RadiusMax, l.RadiusMax * 0.42
	}
	return l.RadiusMax, l.RadiusMax
}

// particleSprite rasterises one picture of a look's particle, centred on its
// origin at the look's largest size; seed varies the picture.
func particleSprite(l *graft.Look, scale float64, seed uint64) Sprite {
	rng := rand.New(rand.NewPCG(seed, 0xc41b))
	rx, ry := particleRef(l)
	var body, shade, specks, shine Shape
	line := 0.22
	switch l.Kind {
	case graft.Granule:
		// A bead: shaded body, lighter face toward the top left, a glint.
		body.Ellipse(0, 0, rx, ry)
		shade.Ellipse(-0.12*rx, 0.12*ry, 0.78*rx, 0.78*ry)
		shine.Ellipse(-0.32*rx, 0.34*ry, 0.22*rx, 0.2*ry)
		return rasterise(scale,
			layer{shape: &body, fill: l.Shade, stroke: 0.16, line: l.Line},
			layer{shape: &shade, fill: l.Fill},
			layer{shape: &shine, fill: l.Speck},
		)
	case graft.Sponge:
		// A soft strip with rounded ends and fine pores.
		roundedRect(&body, -rx, -ry, rx, ry, ry*0.9, rng, 0.12)
		roundedRect(&shade, -rx*0.92, -ry*0.75, rx*0.92, -ry*0.2, ry*0.4, rng, 0.05)
		for i := 0; i < l.Specks; i++ {
			x := (rng.Float64()*2 - 1) * rx * 0.8
			y := (rng.Float64()*2 - 1) * ry * 0.6
			r := ry * (0.1 + 0.1*rng.Float64())
			specks.Ellipse(x, y, r*1.4, r)
		}
		return rasterise(scale,
			layer{shape: &body, fill: l.Fill, stroke: line, line: l.Line},
			layer{shape: &shade, fill: l.Speck},
			layer{shape: &specks, fill: l.Shade},
		)
	}
	// A chip: an irregular polygon, a darker cancellous side and specks
	// (marrow in autograft, pores in processed bone).
	chipOutline(&body, rx, ry, l.Jagged, rng)
	chipOutlineScaled(&shade, rx*0.5, ry*0.5, 0.22*rx, -0.2*ry, l.Jagged, rng)
	for i := 0; i < l.Specks; i++ {
		a := rng.Float64() * 2 * math.Pi
		d := 0.15 + 0.4*rng.Float64()
		r := (0.1 + 0.08*rng.Float64()) * rx
		specks.Ellipse(d*rx*math.Cos(a), d*ry*math.Sin(a), r, r*0.8)
	}
	return rasterise(scale,
		layer{shape: &body, fill: l.Fill, stroke: line, line: l.Line},
		layer{shape: &shade, fill: l.Shade},
		layer{shape: &specks, fill: l.Speck},
	)
}

// chipOutline adds an irregular closed polygon of half-sizes rx, ry about
// the origin; jagged 0 is nearly round.
func chipOutline(s *Shape, rx, ry, jagged float64, rng *rand.Rand) {
	chipOutlineScaled(s, rx, ry, 0, 0, jagged, rng)
}

// chipOutlineScaled adds an irregular polygon centred on (cx, cy).
func chipOutlineScaled(s *Shape, rx, ry, cx, cy, jagged float64, rng *rand.Rand) {
	n := 6 + rng.IntN(4)
	if jagged < 0.3 {
		n = 5 + rng.IntN(2)
	}
	a0 := rng.Float64() * 2 * math.Pi
	for i := 0; i < n; i++ {
		a := a0 + (float64(i)+(rng.Float64()-0.5)*jagged)*2*math.Pi/float64(n)
		r := 1 - jagged*0.4*rng.Float64()
		x, y := cx+rx*r*math.Cos(a), cy+ry*r*math.Sin(a)
		if i == 0 {
			s.MoveTo(x, y)
		} else {
			s.LineTo(x, y)
		}
	}
	s.Close()
}

// roundedRect adds a rectangle with rounded corners of radius r, its edges
// wavering by wobble millimetres.
func roundedRect(s *Shape, x0, y0, x1, y1, r float64, rng *rand.Rand, wobble float64) {
	j := func() float64 { return (rng.Float64()*2 - 1) * wobble }
	s.MoveTo(x0+r, y1)
	s.QuadTo((x0+x1)/2, y1+j(), x1-r, y1)
	s.QuadTo(x1, y1, x1, y1-r)
	s.QuadTo(x1+j(), (y0+y1)/2, x1, y0+r)
	s.QuadTo(x1, y0, x1-r, y0)
	s.QuadTo((x0+x1)/2, y0+j(), x0+r, y0)
	s.QuadTo(x0, y0, x0, y0+r)
	s.QuadTo(x0+j(), (y0+y1)/2, x0, y1-r)
	s.QuadTo(x0, y1, x0+r, y1)
	s.Close()
}

// square adds the texture's square.
func square(s *Shape) {
	s.MoveTo(0, 0)
	s.LineTo(texSize, 0)
	s.LineTo(texSize, texSize)
	s.LineTo(0, texSize)
	s.Close()
}

// matureTexture rasterises remodelled cancellous bone, the look of the
// bodies' insides.
func matureTexture(scale float64, pal *Palette) Sprite {
	var bg, tr Shape
	square(&bg)
	trabeculae(&tr, 0.5, texSize-0.5, 0.5, texSize-0.5, 0x7ab)
	return rasterise(scale, layer{shape: &bg, fill: pal.Spongy}, layer{shape: &tr, fill: pal.Trabecula})
}

// wovenTexture rasterises new woven bone: paler than mature bone, its
// mineral laid down in unordered blotches with a loose weave of thin struts
// and small vessels between them.
func wovenTexture(scale float64, pal *Palette, t *graft.Tissue) Sprite {
	var bg, mottle, pores, struts Shape
	square(&bg)
	rng := rand.New(rand.NewPCG(0x40e7, 3))
	for i := 0; i < texSize*texSize/5; i++ {
		x := 1.5 + rng.Float64()*(texSize-3)
		y := 1.5 + rng.Float64()*(texSize-3)
		r := 0.45 + 0.7*rng.Float64()
		mottle.Ellipse(x, y, r*(0.7+0.6*rng.Float64()), r*(0.7+0.6*rng.Float64()))
	}
	for i := 0; i < texSize*texSize/9; i++ {
		x := 1 + rng.Float64()*(texSize-2)
		y := 1 + rng.Float64()*(texSize-2)
		a := rng.Float64() * 2 * math.Pi
		l := 0.8 + 1.4*rng.Float64()
		dx, dy := l*math.Cos(a), l*math.Sin(a)
		w := 0.16
		struts.MoveTo(x-dy/l*w, y+dx/l*w)
		struts.LineTo(x+dx-dy/l*w, y+dy+dx/l*w)
		struts.LineTo(x+dx+dy/l*w, y+dy-dx/l*w)
		struts.LineTo(x+dy/l*w, y-dx/l*w)
		struts.Close()
	}
	for i := 0; i < texSize*texSize/12; i++ {
		x := 0.6 + rng.Float64()*(texSize-1.2)
		y := 0.6 + rng.Float64()*(texSize-1.2)
		r := 0.14 + 0.16*rng.Float64()
		pores.Ellipse(x, y, r*(0.8+0.5*rng.Float64()), r)
	}
	return rasterise(scale,
		layer{shape: &bg, fill: t.WovenFill},
		layer{shape: &mottle, fill: t.WovenMottle},
		layer{shape: &struts, fill: mix(t.WovenMottle, pal.Trabecula, 0.55)},
		layer{shape: &pores, fill: t.WovenPore},
	)
}
