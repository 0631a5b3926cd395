package model

import (
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"spinefusion/game/jsondec"
	"spinefusion/game/motion"
	"spinefusion/game/state"
	"spinefusion/game/tour"
)

// Outcomes are the figures of data/outcomes.json that the guided tour
// quotes about life after a fusion, each with its source.
type Outcomes struct {
	Sources map[string]string
	Values  map[string]Outcome
}

// Outcome is one figure and the key of its source.
type Outcome struct {
	Value  float64
	Source string
}

// loadOutcomes reads data/outcomes.json and checks that every value cites a
// source it lists.
func loadOutcomes(fsys fs.FS) (*Outcomes, error) {
	b, err := fs.ReadFile(fsys, "data/outcomes.json")
	if err != nil {
		return nil, err
	}
	var o Outcomes
	if err := jsondec.Unmarshal(b, &o); err != nil {
		return nil, fmt.Errorf("outcomes.json: %w", err)
	}
	for k, v := range o.Values {
		if o.Sources[v.Source] == "" {
			return nil, fmt.Errorf("outcomes.json: %s cites unknown source %q", k, v.Source)
		}
	}
	return &o, nil
}

// Clinical reports whether st asks for clinical terms rather than plain
// words.
func Clinical(st *state.State) bool { return st.Wording == "clinical" }

// TourCaption returns the title and body of the tour step st.Tour, in the
// wording st asks for, with the figures its step names filled in from the
// data tables; "", "" when the tour is closed. It allocates: call it when
// the state changes.
func (m *Model) TourCaption(st *state.State, tr Translator) (title, body string) {
	step, ok := tour.At(st.Tour)
	if !ok {
		return "", ""
	}
	key, args := step.Body(), step.Args
	if Clinical(st) {
		key, args = step.Clinical(), step.ClinicalArgs
	}
	vals := make([]any, len(args))
	for i, a := range args {
		v, err := m.TourArg(st, a, tr)
		if err != nil {
			v = "?" // a broken table; the tests keep it from happening
		}
		vals[i] = v
	}
	return tr.T(step.Title()), tr.F(key, vals...)
}

// TourArg returns the text of one figure a tour step quotes (see
// tour.Step.Args for the names), or an error if the tables have no such
// figure.
func (m *Model) TourArg(st *state.State, arg string, tr Translator) (string, error) {
	kind, rest, _ := strings.Cut(arg, "/")
	switch kind {
	case "rom":
		k, _ := motion.ParseKind(st.Motion)
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, d := range m.Spine(st).Discs {
			v := m.ROM.Degrees(d.Level, k)
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		switch {
		case math.IsInf(lo, 0):
			return "", fmt.Errorf("tour arg %q: no levels", arg)
		case rest == "min":
			return Degrees(lo, tr), nil
		case rest == "max":
			return Degrees(hi, tr), nil
		}
	case "anchor":
		p := strings.Split(rest, "/")
		if len(p) != 3 {
			break
		}
		months, err := strconv.ParseFloat(p[2], 64)
		if err != nil {
			break
		}
		for _, c := range m.Healing.Curves {
			if c.Graft != p[0] || c.Group != p[1] {
				continue
			}
			for _, a := range c.Anchors {
				if a.Months == months {
					return Degrees(a.Fused*100, tr), nil
				}
			}
		}
	case "outcome":
		if v, ok := m.Outcomes.Values[rest]; ok {
			return Degrees(v.Value, tr), nil
		}
	case "milestone":
		for _, ms := range m.Healing.Milestones {
			if ms.Key == rest {
				return Span(ms.From, ms.To, tr), nil
			}
		}
	case "state":
		switch rest {
		case "levels":
			names := st.LevelList()
			for i, n := range names {
				names[i] = LevelName(n)
			}
			return strings.Join(names, ", "), nil
		case "approach":
			if Clinical(st) {
				return tr.T("approach." + st.Approach + ".clinical"), nil
			}
			return tr.T("approach." + st.Approach), nil
		}
	}
	return "", fmt.Errorf("tour arg %q: not in the tables", arg)
}

// Span says a span of months after surgery in the units that suit it: days
// under a week or so, weeks under two months, then months ("day 1–3",
// "2–6 weeks", "4 weeks to 3 months").
func Span(from, to float64, tr Translator) string {
	fu, fn := spanUnit(from)
	tu, tn := spanUnit(to)
	if fu == tu {
		return tr.F("tour.span."+fu, fn, tn)
	}
	return tr.F("tour.span.mixed", tr.F("tour.one."+fu, fn), tr.F("tour.one."+tu, tn))
}

// spanUnit picks the unit for a time in months and the whole number of it.
func spanUnit(m float64) (string, string) {
	switch {
	case m < 0.25:
		return "days", strconv.Itoa(int(math.Round(m * 365.25 / 12)))
	case m < 2:
		return "weeks", strconv.Itoa(int(math.Round(m * 52 / 12)))
	}
	return "months", strconv.Itoa(int(math.Round(m)))
}

// TourSources lists where the figures of the open tour step come from, for
// the sources panel.
func (m *Model) TourSources(st *state.State, tr Translator) []SourceEntry {
	step, ok := tour.At(st.Tour)
	if !ok {
		return nil
	}
	var out []SourceEntry
	seen := map[string]bool{}
	for _, a := range append(append([]string(nil), step.Args...), step.ClinicalArgs...) {
		kind, rest, _ := strings.Cut(a, "/")
		if kind != "outcome" {
			continue // the other tables are listed with the scene's sources
		}
		v, ok := m.Outcomes.Values[rest]
		if !ok || seen[v.Source] {
			continue
		}
		seen[v.Source] = true
		out = append(out, SourceEntry{What: tr.T("sources.outcomes"), Citation: m.Outcomes.Sources[v.Source]})
	}
	return out
}
