package scene

import "math"

// op is one step of an outline: move, line, quadratic curve or close.
type op struct {
	kind         byte // 'M', 'L', 'Q', 'Z'
	cx, cy, x, y float64
}

// Shape is an outline in millimetres, in a bone's local frame (x toward the
// back, y up). It is pure data, so the anatomy of a picture can be tested
// without a GPU, and turned into a vector path at any scale.
type Shape struct {
	ops []op
}

// MoveTo starts a new sub-outline.
//
//go:noinline
func (s *Shape) MoveTo(x, y float64) { s.ops = append(s.ops, op{kind: 'M', x: x, y: y}) }

// LineTo adds a straight edge.
//
//go:noinline
func (s *Shape) LineTo(x, y float64) { s.ops = append(s.ops, op{kind: 'L', x: x, y: y}) }

// QuadTo adds a curved edge bent toward (cx, cy).
//
//go:noinline
func (s *Shape) QuadTo(cx, cy, x, y float64) {
	s.ops = append(s.ops, op{kind: 'Q', cx: cx, cy: cy, x: x, y: y})
}

// Close closes the current sub-outline.
//
//go:noinline
func (s *Shape) Close() { s.ops = append(s.ops, op{kind: 'Z'}) }

// Ellipse adds a closed ellipse, as eight quadratic arcs (within 0.3% of
// the true curve).
func (s *Shape) Ellipse(cx, cy, rx, ry float64) {
	const n = 8
	k := 1 / math.Cos(math.Pi/n) // control points lie on the tangents' crossing
	s.MoveTo(cx+rx, cy)
	for i := 0; i < n; i++ {
		am := (float64(i) + 0.5) * 2 * math.Pi / n
		a1 := float64(i+1) * 2 * math.Pi / n
		s.QuadTo(cx+k*rx*math.Cos(am), cy+k*ry*math.Sin(am), cx+rx*math.Cos(a1), cy+ry*math.Sin(a1))
	}
	s.Close()
}

// Bounds returns the smallest box holding every point of the outline,
// control points included.
func (s *Shape) Bounds() (minX, minY, maxX, maxY float64) {
	minX, minY = math.Inf(1), math.Inf(1)
	maxX, maxY = math.Inf(-1), math.Inf(-1)
	add := func(x, y float64) {
		minX, maxX = math.Min(minX, x), math.Max(maxX, x)
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
	}
	for _, o := range s.ops {
		switch o.kind {
		case 'M', 'L':
			add(o.x, o.y)
		case 'Q':
			add(o.cx, o.cy)
			add(o.x, o.y)
		}
	}
	return
}

// Empty reports whether the shape has no outline.
func (s *Shape) Empty() bool { return len(s.ops) == 0 }
