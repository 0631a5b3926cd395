package scene

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/vector"

	"spinefusion/game/scratch"
)

// cpuRaster draws shapes into an RGBA buffer on the CPU, antialiased, and
// uploads the result as an Ebitengine image. Its buffers are reused from one
// sprite to the next; sprites are made on the game's goroutine only.
type cpuRaster struct {
	z vector.Rasterizer
	// img is where shapes are drawn: the whole picture, or one part of a
	// sheet (see within).
	img, whole image.RGBA
	buf        scratch.Picture // the buffer img and whole are in
	// poly is one flattened sub-outline, as x, y pairs in pixels.
	poly []float32
	// ox, oy is the top-left corner, in the picture's pixels, of the box
	// the rasterizer covers while a layer is drawn (see reach).
	ox, oy float32
}

var theRaster cpuRaster

// flatness is how far, in pixels, a flattened curve may stray from the true
// one when outlines are stroked.
const flatness = 0.1

// begin clears the buffer to a transparent w×h picture.
func (r *cpuRaster) begin(w, h int) *cpuRaster {
	r.img = *r.buf.Blank(w, h)
	r.whole = r.img
	return r
}

// within limits the drawing to part p of the picture, whose top-left
// corner becomes the shapes' pixel origin.
func (r *cpuRaster) within(p image.Rectangle) *cpuRaster {
	r.img = *r.whole.SubImage(p).(*image.RGBA)
	return r
}

// draw paints what the rasterizer holds in colour c over the picture.
func (r *cpuRaster) draw(c color.Color) {
	r.z.Draw(&r.img, r.img.Rect, image.NewUniform(c), image.Point{})
}

// pixelMap maps a shape's millimetres to the picture's pixels.
type pixelMap func(x, y float64) (float32, float32)

// reach is the box of the picture (from its top-left corner) that a
// layer of shape s can touch: the outline's bounds in pixels, grown by
// grow pixels (half a stroke's width) and two more for the antialiasing,
// within the picture. A layer is rasterised and composited in its reach
// only, not over the whole picture: most layers (a process, the marks, the
// spongy inside) cover a small part of their sprite.
func (r *cpuRaster) reach(s *Shape, px pixelMap, grow float64) image.Rectangle {
	x0, y0, x1, y1 := s.Bounds()
	ax, ay := px(x0, y0)
	bx, by := px(x1, y1)
	g := grow + 2
	b := image.Rect(
		int(math.Floor(float64(min(ax, bx))-g)), int(math.Floor(float64(min(ay, by))-g)),
		int(math.Ceil(float64(max(ax, bx))+g)), int(math.Ceil(float64(max(ay, by))+g)))
	return b.Intersect(image.Rect(0, 0, r.img.Rect.Dx(), r.img.Rect.Dy()))
}

// cover readies the rasterizer for box b of the picture (see reach).
func (r *cpuRaster) cover(b image.Rectangle) {
	r.z.Reset(b.Dx(), b.Dy())
	r.ox, r.oy = float32(b.Min.X), float32(b.Min.Y)
}

// at maps a shape's point to the rasterizer's pixels (see cover).
func (r *cpuRaster) at(px pixelMap, x, y float64) (float32, float32) {
	a, b := px(x, y)
	return a - r.ox, b - r.oy
}

// drawIn paints what the rasterizer holds, covering box b (see cover), in
// colour c over the picture.
func (r *cpuRaster) drawIn(b image.Rectangle, c color.Color) {
	r.z.Draw(&r.img, b.Add(r.img.Rect.Min), image.NewUniform(c), image.Point{})
}

// fill paints the shape's inside (non-zero winding, every sub-outline
// closed) in colour c; px maps the shape's millimetres to pixels.
func (r *cpuRaster) fill(s *Shape, px pixelMap, c color.Color) {
	r.fillIn(s, px, c, r.reach(s, px, 0))
}

// fillIn is fill with the rasterizer covering box b of the picture.
func (r *cpuRaster) fillIn(s *Shape, px pixelMap, c color.Color, b image.Rectangle) {
	if b.Empty() {
		return
	}
	z := &r.z
	r.cover(b)
	open := false
	for _, o := range s.ops {
		switch o.kind {
		case 'M':
			if open {
				z.ClosePath()
			}
			z.MoveTo(r.at(px, o.x, o.y))
			open = true
		case 'L':
			z.LineTo(r.at(px, o.x, o.y))
		case 'Q':
			cx, cy := r.at(px, o.cx, o.cy)
			x, y := r.at(px, o.x, o.y)
			z.QuadTo(cx, cy, x, y)
		case 'Z':
			if open {
				z.ClosePath()
			}
			open = false
		}
	}
	if open {
		z.ClosePath()
	}
	r.drawIn(b, c)
}

// stroke paints the shape's outline, width pixels wide with round joins
// (butt ends on open sub-outlines), in colour c.
func (r *cpuRaster) stroke(s *Shape, px pixelMap, width float64, c color.Color) {
	r.strokeIn(s, px, width, c, r.reach(s, px, width/2))
}

