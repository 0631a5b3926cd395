package surgery

import (
	"math"

	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
)

// Space is the room between two vertebrae once the disc is out, in the frame
// of the vertebra below, in the spine's neutral pose.
type Space struct {
	// Disc is the disc's index; Upper and Lower the bones above and below.
	Disc, Upper, Lower int
	// Bottom is the lower bone's upper endplate (local y).
	Bottom float64
	// Front and Back are where both endplates overlap (local x).
	Front, Back float64
	// toLower maps the upper bone's local frame to the lower bone's;
	// toUpper the other way.
	toLower, toUpper motion.Affine
	// top0 and top1 are the upper bone's lower endplate's front and back
	// corners in the lower frame.
	top0, top1 Point
}

// DiscSpace returns the space of disc i of the spine.
func DiscSpace(sp *anatomy.Spine, i int) Space {
	pose := make([]motion.Affine, len(sp.Vertebrae))
	motion.Pose(sp, motion.Sagittal, make([]float64, len(sp.Discs)), pose)
	up, lo := sp.Vertebrae[i], sp.Vertebrae[i+1]
	s := Space{Disc: i, Upper: i, Lower: i + 1}
	s.toLower = pose[i].Then(invert(pose[i+1]))
	s.toUpper = invert(s.toLower)
	if !lo.Sacrum {
		s.Bottom = lo.Height
	}
	s.top0 = s.ToLower(Point{-up.Depth / 2, 0})
	s.top1 = s.ToLower(Point{up.Depth / 2, 0})
	s.Front = math.Max(-lo.Depth/2, s.top0.X)
	s.Back = math.Min(lo.Depth/2, s.top1.X)
	return s
}

// TopAt is the height of the upper endplate at local x of the lower bone.
func (s *Space) TopAt(x float64) float64 {
	t := (x - s.top0.X) / (s.top1.X - s.top0.X)
	return s.top0.Y + (s.top1.Y-s.top0.Y)*t
}

// Height is the height of the space at local x of the lower bone.
func (s *Space) Height(x float64) float64 { return s.TopAt(x) - s.Bottom }

// ToLower maps a point from the upper bone's frame to the lower bone's.
func (s *Space) ToLower(p Point) Point {
	x, y := s.toLower.Apply(p.X, p.Y)
	return Point{x, y}
}

// ToUpper maps a point from the lower bone's frame to the upper bone's.
func (s *Space) ToUpper(p Point) Point {
	x, y := s.toUpper.Apply(p.X, p.Y)
	return Point{x, y}
}

// invert returns the inverse of an affine transform.
func invert(m motion.Affine) motion.Affine {
	det := m.A*m.D - m.B*m.C
	a, b, c, d := m.D/det, -m.B/det, -m.C/det, m.A/det
	return motion.Affine{A: a, B: b, C: c, D: d, TX: -(a*m.TX + b*m.TY), TY: -(c*m.TX + d*m.TY)}
}
