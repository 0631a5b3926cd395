package scene

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// quadBatch gathers images drawn one after another, each placed by a GeoM
// as DrawImage would place it, and draws them with one DrawTriangles call
// while they come from the same source: the sprites of one sheet, or plain
// boxes (whitePixel). Ebitengine spends a few microseconds on every draw
// call, natively and more in the browser, whatever it draws; the picture is
// the one the DrawImage calls made, in the same order. Flush it before
// anything else is drawn on its destination.
type quadBatch struct {
	dst, src *ebiten.Image
	vs       []ebiten.Vertex
	is       []uint16
	op       ebiten.DrawTrianglesOptions
}

// sprite adds sp placed by g and tinted by cs (premultiplied), filtered
// linearly.
func (b *quadBatch) sprite(dst *ebiten.Image, sp *Sprite, g *ebiten.GeoM, cs ebiten.ColorScale) {
	if sp.Image == nil {
		return
	}
	src := sp.sheet
	if src == nil {
		src = sp.Image
	}
	b.quad(dst, src, sp.Image.Bounds(), g, cs, ebiten.FilterLinear)
}

// box adds the box at x, y of size w×h (pixels) filled with c, not
// antialiased, as fillBox draws it.
func (b *quadBatch) box(dst *ebiten.Image, x, y, w, h float64, c color.RGBA) {
	if w <= 0 || h <= 0 {
		return
	}
	var g ebiten.GeoM
	g.Scale(w, h)
	g.Translate(x, y)
	b.quad(dst, whitePixelSheet, whitePixel.Bounds(), &g, inkOf(c), ebiten.FilterNearest)
}

// rect adds the filled rectangle r, as fillRect draws it.
func (b *quadBatch) rect(dst *ebiten.Image, r image.Rectangle, c color.RGBA) {
	b.box(dst, float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy()), c)
}

// outline adds the frame of r, w pixels wide inside it, as strokeRect
// draws it.
func (b *quadBatch) outline(dst *ebiten.Image, r image.Rectangle, w float32, c color.RGBA) {
	x0, y0, x1, y1 := float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y)
	lw := float64(w)
	b.box(dst, x0, y0, x1-x0, lw, c)
	b.box(dst, x0, y1-lw, x1-x0, lw, c)
	b.box(dst, x0, y0+lw, lw, y1-y0-2*lw, c)
	b.box(dst, x1-lw, y0+lw, lw, y1-y0-2*lw, c)
}

// quad adds the part r of src (in src's coordinates) placed by g. A quad
// for another destination, source or filter first draws what was gathered.
func (b *quadBatch) quad(dst, src *ebiten.Image, r image.Rectangle, g *ebiten.GeoM, cs ebiten.ColorScale, filter ebiten.Filter) {
	if dst != b.dst || src != b.src || filter != b.op.Filter {
		b.flush()
		b.dst, b.src, b.op.Filter = dst, src, filter
		b.op.ColorScaleMode = ebiten.ColorScaleModePremultipliedAlpha
		b.op.DisableMipmaps = true
	}
	a, bb, c, d := g.Element(0, 0), g.Element(0, 1), g.Element(1, 0), g.Element(1, 1)
	if det := a*d - bb*c; det == 0 {
		return // DrawImage draws nothing either
	} else if filter == ebiten.FilterLinear && math.Abs(det) < 0.999 {
		// Drawn smaller: DrawImage would let Ebitengine pick a mipmap.
		b.op.DisableMipmaps = false
	}
	w, h := float64(r.Dx()), float64(r.Dy())
	k := uint16(len(b.vs))
	for _, p := range [4][2]float64{{0, 0}, {w, 0}, {0, h}, {w, h}} {
		x, y := g.Apply(p[0], p[1])
		b.vs = append(b.vs, ebiten.Vertex{
			DstX: snapThird(x), DstY: snapThird(y),
			SrcX: float32(r.Min.X) + float32(p[0]), SrcY: float32(r.Min.Y) + float32(p[1]),
			ColorR: cs.R(), ColorG: cs.G(), ColorB: cs.B(), ColorA: cs.A(),
		})
	}
	b.is = append(b.is, k, k+1, k+2, k+1, k+2, k+3)
}

// flush draws what was gathered and empties the batch.
func (b *quadBatch) flush() {
	if len(b.is) > 0 {
		b.dst.DrawTriangles(b.vs, b.is, b.src, &b.op)
	}
	b.vs, b.is = b.vs[:0], b.is[:0]
	b.dst, b.src = nil, nil
}

// snapThird moves a quad's corner to the nearest of the points about a
// third of a pixel apart at which DrawImage puts its corners (never on a
// pixel's centre), so the batch samples the sprites exactly as DrawImage
// did.
func snapThird(x float64) float32 {
	f := float32(x)
	base := float32(math.Floor(float64(f)))
	switch frac := f - base; {
	case frac < 3.0/16:
		return base
	case frac < 8.0/16:
		return base + 5.0/16
	case frac < 13.0/16:
		return base + 11.0/16
	}
	return base + 1
}
