package scene

import (
	"math"

	"spinefusion/game/surgery"
)

// axisFrame maps coordinates along an implant (s along its axis, w across
// it) to a bone's local frame, so each part is drawn once in its own terms.
type axisFrame struct {
	ox, oy, ux, uy, nx, ny float64
}

// newAxisFrame returns the frame with origin (ox, oy) and axis (ux, uy),
// whose across direction points up (or back, for a level axis).
func newAxisFrame(ox, oy, ux, uy float64) axisFrame {
	l := math.Hypot(ux, uy)
	ux, uy = ux/l, uy/l
	nx, ny := -uy, ux
	if ny < 0 || (ny == 0 && nx < 0) {
		nx, ny = -nx, -ny
	}
	return axisFrame{ox, oy, ux, uy, nx, ny}
}

func (f axisFrame) pt(s, w float64) (float64, float64) {
	return f.ox + s*f.ux + w*f.nx, f.oy + s*f.uy + w*f.ny
}

// pen draws into a shape in an axis frame.
type pen struct {
	sh *Shape
	f  axisFrame
}

func (p pen) move(s, w float64) { p.sh.MoveTo(p.f.pt(s, w)) }
func (p pen) line(s, w float64) { p.sh.LineTo(p.f.pt(s, w)) }
func (p pen) close()            { p.sh.Close() }

func (p pen) quad(cs, cw, s, w float64) {
	cx, cy := p.f.pt(cs, cw)
	x, y := p.f.pt(s, w)
	p.sh.QuadTo(cx, cy, x, y)
}

// rect adds a box from (s0, w0) to (s1, w1).
func (p pen) rect(s0, w0, s1, w1 float64) {
	p.move(s0, w0)
	p.line(s1, w0)
	p.line(s1, w1)
	p.line(s0, w1)
	p.close()
}

// bar adds a thin straight stroke from (s0, w0) to (s1, w1), width wd.
func (p pen) bar(s0, w0, s1, w1, wd float64) {
	ds, dw := s1-s0, w1-w0
	l := math.Hypot(ds, dw)
	if l == 0 {
		return
	}
	ns, nw := -dw/l*wd/2, ds/l*wd/2
	p.move(s0+ns, w0+nw)
	p.line(s1+ns, w1+nw)
	p.line(s1-ns, w1-nw)
	p.line(s0-ns, w0-nw)
	p.close()
}

// dot adds a round dot.
func (p pen) dot(s, w, r float64) {
	x, y := p.f.pt(s, w)
	p.sh.Ellipse(x, y, r, r)
}

// screwShapes are the parts of one screw in its bone's local frame.
type screwShapes struct {
	// Shank is the threaded silhouette; Shade and Light the dark and the
	// bright side of the cylinder; Threads the crest lines of the helix.
	Shank, Shade, Light, Threads Shape
	// Ball is the screw's round head inside the tulip; Head the tulip (or
	// an anterior screw's low head); HeadShade and HeadLight its shading;
	// Cap the locking cap behind the rod, with its socket in Socket.
	Ball, Head, HeadShade, HeadLight, Cap, Socket Shape
}

