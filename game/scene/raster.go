package scene

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/motion"
)

// Sprite is a picture rasterised once at one scale, with the pixel where its
// local origin lies, so it can be placed each frame with a GeoM alone.
type Sprite struct {
	// Image is the sprite's picture: a sub-image of sheet when the sprite
	// was cut from one.
	Image *ebiten.Image
	sheet *ebiten.Image
	// MinX and MaxY are the local coordinates (mm) of the image's top-left
	// corner less the padding; Scale is pixels per millimetre.
	MinX, MaxY, Scale float64
}

// deallocate frees the sprites' images; an empty sprite is skipped, and so
// is one cut from a sheet (the sheet frees it, see spriteSheet.dispose).
func deallocate(sprites ...Sprite) {
	for _, s := range sprites {
		if s.Image != nil {
			s.Image.Deallocate()
		}
	}
}

// pad is the transparent margin around a sprite, in pixels, so antialiased
// edges and strokes are not cut.
const pad = 3

// layer is one shape filled (and optionally outlined) in a sprite.
type layer struct {
	shape  *Shape
	fill   color.Color
	stroke float64 // outline width in mm, drawn under the fill; 0 for none
	line   color.Color
}

// rasterise draws layers into a new sprite at scale pixels per millimetre.
// Every layer's outline is drawn first and every fill after, so touching
// parts show one joined outline. The drawing is done on the CPU (see
// cpuraster.go) and uploaded once: rasterising paths on the GPU would make
// Ebitengine keep stencil buffers as large as the largest sprite, and would
// cost the first frame several render passes per sprite. Sprites drawn
// together every frame are better cut from one sheet (see sheet.go).
func rasterise(scale float64, layers ...layer) Sprite {
	sp, w, h := measure(scale, layers)
	if w == 0 {
		return Sprite{}
	}
	paint(theRaster.begin(w, h), &sp, layers)
	sp.Image = theRaster.upload()
	return sp
}

// measure returns the sprite that layers make at scale, without its image,
// and its size in pixels (0×0 when every layer is empty).
func measure(scale float64, layers []layer) (sp Sprite, w, h int) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, l := range layers {
		if l.shape.Empty() {
			continue
		}
		x0, y0, x1, y1 := l.shape.Bounds()
		m := l.stroke
		minX, minY = math.Min(minX, x0-m), math.Min(minY, y0-m)
		maxX, maxY = math.Max(maxX, x1+m), math.Max(maxY, y1+m)
	}
	if math.IsInf(minX, 0) {
		return Sprite{}, 0, 0
	}
	w = int(math.Ceil((maxX-minX)*scale)) + 2*pad
	h = int(math.Ceil((maxY-minY)*scale)) + 2*pad
	return Sprite{MinX: minX, MaxY: maxY, Scale: scale}, w, h
}

// paint draws the sprite's layers into the raster's picture: every outline,
// then every fill.
func paint(r *cpuRaster, sp *Sprite, layers []layer) {
	for _, l := range layers {
		if l.stroke <= 0 || l.shape.Empty() {
			continue
		}
		r.stroke(l.shape, sp.pixel, l.stroke*sp.Scale, l.line)
	}
	for _, l := range layers {
		if l.fill == nil || l.shape.Empty() {
			continue
		}
		r.fill(l.shape, sp.pixel, l.fill)
	}
}

// pixel maps local millimetres to the sprite's pixels.
func (sp *Sprite) pixel(x, y float64) (float32, float32) {
	return float32((x-sp.MinX)*sp.Scale + pad), float32((sp.MaxY-y)*sp.Scale + pad)
}

// View maps millimetres in the world (y up) to screen pixels (y down).
type View struct {
	// Scale is screen pixels per millimetre; OX, OY is where the world
	// origin lies on the screen.
	Scale, OX, OY float64
}

// Point maps a world point to the screen.
func (v View) Point(x, y float64) (float64, float64) {
	return v.OX + x*v.Scale, v.OY - y*v.Scale
}

// GeoM sets g to draw sprite sp placed by the world transform t.
func (v View) GeoM(g *ebiten.GeoM, sp *Sprite, t motion.Affine) {
	g.Reset()
	// Sprite pixels to local millimetres.
	g.Translate(-pad, -pad)
	g.Scale(1/sp.Scale, -1/sp.Scale)
	g.Translate(sp.MinX, sp.MaxY)
	// Local to world, then world to screen.
	var m ebiten.GeoM
	m.SetElement(0, 0, t.A)
	m.SetElement(0, 1, t.B)
	m.SetElement(1, 0, t.C)
	m.SetElement(1, 1, t.D)
	m.SetElement(0, 2, t.TX)
	m.SetElement(1, 2, t.TY)
	g.Concat(m)
	g.Scale(v.Scale, -v.Scale)
	g.Translate(v.OX, v.OY)
}
