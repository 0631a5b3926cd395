package anatomy

import (
	"fmt"
	"io/fs"
)

// FrontLevel is one vertebra's sizes across the body, seen from the front
// and from above, in millimetres and degrees.
type FrontLevel struct {
	Name string
	// Width is the body's width from side to side.
	Width float64
	// TransverseSpan is the distance between the tips of the transverse
	// processes (across the alae for the sacrum).
	TransverseSpan float64
	// PedicleWidth and PedicleHeight are a pedicle's size side to side and
	// top to bottom.
	PedicleWidth, PedicleHeight float64
	// PedicleAngle is how much each pedicle turns in toward the midline
	// from back to front, in degrees: the path a pedicle screw follows.
	PedicleAngle float64
	// CanalWidth is the distance between the pedicles' inner walls.
	CanalWidth float64
}

// Front is the spine's sizes across the body, one level per vertebra, top
// to bottom, the sacrum last.
type Front struct {
	Levels []FrontLevel
	// AxialCentre is how far behind the body's middle the segments turn in
	// axial rotation, as a fraction of the body's depth.
	AxialCentre float64
	// Sources maps source keys to their citations.
	Sources map[string]string
}

// LoadFront reads the sizes across the body of the spine sp's region from
// data/<region>_front.json in fsys, checking them against sp.
func LoadFront(fsys fs.FS, sp *Spine) (*Front, error) {
	name := sp.Region + "_front.json"
	var raw struct {
		Sources   map[string]string
		Vertebrae []struct {
			Name                                    string
			Width, TransverseSpan                   Quantity
			PedicleWidth, PedicleHeight, CanalWidth Quantity
			PedicleAngle                            Quantity
		}
		AxialCentre struct{ Posterior float64 }
	}
	if err := readTable(fsys, name, &raw); err != nil {
		return nil, err
	}
	f := &Front{AxialCentre: raw.AxialCentre.Posterior, Sources: raw.Sources}
	for _, v := range raw.Vertebrae {
		f.Levels = append(f.Levels, FrontLevel{
			Name: v.Name, Width: v.Width.MM, TransverseSpan: v.TransverseSpan.MM,
			PedicleWidth: v.PedicleWidth.MM, PedicleHeight: v.PedicleHeight.MM,
			PedicleAngle: v.PedicleAngle.Deg, CanalWidth: v.CanalWidth.MM,
		})
	}
	if err := f.check(sp); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

// check verifies that the levels match the spine's vertebrae and that the
// parts fit inside one another.
func (f *Front) check(sp *Spine) error {
	if len(f.Levels) != len(sp.Vertebrae) {
		return fmt.Errorf("%d levels, want %d", len(f.Levels), len(sp.Vertebrae))
	}
	for i, l := range f.Levels {
		if l.Name != sp.Vertebrae[i].Name {
			return fmt.Errorf("level %d is %s, want %s", i, l.Name, sp.Vertebrae[i].Name)
		}
		if !(l.PedicleWidth > 0 && l.PedicleHeight > 0 && l.CanalWidth > 0) {
			return fmt.Errorf("%s: missing pedicle or canal size", l.Name)
		}
		// The canal is narrower than the body (in the low back; in the
		// neck it is wider), and the transverse processes reach beyond
		// both.
		if !((l.CanalWidth < l.Width || sp.Cervical()) && l.Width < l.TransverseSpan && l.CanalWidth < l.TransverseSpan) {
			return fmt.Errorf("%s: parts do not fit (width %v, canal %v, span %v)", l.Name, l.Width, l.CanalWidth, l.TransverseSpan)
		}
		if !(l.PedicleAngle >= 0 && l.PedicleAngle < 45) {
			return fmt.Errorf("%s: pedicle angle %v", l.Name, l.PedicleAngle)
		}
	}
	if !(f.AxialCentre >= 0 && f.AxialCentre < 0.5) {
		return fmt.Errorf("axial centre %v outside the body", f.AxialCentre)
	}
	return nil
}
