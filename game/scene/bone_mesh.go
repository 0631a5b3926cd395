package scene

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/graft"
)

// boneMesh is a reusable triangle list for the healing layers.
type boneMesh struct {
	vs  []ebiten.Vertex
	is  []uint16
	top ebiten.DrawTrianglesOptions
}

func (m *boneMesh) reset() { m.vs, m.is = m.vs[:0], m.is[:0] }

// add appends a vertex at screen (x, y) sampling the source at (sx, sy),
// tinted by c at alpha a, and returns its index.
func (m *boneMesh) add(x, y, sx, sy float32, c color.RGBA, a float64) uint16 {
	m.vs = append(m.vs, ebiten.Vertex{DstX: x, DstY: y, SrcX: sx, SrcY: sy,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255,
		ColorA: float32(math.Max(0, math.Min(1, a)))})
	return uint16(len(m.vs) - 1)
}

// quad appends two triangles joining a, b (one edge) to c, d (the facing
// edge, in the same order).
func (m *boneMesh) quad(a, b, c, d uint16) { m.is = append(m.is, a, b, d, a, d, c) }

// flush draws the triangles with src and empties the boneMesh.
func (m *boneMesh) flush(dst, src *ebiten.Image) {
	if len(m.is) > 0 {
		// AddressUnsafe: texel keeps every point inside its texture.
		m.top = ebiten.DrawTrianglesOptions{Filter: ebiten.FilterLinear}
		if src == whitePixel {
			// One pixel: sample it as it is.
			m.top.Filter = ebiten.FilterNearest
		}
		dst.DrawTriangles(m.vs, m.is, src, &m.top)
	}
	m.reset()
}

var white = color.RGBA{0xff, 0xff, 0xff, 0xff}

// solid adds a vertex of plain colour (drawn with whitePixel).
func (m *boneMesh) solid(x, y float32, c color.RGBA, a float64) uint16 {
	return m.add(x, y, 1, 1, c, a)
}

// textured adds a vertex at the space's local point (x, y), sampling the
// texture there.
func (m *boneMesh) textured(s *healSpace, t *Sprite, x, y, a float64) uint16 {
	px, py := s.screen(x, y)
	tx, ty := s.texel(t, x, y)
	return m.add(px, py, tx, ty, white, a)
}

// fill adds the space from w0 to w1, in cols columns, in one colour.
func (m *boneMesh) fill(s *healSpace, w0, w1 float64, cols int, c color.RGBA, a float64) {
	var prev [2]uint16
	for k := 0; k <= cols; k++ {
		u := float64(k) / float64(cols)
		x0, y0 := s.local(u, w0)
		x1, y1 := s.local(u, w1)
		p0x, p0y := s.screen(x0, y0)
		p1x, p1y := s.screen(x1, y1)
		cur := [2]uint16{m.solid(p0x, p0y, c, a), m.solid(p1x, p1y, c, a)}
		if k > 0 {
			m.quad(prev[0], prev[1], cur[0], cur[1])
		}
		prev = cur
	}
}

// wRow is a row of a band across a space: at w, with alpha a.
type wRow struct{ w, a float64 }

// band adds a textured band across the space between u0 and u1 in cols
// columns, through the rows (bottom to top); edge fades the first and last
// columns to nothing, for a soft outline.
func (m *boneMesh) band(s *healSpace, t *Sprite, u0, u1 float64, cols int, rows []wRow, alpha float64, edge bool) {
	n := uint16(len(rows))
	for k := 0; k <= cols; k++ {
		u := u0 + (u1-u0)*float64(k)/float64(cols)
		ea := alpha
		if edge && (k == 0 || k == cols) {
			ea = 0
		}
		first := uint16(len(m.vs))
		for _, r := range rows {
			x, y := s.local(u, r.w)
			m.textured(s, t, x, y, r.a*ea)
		}
		if k > 0 {
			for j := uint16(0); j+1 < n; j++ {
				m.quad(first-n+j, first-n+j+1, first+j, first+j+1)
			}
		}
	}
}

// growth adds the woven bone growing from both host surfaces of a space:
// in each column its front has reached p.Front(noise) halves of the space
// from each side, with a soft edge soft (in w) wide and density dens; where
// the fronts meet the column is bridged. ext runs the bone on into the
// hosts (in w); edge softens the outer columns and fades the bone out
// over the run into the hosts.
func (m *boneMesh) growth(s *healSpace, t *Sprite, p *graft.Progress, noise []float64, soft, ext, dens float64, edge bool) {
	cols := len(noise) - 1
	const n = 6
	for k := 0; k <= cols; k++ {
		u := float64(k) / float64(cols)
		f := p.Front(noise[k]) / 2
		var rows [n]wRow
		a := dens
		if edge && (k == 0 || k == cols) {
			a = 0
		}
		end := a
		if edge {
			end = 0
		}
		if f >= 0.5 {
			// Bridged: one column of bone from host to host.
			rows = [n]wRow{{-ext, end}, {math.Min(0.25, ext), a}, {0.5, a * 0.92}, {0.5, a * 0.92}, {math.Max(0.75, 1-ext), a}, {1 + ext, end}}
		} else {
			lo := math.Max(-ext, f-soft)
			rows = [n]wRow{{-ext, end}, {lo, a * 0.9}, {f, 0}, {1 - f, 0}, {1 - lo, a * 0.9}, {1 + ext, end}}
		}
		first := uint16(len(m.vs))
		for _, r := range rows {
			x, y := s.local(u, r.w)
			m.textured(s, t, x, y, r.a)
		}
		if k > 0 {
			for j := uint16(0); j+1 < n; j++ {
				m.quad(first-n+j, first-n+j+1, first+j, first+j+1)
			}
		}
	}
}

// softFill adds the space through the rows in one colour, its first and
// last columns faded to nothing.
func (m *boneMesh) softFill(s *healSpace, rows []wRow, cols int, c color.RGBA, alpha float64) {
	n := uint16(len(rows))
	for k := 0; k <= cols; k++ {
		u := float64(k) / float64(cols)
		ea := alpha
		if k == 0 || k == cols {
			ea = 0
		}
		first := uint16(len(m.vs))
		for _, r := range rows {
			x, y := s.screen(s.local(u, r.w))
			m.solid(x, y, c, r.a*ea)
		}
		if k > 0 {
			for j := uint16(0); j+1 < n; j++ {
				m.quad(first-n+j, first-n+j+1, first+j, first+j+1)
			}
		}
	}
}
