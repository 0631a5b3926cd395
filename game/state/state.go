// Package state owns the app's state: every setting a person, a URL, a host
// page or a widget can change, its defaults, and the one door through which
// changes come in (Apply), which validates them and reports what it ignored.
package state

import (
	"fmt"
	"slices"
	"strings"

	"spinefusion/game/tour"
)

// State is everything that decides what the explorer shows.
type State struct {
	Region string
	// Levels is the fused segments, top to bottom, joined by commas, such
	// as "L4-L5,L5-S1"; a string keeps State comparable with ==.
	Levels    string
	Motion    string
	Posture   float64
	Playing   bool
	Speed     float64
	View      string
	Months    float64
	Graft     string
	Approach  string
	Condition string
	Lang      string
	Labels    bool
	Theme     string
	Controls  bool
	// Tour is the guided tour's step, counted from 1; 0 when it is closed.
	Tour int
	// Wording is how texts speak: "plain" words for patients, or
	// "clinical" terms (degrees, level names, grades, references).
	Wording string
}

// The allowed values of the choice keys, the first being the default.
var (
	Regions    = []string{"lumbar", "cervical"}
	Motions    = []string{"flexion-extension", "lateral-bending", "axial-rotation"}
	Views      = []string{"compare", "before", "after"}
	Grafts     = []string{"autograft", "allograft", "synthetic", "bmp"}
	Approaches = []string{"tlif", "posterolateral", "plif", "alif", "acdf", "posterior"}
	Conditions = []string{"degenerative-disc", "herniated-disc", "spondylolisthesis", "fracture", "scoliosis", "failed-surgery", "healthy"}
	Langs      = []string{"en", "es", "fr", "de", "pt"}
	Themes     = []string{"light", "dark", "contrast", "projector"}
	Wordings   = []string{"plain", "clinical"}
)

// Segment names by region, top to bottom, and the default fused levels.
var (
	LumbarSegments   = []string{"T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"}
	CervicalSegments = []string{"C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1"}
	// fusable lists the segments a fusion may include, by region.
	fusable = map[string][]string{
		"lumbar":   LumbarSegments[1:],
		"cervical": CervicalSegments,
	}
	defaultLevels = map[string]string{
		"lumbar":   "L4-L5",
		"cervical": "C5-C6",
	}
	// approaches lists the approaches that fit each region.
	approaches = map[string][]string{
		"lumbar":   {"tlif", "posterolateral", "plif", "alif"},
		"cervical": {"acdf", "posterior"},
	}
)

// Limits of the numeric keys.
const (
	MinSpeed, MaxSpeed     = 0.25, 4
	MinMonths, MaxMonths   = 0, 120
	MinPosture, MaxPosture = -1, 1
	MaxLevels              = 3
)

// Default returns the state the explorer starts in.
func Default() State {
	return State{
		Region:    "lumbar",
		Levels:    "L4-L5",
		Motion:    Motions[0],
		Posture:   0,
		Playing:   true,
		Speed:     1,
		View:      Views[0],
		Months:    24,
		Graft:     Grafts[0],
		Approach:  Approaches[0],
		Condition: Conditions[0],
		Lang:      Langs[0],
		Labels:    true,
		Theme:     Themes[0],
		Controls:  true,
		Wording:   Wordings[0],
	}
}

// LevelList returns the fused segments, top to bottom.
func (s State) LevelList() []string { return strings.Split(s.Levels, ",") }

// Segments returns the motion segments of the state's region, top to bottom.
func (s State) Segments() []string {
	if s.Region == "cervical" {
		return CervicalSegments
	}
	return LumbarSegments
}

// IsFused reports whether the named segment is among the fused levels.
func (s State) IsFused(level string) bool {
	for rest := s.Levels; rest != ""; {
		var name string
		name, rest, _ = strings.Cut(rest, ",")
		if name == level {
			return true
		}
	}
	return false
}

// Check returns an error if any value is outside what Apply accepts; a state
// built from Default by Apply always passes.
func (s State) Check() error {
	for _, c := range []struct {
		key, v  string
		allowed []string
	}{
		{"region", s.Region, Regions}, {"motion", s.Motion, Motions}, {"view", s.View, Views},
		{"graft", s.Graft, Grafts}, {"approach", s.Approach, approaches[s.Region]},
		{"condition", s.Condition, Conditions}, {"lang", s.Lang, Langs}, {"theme", s.Theme, Themes},
		{"wording", s.Wording, Wordings},
	} {
		if !slices.Contains(c.allowed, c.v) {
			return fmt.Errorf("%s %q", c.key, c.v)
		}
	}
	if !levelsFit(s.Region, s.LevelList()) {
		return fmt.Errorf("levels %q", s.Levels)
	}
	if !approachFits(s.Region, s.Approach, s.Levels) {
		return fmt.Errorf("approach %q for levels %q", s.Approach, s.Levels)
	}
	for _, n := range []struct {
		key       string
		v, lo, hi float64
	}{
		{"posture", s.Posture, MinPosture, MaxPosture}, {"speed", s.Speed, MinSpeed, MaxSpeed},
		{"months", s.Months, MinMonths, MaxMonths},
	} {
		if !(n.v >= n.lo && n.v <= n.hi) {
			return fmt.Errorf("%s %v", n.key, n.v)
		}
	}
	if s.Tour < 0 || s.Tour > tour.Len() {
		return fmt.Errorf("tour %d", s.Tour)
	}
	return nil
}