// screwOutline builds a screw's parts. The axis frame has its origin at the
// entry, s toward the head: the shank runs from s = -length (the tip) to 0,
// the head from 0 to HeadHeight. rodR is the rod's radius.
func screwOutline(sc *surgery.Screw, rodR float64) *screwShapes {
	var out screwShapes
	ax, ay := sc.Axis()
	f := newAxisFrame(sc.Entry.X, sc.Entry.Y, -ax, -ay)
	L := sc.Length()
	R, r, p := sc.Diameter/2, sc.Core/2, sc.Pitch
	tip := math.Min(1.5*p, L/3)
	// env is how much of the full radius is left toward the tip.
	env := func(s float64) float64 {
		d := s + L
		if d >= tip {
			return 1
		}
		return 0.12 + 0.88*math.Max(d, 0)/tip
	}
	// Top and bottom edges, tip last: crests and roots alternate, the
	// bottom ones half a pitch behind the top ones (a helix seen from the
	// side).
	edge := func(phase, side float64, fn func(s, w float64)) {
		fn(0, side*r)
		for s := -phase; s > -L+0.4; s -= p / 2 {
			k := math.Round((-s - phase) / (p / 2))
			rad := r
			if int(k)%2 == 0 {
				rad = R
			}
			fn(s, side*rad*env(s))
		}
	}
	sh := pen{&out.Shank, f}
	first := true
	edge(p/4, 1, func(s, w float64) {
		if first {
			sh.move(s, w)
			first = false
			return
		}
		sh.line(s, w)
	})
	sh.line(-L, 0)
	var bottom [][2]float64
	edge(p/4+p/2, -1, func(s, w float64) { bottom = append(bottom, [2]float64{s, w}) })
	for i := len(bottom) - 1; i >= 0; i-- {
		sh.line(bottom[i][0], bottom[i][1])
	}
	sh.close()

	// Cylinder shading on the core, stopping before the taper.
	end := -L + tip*0.7
	pen{&out.Shade, f}.rect(0, -r*0.95, end, -r*0.35)
	pen{&out.Light, f}.rect(0, r*0.2, end, r*0.55)
	th := pen{&out.Threads, f}
	for s := -p / 4; s-p/2 > -L+0.4; s -= p {
		th.bar(s, R*env(s)*0.96, s-p/2, -R*env(s-p/2)*0.96, math.Min(0.38, p*0.14))
	}

	W, H := sc.HeadWidth, sc.HeadHeight
	hd := pen{&out.Head, f}
	if sc.Kind == surgery.AnteriorScrew {
		// A low, rounded head sitting in the cage's front plate.
		hd.move(0, -W/2)
		hd.line(H*0.55, -W/2)
		hd.quad(H, -W/2, H, -W/4)
		hd.line(H, W/4)
		hd.quad(H, W/2, H*0.55, W/2)
		hd.line(0, W/2)
		hd.close()
		pen{&out.HeadLight, f}.rect(H*0.2, W*0.12, H*0.8, W*0.28)
		pen{&out.Socket, f}.rect(H*0.55, -W*0.18, H, W*0.18)
		return &out
	}
	// The ball of the polyaxial head, then the tulip around it: rounded
	// where it holds the ball, square at the open end.
	pen{&out.Ball, f}.dot(R*0.6, 0, R*0.95)
	b := 1.3 // start of the tulip behind the entry
	rc := W * 0.3
	hd.move(b+rc, -W/2)
	hd.line(H-0.8, -W/2)
	hd.quad(H, -W/2, H, -W/2+0.8)
	hd.line(H, W/2-0.8)
	hd.quad(H, W/2, H-0.8, W/2)
	hd.line(b+rc, W/2)
	hd.quad(b, W/2, b, W/2-rc)
	hd.line(b, -W/2+rc)
	hd.quad(b, -W/2, b+rc, -W/2)
	hd.close()
	pen{&out.HeadShade, f}.rect(b+rc*0.5, -W/2+0.5, H-0.5, -W*0.22)
	pen{&out.HeadLight, f}.rect(b+rc*0.6, W*0.12, H-0.7, W*0.27)
	// The locking cap above the rod, with its driver socket.
	seat := sc.Head
	sd := math.Hypot(seat.X-sc.Entry.X, seat.Y-sc.Entry.Y)
	c0 := sd + rodR + 0.5
	if c0 < H-1 {
		pen{&out.Cap, f}.rect(c0, -W/2+1.4, H-0.5, W/2-1.4)
		pen{&out.Socket, f}.rect(c0+(H-0.5-c0)*0.35, -W*0.14, H-0.5, W*0.14)
	}
	return &out
}

// rodShapes are one straight piece of the rod, in a frame whose x runs from
// one screw head (0) to the next (length), y across.
type rodShapes struct {
	Body, Shade, Light Shape
}

// rodPiece builds a rod piece of radius r from -before to length+after,
// with round ends; where before or after is r, the end is a joint with the
// next piece.
func rodPiece(length, r, before, after float64) *rodShapes {
	var out rodShapes
	f := newAxisFrame(0, 0, 1, 0)
	p := pen{&out.Body, f}
	x0, x1 := -before, length+after
	p.move(x0+r, -r)
	p.line(x1-r, -r)
	p.quad(x1, -r, x1, 0)
	p.quad(x1, r, x1-r, r)
	p.line(x0+r, r)
	p.quad(x0, r, x0, 0)
	p.quad(x0, -r, x0+r, -r)
	p.close()
	// The shading runs from head to head, and on past the rod's ends, so
	// that neighbouring pieces meet without overlapping.
	s0, s1 := 0.0, length
	if before > r {
		s0 = x0 + r*0.55
	}
	if after > r {
		s1 = x1 - r*0.55
	}
	pen{&out.Shade, f}.rect(s0, r*0.35, s1, r*0.92)
	pen{&out.Light, f}.rect(s0, -r*0.55, s1, -r*0.2)
	return &out
}

