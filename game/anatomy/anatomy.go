// Package anatomy owns the shape of the spine the explorer draws: vertebrae,
// discs and their sizes and natural curve, in millimetres and degrees, loaded
// from the data tables in assets with a source for each number.
package anatomy

import (
	"fmt"
	"io/fs"
	"math"

	"spinefusion/game/jsondec"
)

// Quantity is one number from a data table and the key of its source.
type Quantity struct {
	MM     float64 `json:"mm"`
	Deg    float64 `json:"deg"`
	Source string  `json:"source"`
}

// Vertebra is one bone of the column in side view.
type Vertebra struct {
	// Name is the level name, such as "L4" or "S1".
	Name string
	// Height and Depth are the body's height (top to bottom) and depth
	// (front to back) in millimetres.
	Height, Depth float64
	// Sacrum marks the fused bottom bone, which does not move.
	Sacrum bool
	// Dens is the height of the odontoid peg above the body (C2 only; 0
	// for the others).
	Dens float64
}

// Disc is the cushion between two vertebrae: one motion segment.
type Disc struct {
	// Level names the segment, such as "L4-L5".
	Level string
	// Height is the disc's height at its middle, in millimetres.
	Height float64
	// Lordosis is the natural backward curve at this level in degrees.
	Lordosis float64
}

// Posterior holds drawing proportions of the parts behind the body.
type Posterior struct {
	PedicleLength   float64 `json:"pedicleLength"`
	PedicleTop      float64 `json:"pedicleTop"`
	PedicleBottom   float64 `json:"pedicleBottom"`
	CanalDepth      float64 `json:"canalDepth"`
	LaminaThickness float64 `json:"laminaThickness"`
	SpinousLength   float64 `json:"spinousLength"`
	SpinousHeight   float64 `json:"spinousHeight"`
	SpinousDrop     float64 `json:"spinousDrop"`
	FacetReach      float64 `json:"facetReach"`
	TransverseRad   float64 `json:"transverseRadius"`
	Source          string  `json:"source"`
}

// Spine is one region of the column, top to bottom.
type Spine struct {
	// Region is "lumbar" or "cervical".
	Region string
	// Vertebrae lists the bones from top to bottom; the last one is the
	// fixed base.
	Vertebrae []Vertebra
	// Discs lists the segments from top to bottom: Discs[i] lies between
	// Vertebrae[i] and Vertebrae[i+1].
	Discs []Disc
	// BaseTilt is the tilt of the base's top surface in degrees (the sacral
	// slope for the low back): its front edge is lower by this angle.
	BaseTilt float64
	// RotationCentre is how far behind the disc's middle the segments turn,
	// as a fraction of the body depth.
	RotationCentre float64
	// Posterior holds the proportions of the parts behind the bodies.
	Posterior Posterior
	// Figure says how the small whole-body figure follows the spine.
	Figure Figure
	// Sources maps source keys to their citations.
	Sources map[string]string
}

// Figure is how much the hips turn for each degree of the low back's bend,
// forward and backward, or the head for each degree of the neck's bend, to
// pose a whole-body figure.
type Figure struct {
	HipPerLumbarFlexion   float64 `json:"hipPerLumbarFlexion"`
	HipPerLumbarExtension float64 `json:"hipPerLumbarExtension"`
	HeadPerNeckFlexion    float64 `json:"headPerNeckFlexion"`
	Source                string  `json:"source"`
}

// LumbarLevels is the lumbar segments in order from top to bottom.
var LumbarLevels = []string{"T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"}

// FusableLumbarLevels is the lumbar segments a fusion can include.
var FusableLumbarLevels = LumbarLevels[1:]

