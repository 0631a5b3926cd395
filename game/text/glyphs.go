package text

import (
	"image"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// The opentype face outlines and rasterises a glyph again at every call,
// and measuring loads the outline again too. Text images are made a whole
// string at a time, so the first frame alone draws each common letter
// hundreds of times: the face below keeps each glyph's metrics and mask
// instead, which made the first frame's text several times cheaper.

// maxGlyphs bounds the masks one face keeps; a face that fills up starts
// again empty (each mask is a few hundred bytes).
const maxGlyphs = 512

// glyphKey names one rasterised glyph: the rune, and where the pen stood
// inside its pixel (in 1/64 px). The mask depends on nothing else.
type glyphKey struct {
	r      rune
	fx, fy fixed.Int26_6
}

// glyph is a kept result of Face.Glyph, placed relative to the whole pixel
// the pen stood in. A rune the font lacks comes with ok false and the
// font's "missing" box, which font.Drawer draws all the same.
type glyph struct {
	rect    image.Rectangle
	mask    *image.Alpha // its own copy, origin at rect.Min
	advance fixed.Int26_6
	ok      bool
}

// metrics is a kept result of Face.GlyphBounds.
type metrics struct {
	bounds  fixed.Rectangle26_6
	advance fixed.Int26_6
	ok      bool
}

// glyphCache holds a face's kept glyphs, metrics and kerning.
type glyphCache struct {
	glyphs  map[glyphKey]glyph
	metrics map[rune]metrics
	kerns   map[[2]rune]fixed.Int26_6
}

// keep stores v under k in *m, which starts again empty once it holds
// limit entries: a face that fills up forgets rather than grows.
func keep[K comparable, V any](m *map[K]V, k K, v V, limit int) {
	if len(*m) >= limit || *m == nil {
		*m = make(map[K]V, 64)
	}
	(*m)[k] = v
}

// kept returns the glyph of r with the pen at dot, rasterised once per
// (rune, sub-pixel position), and the whole pixel the pen stands in, which
// g.rect is relative to.
func (f *face) kept(dot fixed.Point26_6, r rune) (g glyph, whole image.Point) {
	k := glyphKey{r, dot.X & 63, dot.Y & 63}
	g, hit := f.cache.glyphs[k]
	if !hit {
		g = f.rasteriseGlyph(fixed.Point26_6{X: k.fx, Y: k.fy}, r)
		keep(&f.cache.glyphs, k, g, maxGlyphs)
	}
	return g, image.Pt(dot.X.Floor(), dot.Y.Floor())
}

// Glyph is font.Face's Glyph, from the kept glyphs.
func (f *face) Glyph(dot fixed.Point26_6, r rune) (dr image.Rectangle, mask image.Image, maskp image.Point, advance fixed.Int26_6, ok bool) {
	g, whole := f.kept(dot, r)
	if g.mask == nil {
		return image.Rectangle{}, nil, image.Point{}, g.advance, g.ok
	}
	return g.rect.Add(whole), g.mask, g.mask.Rect.Min, g.advance, g.ok
}

// rasteriseGlyph asks the opentype face for r with the pen at dot (inside
// the pixel at the origin) and copies its mask, which the face reuses.
func (f *face) rasteriseGlyph(dot fixed.Point26_6, r rune) glyph {
	dr, mask, maskp, adv, ok := f.Face.Glyph(dot, r)
	if mask == nil || dr.Empty() {
		return glyph{advance: adv, ok: ok}
	}
	own := image.NewAlpha(image.Rectangle{Max: dr.Size()})
	if a, isAlpha := mask.(*image.Alpha); isAlpha {
		for y := 0; y < dr.Dy(); y++ {
			i := a.PixOffset(maskp.X, maskp.Y+y)
			copy(own.Pix[y*own.Stride:(y+1)*own.Stride], a.Pix[i:i+dr.Dx()])
		}
	} else {
		for y := 0; y < dr.Dy(); y++ {
			for x := 0; x < dr.Dx(); x++ {
				_, _, _, v := mask.At(maskp.X+x, maskp.Y+y).RGBA()
				own.Pix[y*own.Stride+x] = uint8(v >> 8)
			}
		}
	}
	return glyph{rect: dr, mask: own, advance: adv, ok: ok}
}

// GlyphBounds is font.Face's GlyphBounds, loading each rune's outline once.
func (f *face) GlyphBounds(r rune) (bounds fixed.Rectangle26_6, advance fixed.Int26_6, ok bool) {
	m, hit := f.cache.metrics[r]
	if !hit {
		m.bounds, m.advance, m.ok = f.Face.GlyphBounds(r)
		keep(&f.cache.metrics, r, m, maxGlyphs)
	}
	return m.bounds, m.advance, m.ok
}

// GlyphAdvance is font.Face's GlyphAdvance, from the kept metrics.
func (f *face) GlyphAdvance(r rune) (advance fixed.Int26_6, ok bool) {
	_, advance, ok = f.GlyphBounds(r)
	return advance, ok
}

// Kern is font.Face's Kern, asking the font once per pair: the opentype
// face looks both runes up and searches the font's pairs at every call, and
// measuring and drawing a string each ask for every pair in it.
func (f *face) Kern(r0, r1 rune) fixed.Int26_6 {
	k := [2]rune{r0, r1}
	v, hit := f.cache.kerns[k]
	if !hit {
		v = f.Face.Kern(r0, r1)
		keep(&f.cache.kerns, k, v, maxKerns)
	}
	return v
}

// maxKerns bounds the pairs one face keeps (12 bytes each).
const maxKerns = 4096

// drawString draws s in white over dst with the pen starting at dot, from
// the kept glyphs: what font.Drawer.DrawString does with a white source.
func (f *face) drawString(dst *image.RGBA, dot fixed.Point26_6, s string) {
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += f.Kern(prev, r)
		}
		g, whole := f.kept(dot, r)
		if g.mask != nil {
			over(dst, g.rect.Add(whole), g.mask)
		}
		dot.X += g.advance
		prev = r
	}
}

// over lays a kept glyph's mask, which covers r exactly, in white over dst,
// clipped to dst: image/draw's Over with a uniform white source, rounded
// the same way, in a loop small enough to be cheap to compile.
func over(dst *image.RGBA, r image.Rectangle, mask *image.Alpha) {
	clipped := r.Intersect(dst.Rect)
	if clipped.Empty() {
		return
	}
	mp := mask.Rect.Min.Add(clipped.Min.Sub(r.Min))
	const m = 1<<16 - 1
	for y := 0; y < clipped.Dy(); y++ {
		d := dst.Pix[dst.PixOffset(clipped.Min.X, clipped.Min.Y+y):]
		a := mask.Pix[mask.PixOffset(mp.X, mp.Y+y):]
		for x := 0; x < clipped.Dx(); x++ {
			ma := uint32(a[x])
			if ma == 0 {
				continue
			}
			ma |= ma << 8
			keep := (m - ma) * 0x101
			p := d[4*x : 4*x+4 : 4*x+4]
			p[0] = uint8((uint32(p[0])*keep/m + ma) >> 8)
			p[1] = uint8((uint32(p[1])*keep/m + ma) >> 8)
			p[2] = uint8((uint32(p[2])*keep/m + ma) >> 8)
			p[3] = uint8((uint32(p[3])*keep/m + ma) >> 8)
		}
	}
}

var _ font.Face = (*face)(nil)
