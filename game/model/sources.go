package model

import (
	"slices"
	"strings"

	"spinefusion/game/motion"
	"spinefusion/game/state"
)

// SourceEntry is one line of the sources panel: what a number on screen is,
// in the reader's language, and where it comes from (the data tables'
// citation, in English).
type SourceEntry struct {
	What, Citation string
}

// Sources lists where every number on screen for st comes from: the ranges
// of motion used, how the lost motion is shared, the healing curve of the
// graft and approach with its anchors, the graft's cited fusion rates, the
// healing stages, the recovery milestones and the anatomy. Entries with the
// same text and citation appear once. It allocates: call it when the state
// or the language changes.
func (m *Model) Sources(st *state.State, tr Translator) []SourceEntry {
	var out []SourceEntry
	add := func(what, citation string) {
		e := SourceEntry{What: what, Citation: citation}
		if citation != "" && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	eff := m.Effective(st)
	st = &eff
	sp := m.Spine(st)
	kind, _ := motion.ParseKind(st.Motion)

	// Ranges of motion, grouped by source, naming the levels.
	var keys []string
	levels := map[string][]string{}
	anyFused := false
	for _, d := range sp.Discs {
		r, _ := m.ROM.Range(d.Level)
		k := r.Sources[kind]
		if _, ok := levels[k]; !ok {
			keys = append(keys, k)
		}
		levels[k] = append(levels[k], LevelName(d.Level))
		anyFused = anyFused || st.IsFused(d.Level)
	}
	for _, k := range keys {
		add(tr.F("sources.rom", tr.T("motion."+st.Motion), strings.Join(levels[k], ", ")), m.ROM.Sources[k])
	}
	if kind == motion.FlexionExtension {
		add(tr.T("sources.split"), m.ROM.Sources[m.ROM.FlexionShareSource])
	}

	if anyFused {
		c := m.CompensationFor(st)
		add(tr.T("sources.takeup"), c.Sources[c.SourceOf["takeUp"]])
		add(tr.T("sources.adjacent"), c.Sources[c.SourceOf["adjacentWeight"]])
		res := "residualUninstrumented"
		if Instrumented(st.Approach) {
			res = "residualInstrumented"
		}
		add(tr.T("sources.residual"), c.Sources[c.SourceOf[res]])

		h := m.Healing
		graft := tr.T("sources.graft." + st.Graft)
		curve := h.Curve(st.Graft, st.Approach)
		add(tr.F("sources.curve", graft, tr.T("sources.group."+curve.Group)), h.Sources[curve.Source])
		for _, a := range curve.Anchors {
			add(tr.F("sources.anchor", Degrees(a.Fused*100, tr), Degrees(a.Months, tr)), h.Sources[a.Source])
		}
		for _, r := range h.Rates {
			if r.Graft == st.Graft {
				add(tr.F("sources.rate", graft, r.Text), h.Sources[r.Source])
			}
		}
	}
	h := m.Healing
	for _, s := range h.Stages {
		add(tr.T("sources.stages"), h.Sources[s.Source])
	}
	for _, s := range h.Milestones {
		add(tr.T("sources.milestones"), h.Sources[s.Source])
	}

	m.conditionSources(st, tr, add)

	keys = keys[:0]
	for k := range sp.Sources {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		add(tr.T("sources.anatomy"), sp.Sources[k])
	}
	for _, e := range m.TourSources(st, tr) {
		add(e.What, e.Citation)
	}
	return out
}