// platePiece builds a piece of an anterior plate of thickness 2r from
// -before to length+after: a flat band with small rounded corners at its
// ends (where before or after is r, the end is a joint with the next
// piece, which it overlaps a little).
func platePiece(length, r, before, after float64) *rodShapes {
	var out rodShapes
	f := newAxisFrame(0, 0, 1, 0)
	c := math.Min(0.8, r*0.6)
	x0, x1 := -before-0.4, length+after+0.4
	if before > r {
		x0 = -before
	}
	if after > r {
		x1 = length + after
	}
	p := pen{&out.Body, f}
	p.move(x0+c, -r)
	p.line(x1-c, -r)
	p.quad(x1, -r, x1, -r+c)
	p.line(x1, r-c)
	p.quad(x1, r, x1-c, r)
	p.line(x0+c, r)
	p.quad(x0, r, x0, r-c)
	p.line(x0, -r+c)
	p.quad(x0, -r, x0+c, -r)
	p.close()
	pen{&out.Shade, f}.rect(x0+c, r*0.4, x1-c, r*0.9)
	pen{&out.Light, f}.rect(x0+c, -r*0.6, x1-c, -r*0.15)
	return &out
}

// cageShapes are one interbody cage in its lower bone's local frame.
type cageShapes struct {
	// Body is the cage with its graft window cut out; Window the window,
	// lightly tinted so the graft under it shows; Plate a titanium front
	// plate; Holes the plate's screw holes; Markers the metal dots that
	// show a radiolucent cage on X-rays.
	Body, Window, Plate, Holes, Markers Shape
}

