package motion

import (
	"fmt"
	"io/fs"

	"spinefusion/game/jsondec"
)

// Compensation says how the spine's motion is shared after some levels are
// fused: how much a fused level still moves, and how much of the lost motion
// the other levels take up.
type Compensation struct {
	// TakeUp is the share of the motion lost at fused levels that the other
	// levels take up (in-vivo default).
	TakeUp float64
	// TakeUpCadaver is the share seen in cadaver tests, for comparison.
	TakeUpCadaver float64
	// AdjacentWeight is how much more, per degree of its own range, a level
	// next to the fusion takes up than a level farther away.
	AdjacentWeight float64
	// ResidualInstrumented is the share of its range an instrumented level
	// keeps before the bone bridges.
	ResidualInstrumented float64
	// ResidualUninstrumented is the same for a level held only by a cage.
	ResidualUninstrumented float64
	// Sources maps source keys to citations; SourceOf maps each parameter's
	// JSON name to its source key.
	Sources  map[string]string
	SourceOf map[string]string
}

// LoadCompensation reads the low back's table, data/compensation.json,
// from fsys.
func LoadCompensation(fsys fs.FS) (*Compensation, error) {
	return LoadCompensationFile(fsys, "data/compensation.json")
}

// LoadCervicalCompensation reads the neck's table,
// data/compensation_cervical.json, from fsys.
func LoadCervicalCompensation(fsys fs.FS) (*Compensation, error) {
	return LoadCompensationFile(fsys, "data/compensation_cervical.json")
}

// LoadCompensationFile reads a compensation table from the named file of
// fsys.
func LoadCompensationFile(fsys fs.FS, name string) (*Compensation, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	type param struct {
		Value  float64
		Source string
	}
	var raw struct {
		Sources                                      map[string]string
		TakeUp, TakeUpCadaver, AdjacentWeight        param
		ResidualInstrumented, ResidualUninstrumented param
	}
	if err := jsondec.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for key, p := range map[string]param{"takeUp": raw.TakeUp, "takeUpCadaver": raw.TakeUpCadaver,
		"residualInstrumented": raw.ResidualInstrumented, "residualUninstrumented": raw.ResidualUninstrumented} {
		if !(p.Value >= 0 && p.Value <= 1) {
			return nil, fmt.Errorf("%s: %s = %v, want 0 to 1", name, key, p.Value)
		}
	}
	if !(raw.AdjacentWeight.Value >= 1) {
		return nil, fmt.Errorf("%s: adjacentWeight = %v, want at least 1", name, raw.AdjacentWeight.Value)
	}
	return &Compensation{
		TakeUp:                 raw.TakeUp.Value,
		TakeUpCadaver:          raw.TakeUpCadaver.Value,
		AdjacentWeight:         raw.AdjacentWeight.Value,
		ResidualInstrumented:   raw.ResidualInstrumented.Value,
		ResidualUninstrumented: raw.ResidualUninstrumented.Value,
		Sources:                raw.Sources,
		SourceOf: map[string]string{
			"takeUp": raw.TakeUp.Source, "takeUpCadaver": raw.TakeUpCadaver.Source,
			"adjacentWeight": raw.AdjacentWeight.Source, "residualInstrumented": raw.ResidualInstrumented.Source,
			"residualUninstrumented": raw.ResidualUninstrumented.Source,
		},
	}, nil
}

// Mobility is the share of its own range a fused level keeps, given whether
// screws and rods hold it and how far the bone has bridged (0 to 1).
func (c *Compensation) Mobility(instrumented bool, fusion float64) float64 {
	r := c.ResidualUninstrumented
	if instrumented {
		r = c.ResidualInstrumented
	}
	return r * (1 - clamp(fusion, 0, 1))
}

// Redistribute writes each level's range after the fusion into after, given
// the ranges before and each level's mobility (1 for a level not fused, less
// for a fused one). The motion lost at fused levels is taken up, by the share
// TakeUp, by the other levels in proportion to their own range, the levels
// next to a fused one weighted by AdjacentWeight. All slices have one entry
// per level, top to bottom. It returns the total range before and after.
func (c *Compensation) Redistribute(before, mobility, after []float64) (totalBefore, totalAfter float64) {
	return c.redistribute(c.TakeUp, before, mobility, after)
}

func (c *Compensation) redistribute(takeUp float64, before, mobility, after []float64) (totalBefore, totalAfter float64) {
	var lost, weights float64
	for i, b := range before {
		totalBefore += b
		if mobility[i] < 1 {
			lost += b * (1 - mobility[i])
		} else {
			weights += c.weight(i, before, mobility)
		}
	}
	for i, b := range before {
		if mobility[i] < 1 {
			after[i] = b * mobility[i]
		} else if weights > 0 {
			after[i] = b + takeUp*lost*c.weight(i, before, mobility)/weights
		} else {
			after[i] = b
		}
		totalAfter += after[i]
	}
	return totalBefore, totalAfter
}

// weight is an unfused level's part in taking up the lost motion.
func (c *Compensation) weight(i int, before, mobility []float64) float64 {
	w := before[i]
	if (i > 0 && mobility[i-1] < 1) || (i+1 < len(mobility) && mobility[i+1] < 1) {
		w *= c.AdjacentWeight
	}
	return w
}
