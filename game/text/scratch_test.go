package text

import (
	"bytes"
	"image"
	"testing"
)

// The strings share one scratch picture: each must come out as it would on
// a fresh one, whatever was drawn there before, bigger or smaller.
func TestPicturesOnTheScratchAreFresh(t *testing.T) {
	type want struct {
		s      string
		size   float64
		bold   bool
		pix    []byte
		rect   image.Rectangle
		origin image.Point
	}
	alone := func(s string, size float64, bold bool) want {
		c := NewCache()
		e := c.lookup(s, size, bold)
		p, o := c.picture(e, s, size, bold)
		return want{s, size, bold, bytes.Clone(p.Pix), p.Rect, o}
	}
	list := []want{
		alone("Fused levels: L4–L5 and L5–S1", 22, true),
		alone("ij", 11, false),
		alone("Ä g", 16, false),
		alone("Healing over 12 months", 18, true),
		alone("·", 9, false),
	}
	c := NewCache()
	for round := range 2 {
		for _, w := range list {
			e := c.lookup(w.s, w.size, w.bold)
			p, o := c.picture(e, w.s, w.size, w.bold)
			if p.Rect != w.rect || o != w.origin || !bytes.Equal(p.Pix, w.pix) {
				t.Errorf("round %d: %q at %v drawn after others differs from a fresh picture (%v %v against %v %v)",
					round, w.s, w.size, p.Rect, o, w.rect, w.origin)
			}
			if p.Stride != 4*p.Rect.Dx() {
				t.Errorf("%q: stride %d for width %d (WritePixels wants it tight)", w.s, p.Stride, p.Rect.Dx())
			}
		}
	}
	if !bytes.ContainsFunc(list[0].pix, func(r rune) bool { return r != 0 }) {
		t.Fatal("the first string drew nothing: the test compares blanks")
	}
}
