package state

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"spinefusion/game/tour"
)

// Ignored says which key of a change was not applied, and why, in plain
// words.
type Ignored struct {
	Key    string
	Reason string
}

// String returns "key: reason".
func (i Ignored) String() string { return i.Key + ": " + i.Reason }

// Keys lists every state key in the order they are reported.
// "tour" comes first: a tour step sets the scene, and the other keys given
// with it change that scene.
var Keys = []string{"tour", "region", "levels", "motion", "posture", "playing", "speed", "view", "months",
	"graft", "approach", "condition", "lang", "labels", "theme", "controls", "wording"}

// Apply applies the known keys of a partial state, such as one decoded from
// JSON or a URL query, and returns what it ignored. Each value must be valid
// on its own; an invalid value leaves that key unchanged. Unknown keys are
// ignored and reported. Numbers and booleans may also be given as strings,
// and levels as a comma-separated string.
func (s *State) Apply(partial map[string]any) []Ignored {
	var ignored []Ignored
	bad := func(key, format string, args ...any) {
		ignored = append(ignored, Ignored{Key: key, Reason: fmt.Sprintf(format, args...)})
	}
	// Known keys in the order of Keys (region before levels and approach,
	// which are checked against it), then unknown ones.
	keys := make([]string, 0, len(partial))
	for _, k := range Keys {
		if _, ok := partial[k]; ok {
			keys = append(keys, k)
		}
	}
	for k := range partial {
		if !slices.Contains(Keys, k) {
			keys = append(keys, k)
		}
	}

	for _, key := range keys {
		v := partial[key]
		switch key {
		case "region":
			if r, ok := choice(v, Regions); !ok {
				bad(key, "%s is not one of %s", show(v), strings.Join(Regions, ", "))
			} else if r != s.Region {
				s.Region = r
				if !levelsFit(r, s.LevelList()) {
					s.Levels = defaultLevels[r]
				}
				if !slices.Contains(approaches[r], s.Approach) {
					s.Approach = approaches[r][0]
				}
			}
		case "levels":
			lv, reason := s.parseLevels(v)
			if reason != "" {
				bad(key, "%s", reason)
			} else {
				s.Levels = strings.Join(lv, ",")
			}
		case "motion":
			setChoice(&s.Motion, key, v, Motions, bad)
		case "view":
			setChoice(&s.View, key, v, Views, bad)
		case "graft":
			setChoice(&s.Graft, key, v, Grafts, bad)
		case "approach":
			if a, ok := choice(v, approaches[s.Region]); ok {
				s.Approach = a
			} else {
				bad(key, "%s is not an approach for the %s spine (%s)", show(v), s.Region, strings.Join(approaches[s.Region], ", "))
			}
		case "condition":
			setChoice(&s.Condition, key, v, Conditions, bad)
		case "wording":
			setChoice(&s.Wording, key, v, Wordings, bad)
		case "tour":
			s.applyTour(v, bad)
		case "theme":
			setChoice(&s.Theme, key, v, Themes, bad)
		case "lang":
			if l, ok := language(v); ok {
				s.Lang = l
			} else {
				bad(key, "%s is not one of the languages %s", show(v), strings.Join(Langs, ", "))
			}
		case "posture":
			setNumber(&s.Posture, key, v, MinPosture, MaxPosture, bad)
		case "speed":
			setNumber(&s.Speed, key, v, MinSpeed, MaxSpeed, bad)
		case "months":
			setNumber(&s.Months, key, v, MinMonths, MaxMonths, bad)
		case "playing":
			setBool(&s.Playing, key, v, bad)
		case "labels":
			setBool(&s.Labels, key, v, bad)
		case "controls":
			setBool(&s.Controls, key, v, bad)
		case "segments":
			bad(key, "is read-only")
		default:
			bad(key, "is not a setting")
		}
	}
	if !approachFits(s.Region, s.Approach, s.Levels) {
		a := s.Approach
		s.Approach = approaches[s.Region][0]
		bad("approach", "%s joins %d to %d levels, not %d; using %s", a, minLevels[a], MaxLevels, strings.Count(s.Levels, ",")+1, s.Approach)
	}
	return ignored
}

// minLevels is the fewest levels an approach joins, where it is more than
// one: a posterior fusion of the neck with lateral mass screws and rods is
// done over two or three levels.
var minLevels = map[string]int{"posterior": 2}

// approachFits reports whether the approach suits the number of fused
// levels.
func approachFits(region, approach, levels string) bool {
	n := strings.Count(levels, ",") + 1
	return n >= max(1, minLevels[approach])
}

