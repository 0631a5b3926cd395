package scene

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
)

// posed returns the lumbar spine and its poses at the extremes and in the
// middle of flexion-extension, every level turned alike.
func posed(t *testing.T) (*anatomy.Spine, map[string][]motion.Affine) {
	t.Helper()
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	poses := map[string][]motion.Affine{}
	for name, deg := range map[string]float64{"neutral": 0, "flexed": 6, "extended": -4} {
		angles := make([]float64, len(sp.Discs))
		for i := range angles {
			angles[i] = deg
		}
		p := make([]motion.Affine, len(sp.Vertebrae))
		motion.Pose(sp, motion.Sagittal, angles, p)
		poses[name] = p
	}
	return sp, poses
}

// TestDiscSpaceFollowsBothEndplates checks that a disc space's corners are
// the corners of the two endplates, however the spine is posed.
func TestDiscSpaceFollowsBothEndplates(t *testing.T) {
	sp, poses := posed(t)
	for name, pose := range poses {
		for i := range sp.Discs {
			up, lo := sp.Vertebrae[i], sp.Vertebrae[i+1]
			s := discSpace(sp, pose, View{Scale: 1}, i, 0)
			check := func(what string, u, w float64, bone int, x, y float64) {
				lx, ly := s.local(u, w)
				gx, gy := s.toWorld.Apply(lx, ly)
				wx, wy := pose[bone].Apply(x, y)
				if math.Hypot(gx-wx, gy-wy) > 1e-9 {
					t.Errorf("%s %s %s: (%.2f, %.2f), want (%.2f, %.2f)", name, sp.Discs[i].Level, what, gx, gy, wx, wy)
				}
			}
			check("lower front", 0, 0, i+1, -lo.Depth/2, lowerTop(lo))
			check("lower back", 1, 0, i+1, lo.Depth/2, lowerTop(lo))
			check("upper front", 0, 1, i, -up.Depth/2, 0)
			check("upper back", 1, 1, i, up.Depth/2, 0)
			if math.Abs(math.Hypot(s.upx, s.upy)-1) > 1e-9 {
				t.Errorf("%s: upper axis not a unit vector", sp.Discs[i].Level)
			}
		}
	}
}

// TestHealingTexturesCoverEverySpace checks that every point the healing
// layers sample, in the disc spaces with the seam over both endplates and
// in the gutters, falls inside the bone textures.
func TestHealingTexturesCoverEverySpace(t *testing.T) {
	sp, poses := posed(t)
	tex := Sprite{MinX: 0, MaxY: texSize, Scale: 1}
	inside := func(what string, s *healSpace, x, y float64) {
		t.Helper()
		px, py := s.texel(&tex, x, y)
		lo, hi := float32(pad), float32(pad+texSize)
		if px < lo || px > hi || py < lo || py > hi {
			t.Errorf("%s: texel (%.1f, %.1f) outside %v..%v", what, px, py, lo, hi)
		}
	}
	for name, pose := range poses {
		for i := range sp.Discs {
			level := name + " " + sp.Discs[i].Level
			s := discSpace(sp, pose, View{Scale: 1}, i, 0)
			for u := 0.0; u <= 1; u += 0.125 {
				for _, w := range []float64{-0.1, 0, 0.5, 1, 1.1} {
					x, y := s.local(u, w)
					inside(level+" disc", &s, x, y)
				}
				bx, by := s.local(u, 0)
				tx, ty := s.local(u, 1)
				inside(level+" seam below", &s, bx, by-seamDeep)
				inside(level+" seam above", &s, tx+s.upx*seamDeep, ty+s.upy*seamDeep)
			}
			g := gutterSpace(sp, pose, View{Scale: 1}, i, gutterHalfWidth, gutterBulge)
			for u := 0.0; u <= 1; u += 0.25 {
				for _, w := range []float64{-0.05, 0, 0.5, 1, 1.05} {
					x, y := g.local(u, w)
					inside(level+" gutter", &g, x, y)
				}
			}
		}
	}
}

// TestGutterRunsBetweenTransverseProcesses checks that a gutter starts at
// the lower bone's transverse process and ends at the upper one's.
func TestGutterRunsBetweenTransverseProcesses(t *testing.T) {
	sp, poses := posed(t)
	pose := poses["flexed"]
	for i := range sp.Discs {
		g := gutterSpace(sp, pose, View{Scale: 1}, i, gutterHalfWidth, 0)
		for _, end := range []struct {
			w    float64
			bone int
		}{{0, i + 1}, {1, i}} {
			lx, ly := g.local(0.5, end.w)
			gx, gy := g.toWorld.Apply(lx, ly)
			ax, ay := transverseAnchor(sp, end.bone)
			wx, wy := pose[end.bone].Apply(ax, ay)
			if math.Hypot(gx-wx, gy-wy) > 1e-9 {
				t.Errorf("%s end %v: (%.2f, %.2f), want (%.2f, %.2f)", sp.Discs[i].Level, end.w, gx, gy, wx, wy)
			}
		}
		// Across points toward the back of the lower bone.
		if g.nx <= 0 {
			t.Errorf("%s: across (%.2f, %.2f) does not point back", sp.Discs[i].Level, g.nx, g.ny)
		}
	}
}

// TestWallsJoinTheBodies checks that the fused bone's front and back walls
// start on the lower body's wall and end on the upper body's, leaving each
// along it.
func TestWallsJoinTheBodies(t *testing.T) {
	sp, poses := posed(t)
	pose := poses["neutral"]
	for i := range sp.Discs {
		up, lo := sp.Vertebrae[i], sp.Vertebrae[i+1]
		s := discSpace(sp, pose, View{Scale: 1}, i, 0)
		rel := relPose(pose, i, i+1)
		var pts [wallPoints][2]float64
		for side := 0; side < 2; side++ {
			wallCurve(&s, up, lo, side, pts[:])
			x := -0.5
			if side == 1 {
				x = 0.5
			}
			deep := seamDeep
			if side == 1 && lo.Sacrum {
				deep = 2
			}
			ux, uy := rel.Apply(x*up.Depth, seamDeep)
			ends := [][4]float64{
				{pts[0][0], pts[0][1], x * lo.Depth, lowerTop(lo) - deep},
				{pts[wallPoints-1][0], pts[wallPoints-1][1], ux, uy},
			}
			for _, e := range ends {
				if math.Hypot(e[0]-e[2], e[1]-e[3]) > 1e-9 {
					t.Errorf("%s side %d: wall ends at (%.2f, %.2f), want (%.2f, %.2f)", sp.Discs[i].Level, side, e[0], e[1], e[2], e[3])
				}
			}
			// It sets off upward, not sideways.
			if dy := pts[1][1] - pts[0][1]; dy <= 0 {
				t.Errorf("%s side %d: wall starts downward", sp.Discs[i].Level, side)
			}
		}
	}
}
