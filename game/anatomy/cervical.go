package anatomy

import "io/fs"

// CervicalLevels is the neck's segments in order from top to bottom.
var CervicalLevels = []string{"C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1"}

// LoadCervical reads the neck, C2 to T1, from data/cervical.json in fsys.
// The last vertebra, T1, is the fixed base: its upper endplate is tilted by
// the T1 slope.
func LoadCervical(fsys fs.FS) (*Spine, error) {
	type bone struct {
		Name                string
		Height, Depth, Dens Quantity
	}
	var raw struct {
		spineTable
		T1Slope   Quantity
		Vertebrae []bone
		Base      bone
	}
	if err := readTable(fsys, "cervical.json", &raw); err != nil {
		return nil, err
	}
	var bones []Vertebra
	for _, v := range append(raw.Vertebrae, raw.Base) {
		bones = append(bones, Vertebra{Name: v.Name, Height: v.Height.MM, Depth: v.Depth.MM, Dens: v.Dens.MM})
	}
	return raw.spine("cervical", CervicalLevels, bones, raw.T1Slope.Deg)
}

// Cervical reports whether the spine is the neck.
func (s *Spine) Cervical() bool { return s.Region == "cervical" }
