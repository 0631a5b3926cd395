package model_test

import (
	"strings"
	"testing"

	"spinefusion/game/model"
	"spinefusion/game/state"
)

func TestSourcesCiteEveryEntryAndTheGraftsRates(t *testing.T) {
	m, cat := loadAll(t)
	for _, code := range cat.Languages() {
		tr := cat.Lang(code)
		for _, graft := range state.Grafts {
			for _, approach := range []string{"tlif", "posterolateral", "plif", "alif"} {
				st := state.Default()
				st.Apply(map[string]any{"graft": graft, "approach": approach, "levels": "L4-L5,L5-S1"})
				got := m.Sources(&st, tr)
				seen := map[model.SourceEntry]bool{}
				for _, e := range got {
					if strings.TrimSpace(e.What) == "" || strings.TrimSpace(e.Citation) == "" {
						t.Errorf("%s %s %s: entry %+v lacks text or citation", code, graft, approach, e)
					}
					if strings.Contains(e.What, "%!") || strings.Contains(e.What, "sources.") {
						t.Errorf("%s: entry %q is badly formatted", code, e.What)
					}
					if seen[e] {
						t.Errorf("%s: entry %+v twice", code, e)
					}
					seen[e] = true
				}
				for _, r := range m.Healing.Rates {
					want := model.SourceEntry{What: tr.F("sources.rate", tr.T("sources.graft."+graft), r.Text), Citation: m.Healing.Sources[r.Source]}
					if r.Graft == graft && !seen[want] {
						t.Errorf("%s %s %s: rate %q missing", code, graft, approach, r.Text)
					}
					if r.Graft != graft && strings.Contains(strings.Join(whats(got), "\n"), r.Text) {
						t.Errorf("%s %s: shows %s's rate %q", code, graft, r.Graft, r.Text)
					}
				}
				curve := m.Healing.Curve(graft, approach)
				if !seen[model.SourceEntry{What: tr.F("sources.curve", tr.T("sources.graft."+graft), tr.T("sources.group."+curve.Group)), Citation: m.Healing.Sources[curve.Source]}] {
					t.Errorf("%s %s %s: no healing curve entry", code, graft, approach)
				}
			}
		}
	}
}

func TestSourcesNameTheTablesUsed(t *testing.T) {
	m, cat := loadAll(t)
	st := state.Default()
	st.Apply(map[string]any{"levels": "L4-L5", "motion": "flexion-extension"})
	got := m.Sources(&st, cat.Lang("en"))
	all := strings.Join(whats(got), "\n") + "\n" + strings.Join(citations(got), "\n")
	for _, want := range []string{
		m.ROM.Sources["wp1990"], m.ROM.Sources["wp1990-thoracic"], m.ROM.Sources[m.ROM.FlexionShareSource],
		m.Compensation.Sources[m.Compensation.SourceOf["takeUp"]], m.Compensation.Sources[m.Compensation.SourceOf["adjacentWeight"]],
		m.Healing.Sources["fit"], m.Healing.Sources["milestones"], m.Healing.Sources["boden1995"],
		m.Lumbar.Sources["panjabi1992"], "L4–L5", "T12–L1",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("sources lack %q", want)
		}
	}
	// Nothing fused: no healing curve, no compensation, still the ranges.
	st.Levels = ""
	got = m.Sources(&st, cat.Lang("en"))
	all = strings.Join(citations(got), "\n")
	if strings.Contains(all, m.Healing.Sources["fit"]) || strings.Contains(all, m.Compensation.Sources["in-vivo"]) {
		t.Errorf("no fusion, yet cites the healing curve or the compensation")
	}
	if !strings.Contains(all, m.ROM.Sources["wp1990"]) {
		t.Errorf("no fusion, no range-of-motion source")
	}
}

func whats(es []model.SourceEntry) []string {
	var s []string
	for _, e := range es {
		s = append(s, e.What)
	}
	return s
}

func citations(es []model.SourceEntry) []string {
	var s []string
	for _, e := range es {
		s = append(s, e.Citation)
	}
	return s
}

func TestEveryGraftHasCitedRates(t *testing.T) {
	m, cat := loadAll(t)
	if len(m.Healing.Rates) == 0 {
		t.Fatal("healing.Model.Rates is empty: the fusionRates table is not loaded")
	}
	for _, graft := range state.Grafts {
		st := state.Default()
		st.Graft = graft
		n := 0
		for _, e := range m.Sources(&st, cat.Lang("en")) {
			if strings.HasPrefix(e.What, "Reported fusion rate") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no cited fusion rate", graft)
		}
	}
}
