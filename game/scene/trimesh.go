package scene

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// triMesh is a batch of coloured triangles built each frame in reused
// buffers and drawn in one call.
type triMesh struct {
	vs []ebiten.Vertex
	is []uint16
	op ebiten.DrawTrianglesOptions
}

func (m *triMesh) reset() { m.vs, m.is = m.vs[:0], m.is[:0] }

// flush draws the batch and empties it.
func (m *triMesh) flush(dst *ebiten.Image) {
	if len(m.is) > 0 {
		// No antialiasing: Ebitengine renders an antialiased draw through a
		// doubled offscreen, too costly every frame in software WebGL.
		dst.DrawTriangles(m.vs, m.is, whitePixel, &m.op)
	}
	m.reset()
}

// add appends a vertex of colour c at opacity a (0 to 1), returning its
// index.
func (m *triMesh) add(x, y float64, c color.RGBA, a float32) uint16 {
	v := vertex(float32(x), float32(y), c)
	v.ColorR, v.ColorG, v.ColorB, v.ColorA = v.ColorR*a, v.ColorG*a, v.ColorB*a, a
	m.vs = append(m.vs, v)
	return uint16(len(m.vs) - 1)
}

// segment appends a straight band of width w pixels from (x0, y0) to
// (x1, y1), with square ends.
func (m *triMesh) segment(x0, y0, x1, y1, w float64, c color.RGBA, a float32) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	k := m.add(x0+nx, y0+ny, c, a)
	m.add(x1+nx, y1+ny, c, a)
	m.add(x1-nx, y1-ny, c, a)
	m.add(x0-nx, y0-ny, c, a)
	m.is = append(m.is, k, k+1, k+2, k, k+2, k+3)
}
