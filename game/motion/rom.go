// Package motion owns how the spine moves: the range of motion of each
// segment, the angle of each segment at a posture, the transform that places
// each vertebra, and the looping posture of the animation.
package motion

import (
	"fmt"
	"io/fs"

	"spinefusion/game/jsondec"
)

// Kind is a type of spinal motion.
type Kind int

// The three motions, in the order of the range tables' columns.
const (
	FlexionExtension Kind = iota
	LateralBending
	AxialRotation
)

// Kinds lists every motion by its state name, in Kind order.
var Kinds = []string{"flexion-extension", "lateral-bending", "axial-rotation"}

// String returns the motion's state name.
func (k Kind) String() string { return Kinds[k] }

// ParseKind returns the motion named s.
func ParseKind(s string) (Kind, bool) {
	for i, n := range Kinds {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// Range is one segment's range of motion in degrees, by Kind, with the
// source key of each value.
type Range struct {
	Level   string
	Deg     [3]float64
	Sources [3]string
}

// Table holds the segments' ranges of motion.
type Table struct {
	// FlexionShare is the part of the flexion-extension range that is
	// flexion; the rest is extension.
	FlexionShare float64
	// Sources maps source keys to citations.
	Sources map[string]string
	// FlexionShareSource is the source key of FlexionShare.
	FlexionShareSource string
	ranges             map[string]Range
}

// LoadTable reads the range-of-motion table from data/rom.json in fsys.
func LoadTable(fsys fs.FS) (*Table, error) {
	b, err := fs.ReadFile(fsys, "data/rom.json")
	if err != nil {
		return nil, err
	}
	type val struct {
		Deg    float64
		Source string
	}
	var raw struct {
		Sources      map[string]string
		FlexionShare struct {
			Value  float64
			Source string
		}
		Levels []struct {
			Level      string
			FE, LB, AR val
		}
	}
	if err := jsondec.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("rom.json: %w", err)
	}
	if !(raw.FlexionShare.Value > 0 && raw.FlexionShare.Value < 1) {
		return nil, fmt.Errorf("rom.json: flexion share %v outside (0, 1)", raw.FlexionShare.Value)
	}
	t := &Table{
		FlexionShare:       raw.FlexionShare.Value,
		FlexionShareSource: raw.FlexionShare.Source,
		Sources:            raw.Sources,
		ranges:             map[string]Range{},
	}
	for _, l := range raw.Levels {
		r := Range{Level: l.Level}
		for i, v := range [3]val{l.FE, l.LB, l.AR} {
			if !(v.Deg >= 0 && v.Deg < 90) {
				return nil, fmt.Errorf("rom.json: %s has range %v", l.Level, v.Deg)
			}
			r.Deg[i], r.Sources[i] = v.Deg, v.Source
		}
		t.ranges[l.Level] = r
	}
	return t, nil
}

// Range returns the level's range, and whether the table has the level.
func (t *Table) Range(level string) (Range, bool) {
	r, ok := t.ranges[level]
	return r, ok
}

// Degrees returns the level's full range in degrees for the motion: flexion
// plus extension for FlexionExtension, one side for the others. Unknown
// levels have no range.
func (t *Table) Degrees(level string, k Kind) float64 {
	return t.ranges[level].Deg[k]
}

// Angle returns a segment's angle in degrees at a posture from -1 to +1 for
// a segment whose full range is rom: for flexion-extension +1 is full
// flexion (positive) and -1 full extension, sharing the range by
// FlexionShare; for the others ±1 is the full range to either side.
func (t *Table) Angle(rom float64, k Kind, posture float64) float64 {
	posture = clamp(posture, -1, 1)
	if k != FlexionExtension {
		return posture * rom
	}
	if posture >= 0 {
		return posture * rom * t.FlexionShare
	}
	return posture * rom * (1 - t.FlexionShare)
}

func clamp(v, lo, hi float64) float64 {
	if v < lo || v != v {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
