package anatomy

import (
	"encoding/json"
	"fmt"
	"io/fs"
)

// CervicalLevels is the neck's segments in order from top to bottom.
var CervicalLevels = []string{"C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1"}

// LoadCervical reads the neck, C2 to T1, from data/cervical.json in fsys.
// The last vertebra, T1, is the fixed base: its upper endplate is tilted by
// the T1 slope.
func LoadCervical(fsys fs.FS) (*Spine, error) {
	b, err := fs.ReadFile(fsys, "data/cervical.json")
	if err != nil {
		return nil, err
	}
	type bone struct {
		Name                string
		Height, Depth, Dens Quantity
	}
	var raw struct {
		Sources        map[string]string
		T1Slope        Quantity
		LordosisTotal  Quantity
		RotationCentre struct{ Posterior float64 }
		Vertebrae      []bone
		Base           bone
		Discs          []struct {
			Level            string
			Height, Lordosis Quantity
		}
		Posterior Posterior
		Figure    Figure
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("cervical.json: %w", err)
	}
	s := &Spine{
		Region:         "cervical",
		BaseTilt:       raw.T1Slope.Deg,
		RotationCentre: raw.RotationCentre.Posterior,
		Posterior:      raw.Posterior,
		Figure:         raw.Figure,
		Sources:        raw.Sources,
	}
	for _, v := range append(raw.Vertebrae, raw.Base) {
		s.Vertebrae = append(s.Vertebrae, Vertebra{Name: v.Name, Height: v.Height.MM, Depth: v.Depth.MM, Dens: v.Dens.MM})
	}
	for _, d := range raw.Discs {
		s.Discs = append(s.Discs, Disc{Level: d.Level, Height: d.Height.MM, Lordosis: d.Lordosis.Deg})
	}
	s.scaleLordosis(raw.LordosisTotal.Deg)
	if err := s.check(CervicalLevels); err != nil {
		return nil, err
	}
	return s, nil
}

// Cervical reports whether the spine is the neck.
func (s *Spine) Cervical() bool { return s.Region == "cervical" }