// cageOutline builds a cage's parts: toothed top and bottom following the
// endplates, ends shaped by the cage type, a graft window in the middle.
func cageOutline(c *surgery.Cage) *cageShapes {
	var out cageShapes
	f := newAxisFrame(0, 0, 1, 0) // local x, y as they are
	p := pen{&out.Body, f}
	front := c.Front
	if c.Plate > 0 {
		front += c.Plate - 0.2
	}
	back := c.Back
	t := c.Teeth
	bot := func(x float64) float64 { return c.Bottom }
	top := c.TopAt
	hgtF, hgtB := top(front)-c.Bottom, top(back)-c.Bottom
	// End radii: a bullet nose in front for the box, round ends for the
	// banana, square ends for the wedge behind its plate.
	rf, rb := 0.0, 1.0
	switch c.Shape {
	case surgery.Banana:
		rf, rb = math.Min(4, hgtF*0.45), math.Min(3.5, hgtB*0.45)
	case surgery.Box:
		rf, rb = math.Min(4.5, hgtF*0.5), 1.2
	case surgery.Lordotic:
		rf, rb = 0.4, 1.5
	}
	// Bottom edge, front to back, with teeth pointing down.
	x0, x1 := front+rf, back-rb
	p.move(x0, bot(x0)+t)
	teeth(p, x0, x1, bot, t, -1)
	// Back end.
	yb0, yb1 := c.Bottom+t, top(back)-t
	if c.Shape == surgery.Banana {
		// The kidney's back is gently hollowed.
		p.quad(back, yb0, back, yb0+rb)
		p.quad(back-2, (yb0+yb1)/2, back, yb1-rb)
		p.quad(back, yb1, back-rb, yb1)
	} else {
		p.quad(back, yb0, back, yb0+rb)
		p.line(back, yb1-rb)
		p.quad(back, yb1, back-rb, yb1)
	}
	// Top edge, back to front, teeth pointing up.
	teeth(p, x1, x0, top, t, 1)
	// Front end: a bullet nose or a rounded end.
	yf0, yf1 := c.Bottom+t, top(front)-t
	if c.Shape == surgery.Lordotic {
		p.line(front, yf1)
		p.line(front, yf0)
	} else {
		p.quad(front, yf1, front, (yf0+yf1)/2+(yf1-yf0)*0.1)
		p.quad(front, yf0, front+rf, yf0)
	}
	p.close()

	// The graft window, wound the other way so it cuts the body.
	l := back - front
	wx0 := front + l*(1-c.Window)/2
	wx1 := back - l*(1-c.Window)/2
	inset := math.Max(1.4, (hgtF+hgtB)/2*0.2) + t
	wy0 := func(x float64) float64 { return c.Bottom + inset }
	wy1 := func(x float64) float64 { return top(x) - inset }
	if wy1(wx0)-wy0(wx0) > 1.5 && wy1(wx1)-wy0(wx1) > 1.5 {
		for _, s := range []*Shape{&out.Body, &out.Window} {
			w := pen{s, f}
			rr := math.Min(1.5, (wy1(wx1)-wy0(wx1))/3)
			if s == &out.Window {
				// The tint, wound like the body.
				w.move(wx0+rr, wy0(wx0))
				w.line(wx1-rr, wy0(wx1))
				w.quad(wx1, wy0(wx1), wx1, wy0(wx1)+rr)
				w.line(wx1, wy1(wx1)-rr)
				w.quad(wx1, wy1(wx1), wx1-rr, wy1(wx1))
				w.line(wx0+rr, wy1(wx0))
				w.quad(wx0, wy1(wx0), wx0, wy1(wx0)-rr)
				w.line(wx0, wy0(wx0)+rr)
				w.quad(wx0, wy0(wx0), wx0+rr, wy0(wx0))
				w.close()
				continue
			}
			w.move(wx0+rr, wy0(wx0))
			w.quad(wx0, wy0(wx0), wx0, wy0(wx0)+rr)
			w.line(wx0, wy1(wx0)-rr)
			w.quad(wx0, wy1(wx0), wx0+rr, wy1(wx0))
			w.line(wx1-rr, wy1(wx1))
			w.quad(wx1, wy1(wx1), wx1, wy1(wx1)-rr)
			w.line(wx1, wy0(wx1)+rr)
			w.quad(wx1, wy0(wx1), wx1-rr, wy0(wx1))
			w.close()
		}
	}

	// Marker dots: at the nose and near the back corners.
	if c.Material == surgery.PEEK {
		m := pen{&out.Markers, f}
		mid := func(x float64) float64 { return (c.Bottom + top(x)) / 2 }
		r := 0.65
		if c.Plate == 0 {
			m.dot(front+math.Max(rf*0.6, 1.6), mid(front), r)
		}
		m.dot(back-1.8, c.Bottom+t+1.6, r)
		m.dot(back-1.8, top(back)-t-1.6, r)
	}
	if c.Plate > 0 {
		pl := pen{&out.Plate, f}
		x0, x1 := c.Front, c.Front+c.Plate
		pl.move(x0+0.6, c.Bottom+0.2)
		pl.line(x1, c.Bottom+0.2)
		pl.line(x1, top(x1)-0.2)
		pl.line(x0+0.6, top(x0)-0.2)
		pl.quad(x0, top(x0)-0.2, x0, top(x0)-0.8)
		pl.line(x0, c.Bottom+0.8)
		pl.quad(x0, c.Bottom+0.2, x0+0.6, c.Bottom+0.2)
		pl.close()
	}
	return &out
}

// teeth adds a toothed edge from x0 to x1 (either way) along the surface
// y(x): teeth of height t pointing out (dir 1 up, -1 down), leaning toward
// the front so the cage resists backing out.
func teeth(p pen, x0, x1 float64, y func(float64) float64, t, dir float64) {
	n := int(math.Abs(x1-x0) / (2.2 * t))
	if n < 1 || t <= 0 {
		p.line(x1, y(x1)-dir*t)
		return
	}
	step := (x1 - x0) / float64(n)
	for i := 0; i < n; i++ {
		a := x0 + float64(i)*step
		b := a + step
		// Tip above the point a third of the way along, toward the front.
		tipX := a + step*0.35
		if step < 0 {
			tipX = b - step*0.35
		}
		p.line(tipX, y(tipX))
		p.line(b, y(b)-dir*t)
	}
}