// LoadLumbar reads the lumbar spine from data/lumbar.json in fsys.
func LoadLumbar(fsys fs.FS) (*Spine, error) {
	var raw struct {
		spineTable
		SacralSlope Quantity
		Vertebrae   []struct {
			Name          string
			Height, Depth Quantity
		}
		Sacrum struct{ Depth, Height Quantity }
	}
	if err := readTable(fsys, "lumbar.json", &raw); err != nil {
		return nil, err
	}
	var bones []Vertebra
	for _, v := range raw.Vertebrae {
		bones = append(bones, Vertebra{Name: v.Name, Height: v.Height.MM, Depth: v.Depth.MM})
	}
	bones = append(bones, Vertebra{Name: "S1", Height: raw.Sacrum.Height.MM, Depth: raw.Sacrum.Depth.MM, Sacrum: true})
	return raw.spine("lumbar", LumbarLevels, bones, raw.SacralSlope.Deg)
}

// spineTable is what the tables of both regions hold besides their bones.
type spineTable struct {
	Sources        map[string]string
	LordosisTotal  Quantity
	RotationCentre struct{ Posterior float64 }
	Discs          []struct {
		Level            string
		Height, Lordosis Quantity
	}
	Posterior Posterior
	Figure    Figure
}

// spine builds a region's spine from its table, its bones from top to
// bottom (the fixed base last) and the tilt of the base's top surface, and
// checks it against the region's levels.
func (t *spineTable) spine(region string, levels []string, bones []Vertebra, baseTilt float64) (*Spine, error) {
	s := &Spine{
		Region:         region,
		Vertebrae:      bones,
		BaseTilt:       baseTilt,
		RotationCentre: t.RotationCentre.Posterior,
		Posterior:      t.Posterior,
		Figure:         t.Figure,
		Sources:        t.Sources,
	}
	for _, d := range t.Discs {
		s.Discs = append(s.Discs, Disc{Level: d.Level, Height: d.Height.MM, Lordosis: d.Lordosis.Deg})
	}
	// The per-level shares of lordosis come from a secondary source whose
	// sum exceeds the measured total; scale them to the measured total.
	s.scaleLordosis(t.LordosisTotal.Deg)
	if err := s.check(levels); err != nil {
		return nil, err
	}
	return s, nil
}

// readTable decodes data/<name> in fsys into v.
func readTable(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, "data/"+name)
	if err != nil {
		return err
	}
	if err := jsondec.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// scaleLordosis scales the levels' curve so that they add up to the
// measured total.
func (s *Spine) scaleLordosis(total float64) {
	sum := s.TotalLordosis()
	if !(sum > 0 && total > 0) {
		return
	}
	for i := range s.Discs {
		s.Discs[i].Lordosis *= total / sum
	}
}

// check verifies the spine's shape against the expected level names.
func (s *Spine) check(levels []string) error {
	if len(s.Discs) != len(levels) || len(s.Vertebrae) != len(levels)+1 {
		return fmt.Errorf("%s: %d vertebrae and %d discs, want %d and %d", s.Region, len(s.Vertebrae), len(s.Discs), len(levels)+1, len(levels))
	}
	for i, d := range s.Discs {
		want := s.Vertebrae[i].Name + "-" + s.Vertebrae[i+1].Name
		if d.Level != levels[i] || d.Level != want {
			return fmt.Errorf("%s: disc %d is %q, want %q between %s", s.Region, i, d.Level, levels[i], want)
		}
		if !(d.Height > 0) || math.IsInf(d.Height, 0) {
			return fmt.Errorf("%s: disc %s has height %v", s.Region, d.Level, d.Height)
		}
	}
	for _, v := range s.Vertebrae {
		if !(v.Height > 0 && v.Depth > 0) {
			return fmt.Errorf("%s: vertebra %s has size %v x %v", s.Region, v.Name, v.Height, v.Depth)
		}
	}
	return nil
}

// DiscIndex returns the index of the named segment, or -1.
func (s *Spine) DiscIndex(level string) int {
	for i, d := range s.Discs {
		if d.Level == level {
			return i
		}
	}
	return -1
}

// TotalLordosis is the sum of the levels' natural curve in degrees.
func (s *Spine) TotalLordosis() float64 {
	var t float64
	for _, d := range s.Discs {
		t += d.Lordosis
	}
	return t
}
