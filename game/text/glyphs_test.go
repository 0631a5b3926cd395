package text

import (
	"image"
	"image/draw"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// drawWith rasterises s with face f, the pen starting at dot, as the
// cache's rasterise does.
func drawWith(f font.Face, s string, dot fixed.Point26_6) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 400, 60))
	d := font.Drawer{Dst: img, Src: image.White, Face: f, Dot: dot}
	d.DrawString(s)
	return img
}

// TestKeptGlyphsDrawTheSame checks that text drawn through the kept glyphs
// is the same, pixel for pixel, as text drawn by the opentype face itself,
// at several sizes and sub-pixel pen positions (bold's smear steps), and
// again once the glyphs are kept; and that measuring agrees.
func TestKeptGlyphsDrawTheSame(t *testing.T) {
	strs := []string{"Spinal fusion: L4–L5", "Bandscheibe verschlissen", "Vértebra, ção ñ ü ß", "12 mo ✓ ?!"}
	dots := []fixed.Point26_6{fixed.P(3, 30), {X: 3*64 + 21, Y: 30 * 64}, {X: 5*64 + 43, Y: 31*64 + 7}}
	for _, size := range []float64{11, 14.25, 23.5} {
		kept := newFace(faceKey{size: size})
		plain := newFace(faceKey{size: size}).Face // the opentype face alone
		for pass := range 2 {
			for _, s := range strs {
				for _, dot := range dots {
					want := drawWith(plain, s, dot)
					got := drawWith(kept, s, dot)
					if !equalPix(want, got) {
						t.Fatalf("size %v, pass %d, %q at %v: kept glyphs draw differently", size, pass, s, dot)
					}
				}
				if a, b := font.MeasureString(kept, s), font.MeasureString(plain, s); a != b {
					t.Errorf("size %v: MeasureString(%q) = %v through the kept metrics, %v from the face", size, s, a, b)
				}
				ab, _ := font.BoundString(kept, s)
				bb, _ := font.BoundString(plain, s)
				if ab != bb {
					t.Errorf("size %v: BoundString(%q) = %v through the kept metrics, %v from the face", size, s, ab, bb)
				}
			}
		}
		if len(kept.cache.glyphs) == 0 {
			t.Errorf("size %v: no glyph was kept", size)
		}
	}
}

// TestKeptGlyphsAreBounded checks that a face drawing more distinct glyphs
// than maxGlyphs starts again rather than growing.
func TestKeptGlyphsAreBounded(t *testing.T) {
	f := newFace(faceKey{size: 12})
	for r := rune(0x21); r < 0x21+3*maxGlyphs; r++ {
		f.Glyph(fixed.P(0, 20), r)
		f.GlyphBounds(r)
		if len(f.cache.glyphs) > maxGlyphs || len(f.cache.metrics) > maxGlyphs {
			t.Fatalf("after rune %U the face keeps %d glyphs and %d metrics; want at most %d", r, len(f.cache.glyphs), len(f.cache.metrics), maxGlyphs)
		}
	}
}

func equalPix(a, b *image.RGBA) bool {
	if a.Rect != b.Rect {
		return false
	}
	for i := range a.Pix {
		if a.Pix[i] != b.Pix[i] {
			return false
		}
	}
	return true
}

var _ draw.Image = (*image.RGBA)(nil)
