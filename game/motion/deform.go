package motion

import "spinefusion/game/anatomy"

// Deform is how a condition changes the column's shape at one place: a disc
// that has lost height, a vertebra slipped forward over the one below, or a
// vertebral body wedged by a fracture. The zero value changes nothing.
type Deform struct {
	// Disc is the index of the segment whose disc is changed (Discs[Disc],
	// between Vertebrae[Disc] and Vertebrae[Disc+1]); HeightScale is its
	// height as a share of the normal one (0 means unchanged) and Slip how
	// far (mm) the vertebra above slides forward along the top of the one
	// below, in the sagittal plane.
	Disc        int
	HeightScale float64
	Slip        float64
	// Bone is the index of a vertebra whose upper endplate is tilted
	// forward by Wedge degrees about its back edge, as a body crushed at
	// the front is; sagittal plane only.
	Bone  int
	Wedge float64
}

// NoDeform is the deform that changes nothing.
var NoDeform = Deform{Disc: -1, Bone: -1}

// PoseDeformed places the vertebrae as Pose does, with the column changed by
// def (nil for none).
func PoseDeformed(spine *anatomy.Spine, plane Plane, angles []float64, def *Deform, dst []Affine) {
	if def == nil {
		def = &NoDeform
	}
	n := len(spine.Vertebrae)
	base := Identity
	if plane == Sagittal {
		// The sacrum's top faces forward and up: its front edge is lower.
		base = Rotate(spine.BaseTilt)
	}
	below := base
	belowTop := 0.0 // the sacrum's frame is already at its top surface
	if b := spine.Vertebrae[n-1]; !b.Sacrum {
		// A vertebra as the base (T1 under the neck) has its frame at its
		// lower endplate like the others: lower it so that its top lies
		// at the origin.
		below = Translate(0, -b.Height).Then(base)
		belowTop = b.Height
	}
	dst[n-1] = below
	for i := n - 2; i >= 0; i-- {
		d := spine.Discs[i]
		depth := (spine.Vertebrae[i].Depth + spine.Vertebrae[i+1].Depth) / 2
		curve := 0.0
		cx := 0.0
		if plane == Sagittal {
			curve = d.Lordosis
			cx = spine.RotationCentre * depth
		}
		h := d.Height / 2
		slip := 0.0
		if i == def.Disc {
			if def.HeightScale > 0 {
				h *= def.HeightScale
			}
			if plane == Sagittal {
				slip = def.Slip
			}
		}
		// The top of the bone below: tilted forward about its back edge
		// when that bone is wedged.
		top := Translate(0, belowTop)
		if plane == Sagittal && i+1 == def.Bone && def.Wedge != 0 {
			back := spine.Vertebrae[i+1].Depth / 2
			top = Translate(-back, 0).Then(Rotate(def.Wedge)).Then(Translate(back, belowTop))
		}
		// Local placement of this vertebra in the frame of the one below:
		// up to the middle of the disc, tilted back by the natural curve
		// and by the motion about a centre cx behind the middle, then up
		// the other half of the disc, forward by any slip, and onto the
		// top of the bone below.
		rel := Translate(0, h).
			Then(Translate(-cx, 0)).
			Then(Rotate(angles[i] - curve)).
			Then(Translate(cx, 0)).
			Then(Translate(-slip, h)).
			Then(top)
		dst[i] = rel.Then(below)
		below = dst[i]
		belowTop = spine.Vertebrae[i].Height
	}
}
