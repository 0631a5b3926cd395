package condition

import (
	"math"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/state"
)

// Geometry is what a condition does to the spine on one panel: the spine
// before surgery or after the fusion, at one point of the motion. Indexes
// are -1 where they do not apply.
type Geometry struct {
	Condition string
	// After says whether this is the spine after the fusion.
	After bool
	// Shown says whether the condition can be drawn in this region (a
	// scoliosis curve is a low-back picture here).
	Shown bool
	// Disc is the affected segment (its disc lies between Vertebrae[Disc]
	// and Vertebrae[Disc+1]); Bone the affected vertebra: the one that
	// slipped, broke or lost its lamina.
	Disc, Bone int
	// HeightScale is the affected disc's height as a share of normal.
	HeightScale float64
	// Spur is the length of the bone spurs at the disc's rims, mm.
	Spur float64
	// Herniation is how far the nucleus reaches into the canal, mm.
	Herniation float64
	// Slip is how far Vertebrae[Disc] sits forward over the one below, mm,
	// and SlipShare the same as a share of the lower body's depth.
	Slip, SlipShare float64
	// FrontLoss is the share of Bone's front height lost to a fracture,
	// and Wedge the resulting forward tilt of its upper endplate, degrees.
	FrontLoss, Wedge float64
	// Laminectomy says whether Bone's lamina and spinous process were
	// removed in an earlier operation.
	Laminectomy bool
	// Pinched says whether the nerve root at Disc is compressed.
	Pinched bool
	// Cobb is the sideways curve's Cobb angle (degrees) and Rotation the
	// apical vertebra's turn; CurveTop, Apex and CurveBottom index the
	// curve's vertebrae.
	Cobb, Rotation              float64
	CurveTop, Apex, CurveBottom int
}

// site is the segment a condition sits at: its usual level when that is
// fused, otherwise the top fused level, otherwise its usual level.
func site(sp *anatomy.Spine, st *state.State, usual string) int {
	if i := sp.DiscIndex(usual); i >= 0 && st.IsFused(usual) {
		return i
	}
	for i, d := range sp.Discs {
		if st.IsFused(d.Level) {
			return i
		}
	}
	if i := sp.DiscIndex(usual); i >= 0 {
		return i
	}
	return len(sp.Discs) / 2
}

// fusedBlock returns the first and last fused segments, or -1, -1.
func fusedBlock(sp *anatomy.Spine, st *state.State) (top, bottom int) {
	top, bottom = -1, -1
	for i, d := range sp.Discs {
		if st.IsFused(d.Level) {
			if top < 0 {
				top = i
			}
			bottom = i
		}
	}
	return top, bottom
}

// vertebra returns the index of the named vertebra, or -1.
func vertebra(sp *anatomy.Spine, name string) int {
	for i, v := range sp.Vertebrae {
		if v.Name == name {
			return i
		}
	}
	return -1
}

// Compute fills g with the condition of st on the spine sp, before the
// fusion or after it, with the column bent forward by flexion (the posture
// in the flexion-extension motion, -1 to 1; 0 in the other motions). It
// does not allocate.
func (t *Table) Compute(sp *anatomy.Spine, st *state.State, after bool, flexion float64, g *Geometry) {
	*g = Geometry{Condition: st.Condition, After: after, Shown: true, Disc: -1, Bone: -1,
		HeightScale: 1, CurveTop: -1, Apex: -1, CurveBottom: -1}
	switch st.Condition {
	case Degenerative:
		c := &t.Degenerative
		g.Disc = site(sp, st, c.Level)
		if !after {
			g.HeightScale = c.HeightKept.V
			g.Spur = c.Spur.V
			g.Pinched = true
		}
	case Herniated:
		c := &t.Herniated
		g.Disc = site(sp, st, c.Level)
		if !after {
			g.HeightScale = c.HeightKept.V
			g.Herniation = c.Reach.V
			g.Pinched = true
		}
	case Spondylolisthesis:
		c := &t.Spondylolisthesis
		g.Disc = site(sp, st, c.Level)
		g.Bone = g.Disc
		depth := sp.Vertebrae[g.Disc+1].Depth
		if after {
			g.Slip = c.SlipAfter.V * depth
		} else {
			g.Slip = math.Max(0, c.Slip.V*depth+c.FlexionTranslation.V/2*flexion)
			g.Pinched = true
		}
		g.SlipShare = g.Slip / depth
	case Fracture:
		top, bottom := fusedBlock(sp, st)
		switch {
		case top < 0:
			g.Bone = site(sp, st, "")
		case bottom > top:
			g.Bone = top + 1 // the bone in the middle of the block
		default:
			g.Bone = top
		}
		g.FrontLoss = t.Fracture.FrontHeightLoss.V
		if after {
			g.FrontLoss = t.Fracture.FrontHeightLossAfter.V
		}
		v := sp.Vertebrae[g.Bone]
		g.Wedge = math.Atan(g.FrontLoss*v.Height/v.Depth) * 180 / math.Pi
	case Scoliosis:
		c := &t.Scoliosis
		g.CurveTop, g.Apex, g.CurveBottom = vertebra(sp, c.Top), vertebra(sp, c.Apex), vertebra(sp, c.Bottom)
		if g.CurveTop < 0 || g.Apex < 0 || g.CurveBottom <= g.CurveTop {
			g.Shown = false
			g.CurveTop, g.Apex, g.CurveBottom = -1, -1, -1
			return
		}
		g.Cobb, g.Rotation = c.Cobb.V, c.ApicalRotation.V
		if after {
			g.Cobb, g.Rotation = c.Cobb.V*(1-c.Correction.V), c.ApicalRotationAfter.V
		}
	case FailedSurgery:
		c := &t.FailedSurgery
		g.Disc = site(sp, st, c.Level)
		g.Bone = g.Disc
		g.Laminectomy = true
		g.Slip = c.Slip.V
		if !after {
			g.Slip = math.Max(0, c.Slip.V+c.FlexionTranslation.V/2*flexion)
		}
		g.SlipShare = g.Slip / sp.Vertebrae[g.Disc+1].Depth
	case Healthy:
		// Nothing to change or to mark: Disc and Bone stay -1.
	}
}

