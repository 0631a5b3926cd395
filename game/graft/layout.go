package graft

import (
	"math"
	"math/rand/v2"
)

// Particle is one piece of graft in a space between two host bone surfaces.
type Particle struct {
	// U runs across the space, 0 to 1 (front to back in a disc space); W
	// runs from the lower host surface (0) to the upper one (1).
	U, W float64
	// RX and RY are the half-sizes in millimetres along the particle's own
	// axes; Angle turns it, in radians, counter-clockwise from the U axis.
	RX, RY, Angle float64
	// Variant picks one of the look's particle pictures.
	Variant int
	// Noise is the particle's own small variation, -1 to 1 (how soon the
	// bone takes it in).
	Noise float64
}

// Depth is how deep in the space the particle lies: 0 against a host bone
// surface, 1 in the middle, the last place the new bone reaches.
func (p *Particle) Depth() float64 { return 2 * math.Min(p.W, 1-p.W) }

// Extent returns the half-sizes in millimetres of the box the turned
// particle fills, along U and along W.
func (p *Particle) Extent() (float64, float64) {
	s, c := math.Sincos(p.Angle)
	return math.Hypot(p.RX*c, p.RY*s), math.Hypot(p.RX*s, p.RY*c)
}

// spongeAspect is a sponge strip's thickness over its length.
const spongeAspect = 0.42

// Count is how many particles of the look fill a space of width by height
// millimetres at its packing.
func (l *Look) Count(width, height float64) int {
	r := (l.RadiusMin + l.RadiusMax) / 2
	area := math.Pi * r * r
	if l.Kind == Sponge {
		area *= spongeAspect
	}
	return int(math.Round(l.Packing * width * height / area))
}

// Layout returns the particles of the look packed in a space of width by
// height millimetres, every one wholly inside it; the same seed gives the
// same layout. Particles may touch and overlap a little, as packed graft
// does, but never pile on one another.
func Layout(l *Look, width, height float64, seed uint64) []Particle {
	rng := rand.New(rand.NewPCG(seed, 0x9a4f7))
	want := l.Count(width, height)
	ps := make([]Particle, 0, want)
	// Sponge strips lie along the longer side of the space.
	base := 0.0
	if height > width {
		base = math.Pi / 2
	}
	for try := 0; len(ps) < want && try < want*60; try++ {
		r := l.RadiusMin + rng.Float64()*(l.RadiusMax-l.RadiusMin)
		p := Particle{RX: r, RY: r, Variant: rng.IntN(l.Variants), Noise: rng.Float64()*2 - 1}
		switch l.Kind {
		case Sponge:
			p.RY = r * spongeAspect
			p.Angle = base + (rng.Float64()-0.5)*0.5
		case Chip:
			p.RY = r * (0.7 + 0.3*rng.Float64())
			p.Angle = rng.Float64() * 2 * math.Pi
		default:
			// Round granules keep their light from the top left.
			rng.Float64()
		}
		ex, ey := p.Extent()
		if 2*ex >= width || 2*ey >= height {
			continue
		}
		x := ex + rng.Float64()*(width-2*ex)
		y := ey + rng.Float64()*(height-2*ey)
		if crowded(ps, x, y, p.RX, p.RY, width, height) {
			continue
		}
		p.U, p.W = x/width, y/height
		ps = append(ps, p)
	}
	return ps
}

// crowding is how close two particles' centres may come, as a share of
// the sum of their radii: packed graft overlaps a little.
const crowding = 0.66

// crowded reports whether a particle at (x, y) mm would sit too far over
// one already placed.
func crowded(ps []Particle, x, y, rx, ry, width, height float64) bool {
	r := math.Sqrt(rx * ry)
	for i := range ps {
		q := &ps[i]
		d := math.Hypot(q.U*width-x, q.W*height-y)
		if d < crowding*(r+math.Sqrt(q.RX*q.RY)) {
			return true
		}
	}
	return false
}

// Columns returns n smooth values in -1..1, one per column across a space:
// how much sooner or later the new bone's front arrives there. The same
// seed gives the same values.
func Columns(seed uint64, n int) []float64 {
	rng := rand.New(rand.NewPCG(seed, 0xc011))
	raw := make([]float64, n)
	for i := range raw {
		raw[i] = rng.Float64()*2 - 1
	}
	out := make([]float64, n)
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range out {
		// Neighbours lean together so the front rises in soft mounds.
		s := raw[i] * 2
		w := 2.0
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < n {
				s += raw[j]
				w++
			}
		}
		out[i] = s / w
		lo, hi = math.Min(lo, out[i]), math.Max(hi, out[i])
	}
	// Stretch back to the full range.
	for i := range out {
		if hi > lo {
			out[i] = 2*(out[i]-lo)/(hi-lo) - 1
		}
	}
	return out
}
