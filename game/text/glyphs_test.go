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

// TestDrawStringIsTheDrawers checks that the face's own drawString gives
// the very pixels font.Drawer gives with a white source (image/draw's Over),
// over a background that is not blank (bold draws over its own ink), with
// glyphs clipped at every edge, and kerning taken from the kept pairs (the
// Go font has none: every pair kept must be the font's 0).
func TestDrawStringIsTheDrawers(t *testing.T) {
	strs := []string{"AVATAR Type: WAVE", "Spinal fusion: L4–L5", "Vértebra, ção ñ ü ß", "jÿ,_|"}
	dots := []fixed.Point26_6{
		fixed.P(3, 30),
		{X: 3*64 + 21, Y: 30 * 64},
		{X: -9*64 + 43, Y: 6*64 + 7},    // clipped left and top
		{X: 330*64 + 11, Y: 58*64 + 50}, // clipped right and bottom
	}
	background := func() *image.RGBA {
		img := image.NewRGBA(image.Rect(0, 0, 400, 60))
		for i := range img.Pix {
			img.Pix[i] = uint8(i*37 + i/7)
		}
		for i := 3; i < len(img.Pix); i += 4 { // premultiplied: colour ≤ alpha
			a := img.Pix[i] | 0x80
			img.Pix[i] = a
			for k := 1; k <= 3; k++ {
				img.Pix[i-k] = min(img.Pix[i-k], a)
			}
		}
		return img
	}
	for _, size := range []float64{11, 23.5} {
		f := newFace(faceKey{size: size})
		for _, s := range strs {
			for _, dot := range dots {
				want := background()
				d := font.Drawer{Dst: want, Src: image.White, Face: f.Face, Dot: dot}
				d.DrawString(s)
				got := background()
				f.drawString(got, dot, s)
				if !equalPix(want, got) {
					t.Fatalf("size %v: %q at %v: drawString differs from font.Drawer", size, s, dot)
				}
			}
		}
		if len(f.cache.kerns) == 0 {
			t.Errorf("size %v: no kerning pair was kept", size)
		}
		for k, v := range f.cache.kerns {
			if want := f.Face.Kern(k[0], k[1]); v != want {
				t.Errorf("size %v: kept kerning of %q %v, the font's %v", size, string(k[:]), v, want)
			}
		}
	}
}

// TestKeptKerningIsBounded checks that a face asked for more pairs than
// maxKerns starts again rather than growing.
func TestKeptKerningIsBounded(t *testing.T) {
	f := newFace(faceKey{size: 12})
	for i := range 3 * maxKerns {
		f.Kern(rune(0x41+i%64), rune(0x41+i/64))
		if len(f.cache.kerns) > maxKerns {
			t.Fatalf("after %d pairs the face keeps %d; want at most %d", i+1, len(f.cache.kerns), maxKerns)
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