// strokeIn is stroke with the rasterizer covering box b of the picture.
func (r *cpuRaster) strokeIn(s *Shape, px pixelMap, width float64, c color.Color, b image.Rectangle) {
	if b.Empty() {
		return
	}
	r.cover(b)
	hw := float32(width / 2)
	poly := r.poly[:0]
	for _, o := range s.ops {
		switch o.kind {
		case 'M':
			r.strokePoly(poly, false, hw)
			x, y := r.at(px, o.x, o.y)
			poly = append(poly[:0], x, y)
		case 'L':
			x, y := r.at(px, o.x, o.y)
			poly = append(poly, x, y)
		case 'Q':
			if len(poly) < 2 {
				continue
			}
			x0, y0 := poly[len(poly)-2], poly[len(poly)-1]
			cx, cy := r.at(px, o.cx, o.cy)
			x, y := r.at(px, o.x, o.y)
			poly = appendQuad(poly, x0, y0, cx, cy, x, y)
		case 'Z':
			r.strokePoly(poly, true, hw)
			poly = poly[:0]
		}
	}
	r.strokePoly(poly, false, hw)
	r.poly = poly[:0]
	r.drawIn(b, c)
}

// appendQuad adds the points of a quadratic curve from (x0, y0), flattened
// to within flatness pixels, leaving out its first point.
func appendQuad(poly []float32, x0, y0, cx, cy, x1, y1 float32) []float32 {
	// The curve strays from its chord by at most a quarter of the
	// control point's distance from the chord's midpoint, and n pieces
	// cut that by n².
	dx, dy := float64(x0-2*cx+x1), float64(y0-2*cy+y1)
	dev := math.Hypot(dx, dy) / 4
	n := int(math.Ceil(math.Sqrt(dev / flatness)))
	n = max(1, min(n, 64))
	for i := 1; i <= n; i++ {
		t := float32(i) / float32(n)
		u := 1 - t
		poly = append(poly, u*u*x0+2*u*t*cx+t*t*x1, u*u*y0+2*u*t*cy+t*t*y1)
	}
	return poly
}

// strokePoly adds the outline of a polyline to the rasterizer: a band along
// each segment and a disc at each bend. Every piece winds the same way, so
// where they overlap the coverage adds up and saturates: their union.
func (r *cpuRaster) strokePoly(p []float32, closed bool, hw float32) {
	n := len(p) / 2
	if n < 2 || hw <= 0 {
		return
	}
	if closed && (p[0] != p[2*n-2] || p[1] != p[2*n-1]) {
		p = append(p, p[0], p[1]) // the closing segment
		n++
	}
	z := &r.z
	for i := 0; i+1 < n; i++ {
		x0, y0, x1, y1 := p[2*i], p[2*i+1], p[2*i+2], p[2*i+3]
		dx, dy := x1-x0, y1-y0
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*hw, dx/l*hw
		z.MoveTo(x0+nx, y0+ny)
		z.LineTo(x1+nx, y1+ny)
		z.LineTo(x1-nx, y1-ny)
		z.LineTo(x0-nx, y0-ny)
		z.ClosePath()
	}
	// Discs at the joins: every inner point, and the closing point of a
	// closed outline. Nearly straight joins need none.
	for i := 0; i < n; i++ {
		if !closed && (i == 0 || i == n-1) {
			continue
		}
		j := i
		if closed && i == n-1 {
			continue // the same point as the first
		}
		prev, next := i-1, i+1
		if i == 0 {
			prev = n - 2
		}
		ax, ay := p[2*j]-p[2*prev], p[2*j+1]-p[2*prev+1]
		bx, by := p[2*next]-p[2*j], p[2*next+1]-p[2*j+1]
		cross, dot := ax*by-ay*bx, ax*bx+ay*by
		if dot > 0 && math.Abs(float64(cross)) < 0.035*float64(dot) { // under 2°
			continue
		}
		r.disc(p[2*j], p[2*j+1], hw)
	}
}

// disc adds a circle of radius rad about (x, y), wound like the bands of
// strokePoly.
func (r *cpuRaster) disc(x, y, rad float32) {
	n := int(math.Ceil(2 * math.Pi * float64(rad) / 1.5))
	n = max(8, min(n, 48))
	z := &r.z
	z.MoveTo(x+rad, y)
	for k := 1; k < n; k++ {
		s, c := math.Sincos(-2 * math.Pi * float64(k) / float64(n))
		z.LineTo(x+rad*float32(c), y+rad*float32(s))
	}
	z.ClosePath()
}

// upload makes an Ebitengine image of the whole picture.
func (r *cpuRaster) upload() *ebiten.Image {
	img := ebiten.NewImage(r.whole.Rect.Dx(), r.whole.Rect.Dy())
	img.WritePixels(r.whole.Pix)
	return img
}
