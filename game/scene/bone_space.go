package scene

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
)

// healSpace is a space between two host bone surfaces where graft lies and
// bone grows: a disc space between two endplates, or the posterolateral
// gutter between two transverse processes. Points in it are (u, w): u
// across (0 front, 1 back), w from the lower host surface (0) to the upper
// one (1); outside 0..1 they run on into the bones. It is laid out in the
// lower bone's local frame, with the upper bone's edge placed by the bones'
// current relative pose, so it follows both as the spine moves.
type healSpace struct {
	// toWorld places the lower bone's frame; v maps the world to the
	// screen.
	toWorld motion.Affine
	v       View
	// b0, b1 are the bottom edge's front and back ends and t0, t1 the top
	// edge's, in the lower bone's frame (mm).
	b0x, b0y, b1x, b1y float64
	t0x, t0y, t1x, t1y float64
	// bulge widens (or, negative, narrows) the sides at mid-height, mm,
	// along the unit across vector (nx, ny).
	bulge, nx, ny float64
	// upx, upy is the upper bone's y axis in the lower bone's frame.
	upx, upy float64
	// rot is the angle of the u axis in the lower bone's frame, radians.
	rot float64
	// ox, oy place the lower bone's frame on the textures: texture
	// millimetres are local + (ox, oy).
	ox, oy float64
}

// local returns the lower bone's frame coordinates of a point of the space.
func (s *healSpace) local(u, w float64) (float64, float64) {
	bx, by := s.b0x+(s.b1x-s.b0x)*u, s.b0y+(s.b1y-s.b0y)*u
	tx, ty := s.t0x+(s.t1x-s.t0x)*u, s.t0y+(s.t1y-s.t0y)*u
	x, y := bx+(tx-bx)*w, by+(ty-by)*w
	if s.bulge != 0 {
		k := s.bulge * (2*u - 1) * math.Sin(math.Pi*math.Max(0, math.Min(1, w)))
		x, y = x+s.nx*k, y+s.ny*k
	}
	return x, y
}

// screen maps a point of the lower bone's frame to the screen.
func (s *healSpace) screen(x, y float64) (float32, float32) {
	wx, wy := s.toWorld.Apply(x, y)
	sx, sy := s.v.Point(wx, wy)
	return float32(sx), float32(sy)
}

// texel returns where a point of the lower bone's frame falls on a
// texture sprite, in its pixels. The textures are drawn with AddressUnsafe
// (the clamping address modes cost a shader program of their own, compiled
// at the first frame), so the point is kept half a pixel inside the image:
// a linear filter there reads only the image's own pixels, never its
// neighbours on the atlas. The spaces lie well inside their textures, so
// this only guards.
func (s *healSpace) texel(t *Sprite, x, y float64) (float32, float32) {
	tx := (x+s.ox-t.MinX)*t.Scale + pad
	ty := (t.MaxY-(y+s.oy))*t.Scale + pad
	if t.Image != nil {
		b := t.Image.Bounds()
		tx = math.Max(0.5, math.Min(tx, float64(b.Dx())-0.5))
		ty = math.Max(0.5, math.Min(ty, float64(b.Dy())-0.5))
	}
	return float32(tx), float32(ty)
}

// relPose returns the transform from bone i's frame to bone j's, given
// their world poses.
func relPose(pose []motion.Affine, i, j int) motion.Affine {
	return pose[i].Then(invertAffine(pose[j]))
}

// invertAffine returns the inverse of an affine transform.
func invertAffine(m motion.Affine) motion.Affine {
	det := m.A*m.D - m.B*m.C
	a, b, c, d := m.D/det, -m.B/det, -m.C/det, m.A/det
	return motion.Affine{A: a, B: b, C: c, D: d, TX: -(a*m.TX + b*m.TY), TY: -(c*m.TX + d*m.TY)}
}

// lowerTop is the height of a bone's upper endplate in its own frame.
func lowerTop(v anatomy.Vertebra) float64 {
	if v.Sacrum {
		return 0
	}
	return v.Height
}

// discSpace returns the space of disc i between the lower endplate of bone
// i and the upper endplate of bone i+1, posed by pose; inset moves both
// edges into the space (negative: into the bones), mm.
func discSpace(sp *anatomy.Spine, pose []motion.Affine, v View, i int, inset float64) healSpace {
	up, lo := sp.Vertebrae[i], sp.Vertebrae[i+1]
	rel := relPose(pose, i, i+1)
	top := lowerTop(lo)
	s := healSpace{toWorld: pose[i+1], v: v, ox: texSize / 2, oy: texDiscBase - top}
	s.b0x, s.b0y = -lo.Depth/2, top+inset
	s.b1x, s.b1y = lo.Depth/2, top+inset
	s.t0x, s.t0y = rel.Apply(-up.Depth/2, -inset)
	s.t1x, s.t1y = rel.Apply(up.Depth/2, -inset)
	s.upx, s.upy = rel.B, rel.D
	return s
}

// transverseAnchor is where the posterolateral graft meets bone i: the
// middle of its transverse process, or the sacral ala on the sacrum, in the
// bone's own frame.
func transverseAnchor(sp *anatomy.Spine, i int) (float64, float64) {
	v, p := sp.Vertebrae[i], sp.Posterior
	if v.Sacrum {
		// The ala lies beside the top of the S1 body, in front of the
		// superior articular process.
		return v.Depth/2 + 0.35*p.PedicleLength, -6
	}
	return v.Depth/2 + p.PedicleLength - 1.5, (p.PedicleTop+p.PedicleBottom)/2*v.Height + 1.2
}

// gutterSpace returns the posterolateral gutter of disc i: a band from the
// transverse process of bone i+1 (w = 0) to that of bone i (w = 1), half as
// wide as halfWidth, bulging by bulge at mid-height.
func gutterSpace(sp *anatomy.Spine, pose []motion.Affine, v View, i int, halfWidth, bulge float64) healSpace {
	rel := relPose(pose, i, i+1)
	lx, ly := transverseAnchor(sp, i+1)
	ux, uy := transverseAnchor(sp, i)
	ux, uy = rel.Apply(ux, uy)
	dx, dy := ux-lx, uy-ly
	l := math.Hypot(dx, dy)
	// Across points toward the back: the along direction turned clockwise.
	nx, ny := dy/l, -dx/l
	s := healSpace{toWorld: pose[i+1], v: v, bulge: bulge, nx: nx, ny: ny,
		ox: texSize/2 - lx, oy: texGutterBase - ly}
	s.b0x, s.b0y = lx-nx*halfWidth, ly-ny*halfWidth
	s.b1x, s.b1y = lx+nx*halfWidth, ly+ny*halfWidth
	s.t0x, s.t0y = ux-nx*halfWidth, uy-ny*halfWidth
	s.t1x, s.t1y = ux+nx*halfWidth, uy+ny*halfWidth
	s.rot = math.Atan2(ny, nx)
	return s
}

// placeGeoM sets g to draw a sprite centred on its local origin, scaled by
// kx, ky along its own axes, turned by angle (radians, counter-clockwise)
// and set at (x, y) of the frame that t places in the world.
func placeGeoM(g *ebiten.GeoM, sp *Sprite, kx, ky, angle, x, y float64, t motion.Affine, v View) {
	local := motion.Affine{A: kx, D: ky}.Then(motion.Rotate(angle * 180 / math.Pi)).Then(motion.Translate(x, y))
	v.GeoM(g, sp, local.Then(t))
}