// applyTour opens the tour at a step, applying the step's patch, or closes
// it (0). Giving the step already open changes nothing, so that a state read
// back from the page API can be sent again.
func (s *State) applyTour(v any, bad func(string, string, ...any)) {
	f, ok := number(v)
	if !ok || f != math.Trunc(f) || f < 0 || f > float64(tour.Len()) {
		bad("tour", "%s is not a step of the tour (1 to %d, or 0 to close it)", show(v), tour.Len())
		return
	}
	n := int(f)
	if n == s.Tour {
		return
	}
	s.Tour = n
	if step, ok := tour.At(n); ok {
		for _, ign := range s.Apply(step.Patch) {
			bad("tour", "step %d: %s", n, ign) // a broken table; the tests keep it from happening
		}
	}
}

func setChoice(dst *string, key string, v any, allowed []string, bad func(string, string, ...any)) {
	if c, ok := choice(v, allowed); ok {
		*dst = c
		return
	}
	bad(key, "%s is not one of %s", show(v), strings.Join(allowed, ", "))
}

func setNumber(dst *float64, key string, v any, lo, hi float64, bad func(string, string, ...any)) {
	f, ok := number(v)
	if !ok {
		bad(key, "%s is not a number", show(v))
		return
	}
	if f < lo || f > hi {
		bad(key, "%s is outside %s to %s", show(v), fmtNum(lo), fmtNum(hi))
		return
	}
	*dst = f
}

func setBool(dst *bool, key string, v any, bad func(string, string, ...any)) {
	if b, ok := boolean(v); ok {
		*dst = b
		return
	}
	bad(key, "%s is not true or false", show(v))
}

func choice(v any, allowed []string) (string, bool) {
	s, ok := v.(string)
	if !ok {
		return "", false
	}
	s = strings.ToLower(strings.TrimSpace(s))
	if slices.Contains(allowed, s) {
		return s, true
	}
	return "", false
}

// language accepts a language code or a tag such as "pt-BR".
func language(v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		return "", false
	}
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if slices.Contains(Langs, s) {
		return s, true
	}
	return "", false
}

func number(v any) (float64, bool) {
	var f float64
	switch v := v.(type) {
	case float64:
		f = v
	case float32:
		f = float64(v)
	case int:
		f = float64(v)
	case string:
		var err error
		if f, err = strconv.ParseFloat(strings.TrimSpace(v), 64); err != nil {
			return 0, false
		}
	default:
		return 0, false
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

func boolean(v any) (bool, bool) {
	switch v := v.(type) {
	case bool:
		return v, true
	case float64:
		if v == 0 || v == 1 {
			return v == 1, true
		}
	case string:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "1", "true", "on", "yes":
			return true, true
		case "0", "false", "off", "no":
			return false, true
		}
	}
	return false, false
}

// parseLevels reads fused levels from a list or a comma-separated string and
// checks that they are 1 to 3 known, contiguous segments of the region.
func (s *State) parseLevels(v any) ([]string, string) {
	var names []string
	switch v := v.(type) {
	case string:
		for _, p := range strings.Split(v, ",") {
			names = append(names, p)
		}
	case []any:
		for _, p := range v {
			n, ok := p.(string)
			if !ok {
				return nil, fmt.Sprintf("%s is not a list of level names", show(v))
			}
			names = append(names, n)
		}
	case []string:
		names = append(names, v...)
	default:
		return nil, fmt.Sprintf("%s is not a list of level names", show(v))
	}
	all := fusable[s.Region]
	for i, n := range names {
		n = strings.ToUpper(strings.TrimSpace(n))
		n = strings.ReplaceAll(n, "–", "-")
		if !slices.Contains(all, n) {
			return nil, fmt.Sprintf("%s is not a %s level that can be fused (%s)", show(n), s.Region, strings.Join(all, ", "))
		}
		names[i] = n
	}
	// Top to bottom without repeats: the fusable levels, in order, that
	// were named.
	named := names
	names = nil
	for _, n := range all {
		if slices.Contains(named, n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 || len(names) > MaxLevels {
		return nil, fmt.Sprintf("choose 1 to %d levels, not %d", MaxLevels, len(names))
	}
	if !levelsFit(s.Region, names) {
		return nil, fmt.Sprintf("%s are not next to each other; a fusion joins neighbouring levels", strings.Join(names, ", "))
	}
	return names, ""
}

// levelsFit reports whether names are 1 to 3 contiguous fusable segments of
// the region, in order.
func levelsFit(region string, names []string) bool {
	all := fusable[region]
	if len(names) == 0 || len(names) > MaxLevels {
		return false
	}
	first := slices.Index(all, names[0])
	if first < 0 {
		return false
	}
	for i, n := range names {
		if first+i >= len(all) || all[first+i] != n {
			return false
		}
	}
	return true
}

// show quotes a value for a message, cut short if long.
func show(v any) string {
	var s string
	switch v := v.(type) {
	case string:
		s = strconv.Quote(v)
	case nil:
		s = "null"
	default:
		s = fmt.Sprint(v)
	}
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
