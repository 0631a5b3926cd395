package scene

import (
	"math"
	"math/rand/v2"

	"github.com/hajimehoshi/ebiten/v2"
)

// The remodelled posterolateral fusion mass in side view: the transverse
// processes it has swallowed (a little larger than themselves) joined by a
// neck of bone, drawn in at the middle.
const (
	columnCapGrow = 0.9 // mm added around each transverse process
	columnNeck    = 5.3 // half-width of the neck at its middle, mm
)

// columnSprite is the remodelled fusion mass of a run of fused levels,
// drawn in the frame of the run's lowest bone.
type columnSprite struct {
	bone   int
	sprite Sprite
}

// columnsFor returns the remodelled fusion masses of the state's fused levels,
// one per run of adjacent levels, rasterising them when the levels change.
func (a *graftArt) columnsFor(c *spineCtx) []columnSprite {
	levels := c.f.State.Levels
	if a.columnLevels == levels && a.columnScale == a.scale && a.columnPal == a.palette {
		return a.columnSprites
	}
	for _, cs := range a.columnSprites {
		deallocate(cs.sprite)
	}
	a.columnSprites = a.columnSprites[:0]
	a.columnLevels, a.columnScale, a.columnPal = levels, a.scale, a.palette
	sp := c.sp
	pal := a.palette
	for top := 0; top < len(sp.Discs); {
		if !c.f.State.IsFused(sp.Discs[top].Level) {
			top++
			continue
		}
		bottom := top
		for bottom < len(sp.Discs) && c.f.State.IsFused(sp.Discs[bottom].Level) {
			bottom++
		}
		// Discs top..bottom-1 are fused; bone `bottom` is the lowest.
		var body, grain Shape
		rng := rand.New(rand.NewPCG(uint64(top*31+bottom), 0xb0e))
		for i := top; i < bottom; i++ {
			lx, ly := a.anchorIn(i+1, bottom)
			ux, uy := a.anchorIn(i, bottom)
			columnOutline(&body, lx, ly, ux, uy, sp.Posterior.TransverseRad+columnCapGrow, sp.Posterior.TransverseRad*0.85+columnCapGrow, columnNeck)
			columnGrain(&grain, lx, ly, ux, uy, columnNeck-1.2, rng)
		}
		a.columnSprites = append(a.columnSprites, columnSprite{bone: bottom, sprite: rasterise(a.scale,
			layer{shape: &body, fill: pal.Process, stroke: 1.1, line: pal.BoneLine},
			layer{shape: &grain, fill: mix(pal.Process, pal.Trabecula, 0.55)},
		)})
		top = bottom
	}
	return a.columnSprites
}

// anchorIn returns where the posterolateral graft meets bone i, in the frame
// of bone j in the neutral pose.
func (a *graftArt) anchorIn(i, j int) (float64, float64) {
	x, y := transverseAnchor(a.spine, i)
	rel := a.neutral[i].Then(invertAffine(a.neutral[j]))
	return rel.Apply(x, y)
}

// columnOutline adds the outline of the mass between anchors L (lx, ly) and
// U (ux, uy): a cap of half-sizes rx across and ry along around each, joined
// by sides drawn in to half-width neck at the middle. Every outline winds
// the same way, so several fill as one.
func columnOutline(s *Shape, lx, ly, ux, uy, rx, ry, neck float64) {
	dx, dy := ux-lx, uy-ly
	l := math.Hypot(dx, dy)
	dx, dy = dx/l, dy/l
	nx, ny := dy, -dx // across, toward the back
	mx, my := (lx+ux)/2, (ly+uy)/2
	// A side from the cap's widest point at L to U's, dipping to the neck.
	side := func(sign float64) (float64, float64) {
		k := 2*neck - rx
		return mx + sign*nx*k, my + sign*ny*k
	}
	p := func(cx, cy, t float64) (float64, float64) {
		c, s := math.Cos(t), math.Sin(t)
		return cx + nx*rx*c + dx*ry*s, cy + ny*rx*c + dy*ry*s
	}
	s.MoveTo(p(lx, ly, math.Pi))
	cx, cy := side(-1)
	ex, ey := p(ux, uy, math.Pi)
	s.QuadTo(cx, cy, ex, ey)
	capArc(s, ux, uy, nx, ny, dx, dy, rx, ry, math.Pi, 0)
	cx, cy = side(1)
	ex, ey = p(lx, ly, 0)
	s.QuadTo(cx, cy, ex, ey)
	capArc(s, lx, ly, nx, ny, dx, dy, rx, ry, 0, -math.Pi)
	s.Close()
}

// capArc adds an arc of the ellipse centred at (cx, cy) with half-sizes rx
// along (nx, ny) and ry along (dx, dy), from angle t0 to t1, in quarter
// turns or less.
func capArc(s *Shape, cx, cy, nx, ny, dx, dy, rx, ry, t0, t1 float64) {
	const steps = 4
	p := func(t float64) (float64, float64) {
		c, sn := math.Cos(t), math.Sin(t)
		return cx + nx*rx*c + dx*ry*sn, cy + ny*rx*c + dy*ry*sn
	}
	h := (t1 - t0) / steps
	k := 1 / math.Cos(h/2)
	for i := 0; i < steps; i++ {
		tm := t0 + (float64(i)+0.5)*h
		c, sn := math.Cos(tm), math.Sin(tm)
		x, y := p(t0 + float64(i+1)*h)
		s.QuadTo(cx+k*(nx*rx*c+dx*ry*sn), cy+k*(ny*rx*c+dy*ry*sn), x, y)
	}
}

// columnGrain adds fine struts along the mass's neck: the grain of bone
// that has remodelled along the line of load.
func columnGrain(s *Shape, lx, ly, ux, uy, half float64, rng *rand.Rand) {
	dx, dy := ux-lx, uy-ly
	l := math.Hypot(dx, dy)
	dx, dy = dx/l, dy/l
	nx, ny := dy, -dx
	n := int(l * half * 2 / 7)
	for i := 0; i < n; i++ {
		t := 0.18 + 0.64*rng.Float64()
		// Narrower toward the middle, like the neck.
		w := half * (1 - 0.25*math.Sin(math.Pi*t)) * (rng.Float64()*2 - 1)
		x, y := lx+dx*l*t+nx*w, ly+dy*l*t+ny*w
		ln := 1.2 + 1.8*rng.Float64()
		tilt := (rng.Float64() - 0.5) * 0.5
		ax, ay := dx+nx*tilt, dy+ny*tilt
		const hw = 0.22
		s.MoveTo(x-nx*hw, y-ny*hw)
		s.LineTo(x+ax*ln-nx*hw*0.5, y+ay*ln-ny*hw*0.5)
		s.LineTo(x+ax*ln+nx*hw*0.5, y+ay*ln+ny*hw*0.5)
		s.LineTo(x+nx*hw, y+ny*hw)
		s.Close()
	}
}

// drawColumns draws the remodelled fusion masses at opacity alpha.
func (s *Scene) drawColumns(dst *ebiten.Image, c *spineCtx, a *graftArt, alpha float64) {
	op := &a.dio.op
	op.Filter = ebiten.FilterLinear
	for i := range a.columnsFor(c) {
		cs := &a.columnSprites[i]
		if cs.sprite.Image == nil {
			continue
		}
		c.v.GeoM(&op.GeoM, &cs.sprite, c.pose[cs.bone])
		op.ColorScale.Reset()
		op.ColorScale.ScaleAlpha(float32(alpha))
		dst.DrawImage(cs.sprite.Image, op)
	}
}