// Deform returns how the geometry changes the column's pose.
func (g *Geometry) Deform() motion.Deform {
	d := motion.Deform{Disc: g.Disc, HeightScale: g.HeightScale, Slip: g.Slip, Bone: -1}
	if g.FrontLoss > 0 {
		d.Bone, d.Wedge = g.Bone, g.Wedge
	}
	return d
}

// Grade is the Meyerding grade of a slip given as a share of the lower
// body's depth: 0 for none, 1 to 4 by quarters, 5 past the whole depth.
func Grade(share float64) int {
	if share <= 0 {
		return 0
	}
	return min(5, int(share/0.25)+1)
}

// Curve adds the coronal bend of the scoliosis curve to angles (one per
// disc, degrees, bend positive): the discs between the curve's end
// vertebrae turn by the Cobb angle in all, most near the apex, and the discs
// below it turn half as much the other way, so that the top comes back
// toward the middle.
func (g *Geometry) Curve(angles []float64) {
	if g.CurveTop < 0 || g.Cobb == 0 {
		return
	}
	n := g.CurveBottom - g.CurveTop // discs in the curve
	var sum float64
	for k := 0; k < n; k++ {
		sum += curveWeight(k, n)
	}
	for k := 0; k < n; k++ {
		angles[g.CurveTop+k] -= g.Cobb * curveWeight(k, n) / sum
	}
	below := len(angles) - g.CurveBottom
	for i := g.CurveBottom; i < len(angles); i++ {
		angles[i] += g.Cobb / 2 / float64(below)
	}
}

// curveWeight is the share of a curve's bend at its k-th disc of n: most in
// the middle, near the apex.
func curveWeight(k, n int) float64 {
	return math.Sin(math.Pi * (float64(k) + 0.5) / float64(n))
}

// Turn is the axial rotation of vertebra i in the curve, degrees: the
// apex's rotation, less toward the end vertebrae.
func (g *Geometry) Turn(i int) float64 {
	if g.Apex < 0 || i < g.CurveTop || i > g.CurveBottom {
		return 0
	}
	var f float64
	if i <= g.Apex {
		f = float64(i-g.CurveTop+1) / float64(g.Apex-g.CurveTop+1)
	} else {
		f = float64(g.CurveBottom-i+1) / float64(g.CurveBottom-g.Apex+1)
	}
	return g.Rotation * f
}

// Effective returns the state the figures and pictures are drawn for: st
// itself, except that a scoliosis fusion spans the whole curve from the
// table, with screws and rods from behind (posterolateral), whatever levels
// and approach are chosen.
func (t *Table) Effective(sp *anatomy.Spine, st state.State) state.State {
	if st.Condition != Scoliosis || t == nil {
		return st
	}
	for _, l := range t.Scoliosis.Span {
		if sp.DiscIndex(l) < 0 {
			return st
		}
	}
	st.Levels = t.spanLevels
	st.Approach = "posterolateral"
	return st
}
