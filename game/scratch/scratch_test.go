package scratch

import (
	"image"
	"testing"
)

// A picture smaller or larger than the one before comes out whole and
// transparent, whatever was drawn on the one before.
func TestBlankIsTransparentAndTight(t *testing.T) {
	var p Picture
	for _, sz := range []image.Point{{40, 30}, {7, 3}, {64, 64}, {1, 1}, {40, 30}} {
		img := p.Blank(sz.X, sz.Y)
		if img.Rect != image.Rect(0, 0, sz.X, sz.Y) || img.Stride != 4*sz.X || len(img.Pix) != 4*sz.X*sz.Y {
			t.Fatalf("%v: rect %v, stride %d, %d bytes", sz, img.Rect, img.Stride, len(img.Pix))
		}
		for i, b := range img.Pix {
			if b != 0 {
				t.Fatalf("%v: byte %d is %d after a previous picture, want 0", sz, i, b)
			}
		}
		for i := range img.Pix {
			img.Pix[i] = 0xff // dirty it for the next
		}
	}
}

// The buffer is reused: a picture no larger than one before allocates
// nothing.
func TestBlankReusesItsBuffer(t *testing.T) {
	var p Picture
	p.Blank(64, 64)
	if n := testing.AllocsPerRun(20, func() { p.Blank(50, 40) }); n != 0 {
		t.Errorf("Blank allocates %v times for a smaller picture", n)
	}
}
