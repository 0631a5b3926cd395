package scene

import (
	"image"
	"image/color"
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
)

var ink = color.RGBA{0x20, 0x40, 0x80, 0xff}

// alphaAt is the alpha of the raster's pixel x, y.
func alphaAt(r *cpuRaster, x, y int) uint8 { return r.img.RGBAAt(x, y).A }

func ident(x, y float64) (float32, float32) { return float32(x), float32(y) }

// box is the outline of the box x0..x1 × y0..y1, closed or left open.
func box(x0, y0, x1, y1 float64, closed bool) *Shape {
	var s Shape
	s.MoveTo(x0, y0)
	s.LineTo(x1, y0)
	s.LineTo(x1, y1)
	s.LineTo(x0, y1)
	if closed {
		s.Close()
	}
	return &s
}

func TestRasterFill(t *testing.T) {
	var r cpuRaster
	r.begin(20, 20)
	r.fill(box(5, 5, 15, 15, false), ident, ink) // left open: a fill closes it
	if got := r.img.RGBAAt(10, 10); got != ink {
		t.Errorf("inside: %v, want %v", got, ink)
	}
	for _, p := range [][2]int{{2, 2}, {17, 10}, {10, 17}} {
		if a := alphaAt(&r, p[0], p[1]); a != 0 {
			t.Errorf("outside %v: alpha %d, want 0", p, a)
		}
	}
	// A half-covered column along an edge at x = 15.5.
	r.begin(20, 20)
	r.fill(box(5, 5, 15.5, 15, true), ident, ink)
	if a := alphaAt(&r, 15, 10); a < 110 || a > 145 {
		t.Errorf("half-covered edge pixel: alpha %d, want about 128", a)
	}
}

// TestRasterStroke strokes a circle and a square: the band must be solid all
// round (every piece winds the same way, so none cancels another), the
// inside left empty, and the square's corners rounded.
func TestRasterStroke(t *testing.T) {
	var r cpuRaster
	r.begin(64, 64)
	var s Shape
	s.Ellipse(32, 32, 20, 20)
	r.stroke(&s, ident, 4, ink)
	for k := 0; k < 360; k += 3 {
		a := float64(k) * math.Pi / 180
		x, y := 32+20*math.Cos(a), 32+20*math.Sin(a)
		if got := alphaAt(&r, int(x), int(y)); got < 250 {
			t.Fatalf("on the circle at %d°: alpha %d, want solid", k, got)
		}
	}
	if a := alphaAt(&r, 32, 32); a != 0 {
		t.Errorf("centre: alpha %d, want 0", a)
	}
	if a := alphaAt(&r, 32, 32+25); a != 0 {
		t.Errorf("outside the band: alpha %d, want 0", a)
	}

	r.begin(40, 40)
	r.stroke(box(10, 10, 30, 30, true), ident, 6, ink)
	if a := alphaAt(&r, 20, 8); a != 255 {
		t.Errorf("on the top edge: alpha %d, want 255", a)
	}
	if a := alphaAt(&r, 20, 20); a != 0 {
		t.Errorf("inside: alpha %d, want 0", a)
	}
	// The corner's outer point (7, 7) lies 4.2 px from the corner, outside a
	// round join of radius 3; a mitre would cover it.
	if a := alphaAt(&r, 7, 7); a > 40 {
		t.Errorf("beyond the round corner: alpha %d, want about 0", a)
	}
}

// TestRasterReuse checks that a smaller picture after a larger one starts
// clear.
func TestRasterReuse(t *testing.T) {
	var r cpuRaster
	r.begin(30, 30)
	var s Shape
	s.Ellipse(15, 15, 10, 10)
	r.fill(&s, ident, ink)
	r.begin(10, 10)
	for y := 0; y < 10; y++ {
		for x := 0; x < 10; x++ {
			if a := alphaAt(&r, x, y); a != 0 {
				t.Fatalf("pixel %d,%d: alpha %d after begin, want 0", x, y, a)
			}
		}
	}
}

// Each layer is rasterised in its reach only: the picture is the same as
// with every layer covering the whole picture, but for the rasterizer's
// rounding (a few channels off by a few levels of 255). Checked on every part of
// every lumbar and cervical bone, with its stroke, at three scales, inside
// a larger picture as on a sprite sheet.
func TestRasterLayersInTheirReachOnly(t *testing.T) {
	lumbar, _ := loadFront(t)
	cervical, err := anatomy.LoadCervical(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	var bounded, whole cpuRaster
	for _, sp := range []*anatomy.Spine{lumbar, cervical} {
		for i := range sp.Vertebrae {
			parts := boneParts(sp, i)
			layers := append(boneLayers(&parts, PaletteFor("light")),
				layer{shape: &parts.Root, fill: ink, stroke: 0.9, line: ink})
			for _, scale := range []float64{1.3, 2.35, 4.1} {
				sprite, w, h := measure(scale, layers)
				part := image.Rect(7, 5, 7+w, 5+h) // not at the origin
				bounded.begin(w+20, h+12).within(part)
				whole.begin(w+20, h+12).within(part)
				all := image.Rect(0, 0, w, h)
				for _, l := range layers {
					if l.shape.Empty() {
						continue
					}
					if l.stroke > 0 {
						bounded.stroke(l.shape, sprite.pixel, l.stroke*scale, l.line)
						whole.strokeIn(l.shape, sprite.pixel, l.stroke*scale, l.line, all)
					}
					if l.fill != nil {
						bounded.fill(l.shape, sprite.pixel, l.fill)
						whole.fillIn(l.shape, sprite.pixel, l.fill, all)
					}
				}
				n, most := 0, 0
				for k, v := range bounded.whole.Pix {
					if d := int(v) - int(whole.whole.Pix[k]); d != 0 {
						n, most = n+1, max(most, d, -d)
					}
				}
				if most > 4 || n*1000 > len(whole.whole.Pix) {
					t.Fatalf("%s at scale %.2f: %d of %d channels differ, by up to %d, from the layers over the whole picture",
						sp.Vertebrae[i].Name, scale, n, len(whole.whole.Pix), most)
				}
			}
		}
	}
}
