package scene

// This file turns whole shapes: mirrored to the other side of the body,
// squashed for a view from above at a slant, and wound one way so that
// parts drawn as one shape join where they overlap.

// addBothSides adds src to s, and again mirrored across x = 0: a part
// drawn for one side, such as a pedicle, serves both.
func (s *Shape) addBothSides(src *Shape) {
	s.addScaled(src, 1, 1)
	s.addMirrored(src)
}

// addMirrored adds src to s mirrored across x = 0, so a part drawn for one
// side serves the other.
func (s *Shape) addMirrored(src *Shape) {
	start := len(s.ops)
	for _, o := range src.ops {
		o.x, o.cx = -o.x, -o.cx
		s.ops = append(s.ops, o)
	}
	s.windFrom(start)
}

// addScaled adds src to s with x scaled by sx and y by sy, wound
// counter-clockwise.
func (s *Shape) addScaled(src *Shape, sx, sy float64) {
	start := len(s.ops)
	for _, o := range src.ops {
		o.x, o.cx, o.y, o.cy = o.x*sx, o.cx*sx, o.y*sy, o.cy*sy
		s.ops = append(s.ops, o)
	}
	s.windFrom(start)
}

// windFrom turns every sub-outline from op index start on counter-clockwise
// (y up), so that overlapping parts of one shape fill as their union under
// the non-zero rule.
func (s *Shape) windFrom(start int) {
	i := start
	for i < len(s.ops) {
		if s.ops[i].kind != 'M' {
			i++
			continue
		}
		j := i + 1
		for j < len(s.ops) && s.ops[j].kind != 'M' {
			j++
		}
		if signedArea(s.ops[i:j]) < 0 {
			reverseOutline(s.ops[i:j])
		}
		i = j
	}
}

// signedArea is twice the signed area of a sub-outline's polygon through its end
// and control points: positive when it runs counter-clockwise.
func signedArea(ops []op) float64 {
	var a, px, py, x0, y0 float64
	first := true
	add := func(x, y float64) {
		if first {
			x0, y0, px, py, first = x, y, x, y, false
			return
		}
		a += px*y - x*py
		px, py = x, y
	}
	for _, o := range ops {
		switch o.kind {
		case 'M', 'L':
			add(o.x, o.y)
		case 'Q':
			add(o.cx, o.cy)
			add(o.x, o.y)
		}
	}
	return a + px*y0 - x0*py
}

// reverseOutline runs one sub-outline (a move, edges and an optional close)
// backward in place.
func reverseOutline(ops []op) {
	closed := ops[len(ops)-1].kind == 'Z'
	edges := ops[1:]
	if closed {
		edges = ops[1 : len(ops)-1]
	}
	n := len(edges)
	if n == 0 {
		return
	}
	// The points in order: ops[0] then each edge's end.
	pts := make([][2]float64, n+1)
	pts[0] = [2]float64{ops[0].x, ops[0].y}
	for k, e := range edges {
		pts[k+1] = [2]float64{e.x, e.y}
	}
	rev := make([]op, n)
	for k := 0; k < n; k++ {
		e := edges[n-1-k] // runs from pts[n-1-k] to pts[n-k]; reversed it ends at pts[n-1-k]
		e.x, e.y = pts[n-1-k][0], pts[n-1-k][1]
		rev[k] = e
	}
	ops[0].x, ops[0].y = pts[n][0], pts[n][1]
	copy(edges, rev)
}
