package motion

import (
	"math"

	"spinefusion/game/anatomy"
)

// Affine is a 2D affine transform in millimetres: a point (x, y) maps to
// (A*x + B*y + TX, C*x + D*y + TY).
type Affine struct {
	A, B, C, D, TX, TY float64
}

// Identity is the transform that changes nothing.
var Identity = Affine{A: 1, D: 1}

// Apply maps a point.
func (m Affine) Apply(x, y float64) (float64, float64) {
	return m.A*x + m.B*y + m.TX, m.C*x + m.D*y + m.TY
}

// Then returns the transform that applies m, then n.
func (m Affine) Then(n Affine) Affine {
	return Affine{
		A:  n.A*m.A + n.B*m.C,
		B:  n.A*m.B + n.B*m.D,
		C:  n.C*m.A + n.D*m.C,
		D:  n.C*m.B + n.D*m.D,
		TX: n.A*m.TX + n.B*m.TY + n.TX,
		TY: n.C*m.TX + n.D*m.TY + n.TY,
	}
}

// Angle is the rotation of the transform in degrees, counter-clockwise.
func (m Affine) Angle() float64 { return math.Atan2(m.C, m.A) * 180 / math.Pi }

// Rotate is a counter-clockwise rotation by deg degrees about the origin.
func Rotate(deg float64) Affine {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Affine{A: c, B: -s, C: s, D: c}
}

// Translate moves by (x, y).
func Translate(x, y float64) Affine { return Affine{A: 1, D: 1, TX: x, TY: y} }

// Plane is the anatomical plane a pose is laid out in.
type Plane int

// The planes: sagittal (side view, with the natural curve) and coronal
// (front view, straight).
const (
	Sagittal Plane = iota
	Coronal
)

// Pose places every vertebra of the spine for the given segment angles
// (degrees, flexion or bend positive, top to bottom, one per disc) and writes
// one transform per vertebra, top to bottom, into dst, which must have
// len(spine.Vertebrae) entries.
//
// Each vertebra's local frame has its origin at the middle of its lower
// endplate, x toward the back (or the patient's left in the coronal plane)
// and y up, in millimetres. The base (the last vertebra) has its origin at
// the middle of its upper endplate, tilted by the spine's BaseTilt in the
// sagittal plane, at the world origin; a base that is a vertebra (T1) has
// its origin at its lower endplate like the others, its upper endplate at
// the world origin. Each vertebra above turns about a
// centre in the disc below it and carries everything above it.
func Pose(spine *anatomy.Spine, plane Plane, angles []float64, dst []Affine) {
	PoseDeformed(spine, plane, angles, nil, dst)
}
