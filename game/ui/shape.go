package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// Rounded rectangles, rings and soft shadows are drawn as nine-slices of a
// small texture rasterised once per (kind, radius, width or blur) from a
// signed distance, so any size costs one cached texture and one
// DrawTriangles call, and drawing allocates nothing.

type shapeKind uint8

const (
	shapeFill shapeKind = iota
	shapeRing
	shapeShadow
)

type shapeKey struct {
	kind shapeKind
	r    int32 // corner radius, device pixels
	p    int32 // ring width or shadow blur, device pixels
}

type shapeTex struct {
	img *ebiten.Image
	c   int // size of a corner tile
	out int // how far the texture reaches outside the shape
}

type shapeCache struct {
	lru   text.LRU[shapeKey, *shapeTex]
	verts [16]ebiten.Vertex
	op    ebiten.DrawTrianglesOptions
}

// nineSlice indexes the 4×4 vertex grid into nine quads.
var nineSlice = func() (idx [54]uint16) {
	n := 0
	for y := range 3 {
		for x := range 3 {
			v := uint16(y*4 + x)
			for _, o := range [6]uint16{0, 1, 4, 1, 5, 4} {
				idx[n] = v + o
				n++
			}
		}
	}
	return idx
}()

func (s *shapeCache) get(k shapeKey) *shapeTex {
	if t, ok := s.lru.Get(k); ok {
		return t
	}
	if s.lru.OnEvict == nil {
		s.lru.Max = 256
		s.lru.MaxIdle = 1200
		s.lru.OnEvict = func(_ shapeKey, t *shapeTex) { t.img.Deallocate() }
	}
	t := rasterShape(k)
	s.lru.Put(k, t)
	return t
}

// rasterShape draws the white coverage mask of a square shape whose corner
// tiles hold all the curvature and falloff, with a one-pixel middle that
// stretches.
func rasterShape(k shapeKey) *shapeTex {
	r, p := float64(k.r), float64(k.p)
	out := 0
	if k.kind == shapeShadow {
		out = int(k.p)
	}
	c := out + int(max(k.r, k.p, 1))
	n := 2*c + 1
	rgba := image.NewRGBA(image.Rect(0, 0, n, n))
	half := float64(n)/2 - float64(out) // the shape's half size
	for y := range n {
		for x := range n {
			d := roundRectDist(float64(x)+0.5-float64(n)/2, float64(y)+0.5-float64(n)/2, half, r)
			var a float64
			switch k.kind {
			case shapeFill:
				a = clamp01(0.5 - d)
			case shapeRing:
				a = clamp01(0.5 - (math.Abs(d+p/2) - p/2))
			case shapeShadow:
				a = 0.5 * math.Erfc(d/(p*0.5))
			}
			v := uint8(math.Round(a * 255))
			i := rgba.PixOffset(x, y)
			rgba.Pix[i], rgba.Pix[i+1], rgba.Pix[i+2], rgba.Pix[i+3] = v, v, v, v
		}
	}
	return &shapeTex{img: ebiten.NewImageFromImage(rgba), c: c, out: out}
}

// roundRectDist is the signed distance from (x, y) to a square of half
// size half centred on the origin with corner radius r (negative inside).
func roundRectDist(x, y, half, r float64) float64 {
	qx := math.Abs(x) - (half - r)
	qy := math.Abs(y) - (half - r)
	return math.Hypot(math.Max(qx, 0), math.Max(qy, 0)) + math.Min(math.Max(qx, qy), 0) - r
}

func clamp01(v float64) float64 { return math.Min(1, math.Max(0, v)) }

// draw stretches the shape for k over rect (plus the shadow's reach).
func (s *shapeCache) draw(dst *ebiten.Image, rect image.Rectangle, k shapeKey, c color.NRGBA, alpha float64) {
	if rect.Empty() || c.A == 0 || alpha <= 0 {
		return
	}
	t := s.get(k)
	o := float32(t.out)
	xs := [4]float32{float32(rect.Min.X) - o, 0, 0, float32(rect.Max.X) + o}
	ys := [4]float32{float32(rect.Min.Y) - o, 0, 0, float32(rect.Max.Y) + o}
	for _, a := range [2]*[4]float32{&xs, &ys} {
		a[1], a[2] = a[0]+float32(t.c), a[3]-float32(t.c)
		if a[1] > a[2] { // too small for the corners: meet in the middle
			m := (a[0] + a[3]) / 2
			a[1], a[2] = m, m
		}
	}
	us := [4]float32{0, float32(t.c), float32(t.c + 1), float32(2*t.c + 1)}
	al := float32(float64(c.A) / 255 * alpha)
	cr, cg, cb := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255
	for y := range 4 {
		for x := range 4 {
			s.verts[y*4+x] = ebiten.Vertex{
				DstX: xs[x], DstY: ys[y], SrcX: us[x], SrcY: us[y],
				ColorR: cr, ColorG: cg, ColorB: cb, ColorA: al,
			}
		}
	}
	dst.DrawTriangles(s.verts[:], nineSlice[:], t.img, &s.op)
}

// fitRadius clamps a radius (device pixels) to what rect can hold.
func fitRadius(rect image.Rectangle, r float64) int32 {
	m := min(rect.Dx(), rect.Dy()) / 2
	return int32(max(0, min(m, int(math.Round(r)))))
}

// FillRounded fills rect with c, corners rounded by radius device pixels
// (clamped to a pill).
func (t *Theme) FillRounded(dst *ebiten.Image, rect image.Rectangle, radius float64, c color.NRGBA) {
	t.fill(dst, rect, radius, c, 1)
}

func (t *Theme) fill(dst *ebiten.Image, rect image.Rectangle, radius float64, c color.NRGBA, alpha float64) {
	t.shapes.draw(dst, rect, shapeKey{shapeFill, fitRadius(rect, radius), 0}, c, alpha)
}

// StrokeRounded draws a ring width device pixels wide just inside the
// edge of the rounded rectangle rect.
func (t *Theme) StrokeRounded(dst *ebiten.Image, rect image.Rectangle, radius, width float64, c color.NRGBA) {
	t.stroke(dst, rect, radius, width, c, 1)
}

func (t *Theme) stroke(dst *ebiten.Image, rect image.Rectangle, radius, width float64, c color.NRGBA, alpha float64) {
	w := int32(max(1, min(int(math.Round(width)), min(rect.Dx(), rect.Dy())/2)))
	t.shapes.draw(dst, rect, shapeKey{shapeRing, fitRadius(rect, radius), w}, c, alpha)
}

// DrawShadow draws a soft shadow of the rounded rectangle rect, blurred by
// blur device pixels; draw it before the shape, usually offset downwards.
func (t *Theme) DrawShadow(dst *ebiten.Image, rect image.Rectangle, radius, blur float64, c color.NRGBA) {
	t.shadow(dst, rect, radius, blur, c, 1)
}

func (t *Theme) shadow(dst *ebiten.Image, rect image.Rectangle, radius, blur float64, c color.NRGBA, alpha float64) {
	b := int32(max(1, min(int(math.Round(blur)), min(rect.Dx(), rect.Dy())/2)))
	t.shapes.draw(dst, rect, shapeKey{shapeShadow, fitRadius(rect, radius), b}, c, alpha)
}
