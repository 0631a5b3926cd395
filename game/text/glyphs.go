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

// glyphCache holds a face's kept glyphs and metrics.
type glyphCache struct {
	glyphs  map[glyphKey]glyph
	metrics map[rune]metrics
}

// Glyph is font.Face's Glyph, rasterising each (rune, sub-pixel position)
// once.
func (f *face) Glyph(dot fixed.Point26_6, r rune) (dr image.Rectangle, mask image.Image, maskp image.Point, advance fixed.Int26_6, ok bool) {
	whole := image.Pt(dot.X.Floor(), dot.Y.Floor())
	k := glyphKey{r, dot.X & 63, dot.Y & 63}
	g, hit := f.cache.glyphs[k]
	if !hit {
		g = f.rasteriseGlyph(fixed.Point26_6{X: k.fx, Y: k.fy}, r)
		if len(f.cache.glyphs) >= maxGlyphs || f.cache.glyphs == nil {
			f.cache.glyphs = make(map[glyphKey]glyph, 64)
		}
		f.cache.glyphs[k] = g
	}
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
		if len(f.cache.metrics) >= maxGlyphs || f.cache.metrics == nil {
			f.cache.metrics = make(map[rune]metrics, 64)
		}
		f.cache.metrics[r] = m
	}
	return m.bounds, m.advance, m.ok
}

// GlyphAdvance is font.Face's GlyphAdvance, from the kept metrics.
func (f *face) GlyphAdvance(r rune) (advance fixed.Int26_6, ok bool) {
	_, advance, ok = f.GlyphBounds(r)
	return advance, ok
}

var _ font.Face = (*face)(nil)
