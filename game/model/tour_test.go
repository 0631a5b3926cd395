package model_test

import (
	"math"
	"strings"
	"testing"

	"spinefusion/game/model"
	"spinefusion/game/state"
	"spinefusion/game/tour"
)

// Every figure a step quotes resolves from the tables, and every caption
// reads cleanly in every language and both wordings.
func TestTourCaptions(t *testing.T) {
	m, cat := loadAll(t)
	for _, wording := range state.Wordings {
		for n, step := range tour.All() {
			st := state.Default()
			st.Apply(map[string]any{"tour": n + 1, "wording": wording})
			for _, a := range append(append([]string(nil), step.Args...), step.ClinicalArgs...) {
				if v, err := m.TourArg(&st, a, cat.Lang("en")); err != nil || v == "" {
					t.Errorf("step %s: arg %q = %q, %v", step.ID, a, v, err)
				}
			}
			for _, code := range cat.Languages() {
				title, body := m.TourCaption(&st, cat.Lang(code))
				// "?" stands for a figure the tables lack.
				for _, s := range []string{title, body} {
					if s == "" || strings.ContainsAny(s, "?") || strings.Contains(s, "%!") || strings.Contains(s, "tour.") {
						t.Errorf("%s %s step %s: %q", code, wording, step.ID, s)
					}
				}
			}
		}
	}
	st := state.Default()
	if title, body := m.TourCaption(&st, cat.Lang("en")); title != "" || body != "" {
		t.Errorf("closed tour has a caption: %q %q", title, body)
	}
}

// The numbers in the captions are the tables' numbers.
func TestTourFiguresComeFromTables(t *testing.T) {
	m, cat := loadAll(t)
	en := cat.Lang("en")
	caption := func(id string, more map[string]any) string {
		for n, s := range tour.All() {
			if s.ID == id {
				st := state.Default()
				st.Apply(map[string]any{"tour": n + 1})
				st.Apply(more)
				_, body := m.TourCaption(&st, en)
				return body
			}
		}
		t.Fatalf("no step %s", id)
		return ""
	}
	// The lumbar flexion-extension ranges run from 12° to 17° per level.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, lv := range state.LumbarSegments {
		v := m.ROM.Degrees(lv, 0)
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if got := caption("share", nil); !strings.Contains(got, model.Degrees(lo, en)+"° to "+model.Degrees(hi, en)+"°") {
		t.Errorf("share: %q lacks the table's range %v–%v", got, lo, hi)
	}
	if got := caption("solid", nil); !strings.Contains(got, "51% of fusions were solid at 6 months and 85% at one year") {
		t.Errorf("solid: %q lacks the 6- and 12-month CT figures", got)
	}
	if got := caption("adjacent", map[string]any{"wording": "clinical"}); !strings.Contains(got, "2.9% per year, 25.6% at 10 years") ||
		!strings.Contains(got, "20.3% at 5 and 45.7% at 10 years") {
		t.Errorf("adjacent, clinical: %q", got)
	}
	if got := caption("recovery", nil); !strings.Contains(got, "desk work after 2–6 weeks") || !strings.Contains(got, "solid bone within 6–12 months") {
		t.Errorf("recovery: %q", got)
	}
	if got := caption("operation", map[string]any{"wording": "clinical", "levels": "L4-L5,L5-S1", "approach": "alif"}); !strings.HasPrefix(got, "ALIF (anterior lumbar interbody fusion) at L4–L5, L5–S1:") {
		t.Errorf("operation names the person's own surgery: %q", got)
	}
	de := cat.Lang("de")
	st := state.Default()
	st.Apply(map[string]any{"tour": 13})
	if _, body := m.TourCaption(&st, de); !strings.Contains(body, "2,9 %") {
		t.Errorf("de: the decimal mark: %q", body)
	}
}

func TestSpan(t *testing.T) {
	_, cat := loadAll(t)
	en := cat.Lang("en")
	for _, tt := range []struct {
		from, to float64
		want     string
	}{
		{0, 0.03, "day 0–1"}, {0.03, 0.1, "day 1–3"}, {0.5, 1.4, "2–6 weeks"}, {1, 3, "4 weeks to 3 months"}, {6, 12, "6–12 months"},
	} {
		if got := model.Span(tt.from, tt.to, en); got != tt.want {
			t.Errorf("Span(%v, %v) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// The same scene described in plain words and in clinical terms: both in
// every language, different, each free of raw keys; with the tour open, its
// caption comes first.
func TestDescribeWording(t *testing.T) {
	m, cat := loadAll(t)
	st := state.Default()
	st.Apply(map[string]any{"levels": "L4-L5,L5-S1", "months": 24, "posture": 1, "playing": false})
	for _, code := range cat.Languages() {
		l := cat.Lang(code)
		plain := m.Describe(st, l)
		cl := st
		cl.Wording = "clinical"
		clinical := m.Describe(cl, l)
		if plain == clinical {
			t.Errorf("%s: the wordings read the same: %q", code, plain)
		}
		for _, d := range []string{plain, clinical} {
			if strings.Contains(d, "%!") || strings.Contains(d, ".clinical") || strings.Contains(d, "describe.") {
				t.Errorf("%s: %q", code, d)
			}
		}
		if !strings.Contains(clinical, "TLIF (") || !strings.Contains(clinical, "L4–L5, L5–S1") {
			t.Errorf("%s: clinical %q lacks the approach's full name or the levels", code, clinical)
		}
	}
	en := cat.Lang("en")
	if d := m.Describe(st, en); !strings.Contains(d, "bent forward") {
		t.Errorf("plain: %q", d)
	}
	st.Wording = "clinical"
	if d := m.Describe(st, en); !strings.Contains(d, "sagittal") || !strings.Contains(d, "Total flexion") {
		t.Errorf("clinical: %q", d)
	}
	st.Apply(map[string]any{"tour": 3})
	if d := m.Describe(st, en); !strings.HasPrefix(d, "Guided tour, step 3 of 13: When a disc wears out. Degenerative disc disease") {
		t.Errorf("tour: %q", d)
	}
}

// The healing stages have clinical names and captions in every language.
func TestStageWording(t *testing.T) {
	m, cat := loadAll(t)
	for _, code := range cat.Languages() {
		l := cat.Lang(code)
		for _, s := range m.Healing.Stages {
			for _, k := range []string{"stage." + s.Key + ".name.clinical", "stage." + s.Key + ".caption.clinical"} {
				if !l.Has(k) {
					t.Errorf("%s: no %s", code, k)
				}
			}
		}
	}
}

func TestTourSources(t *testing.T) {
	m, cat := loadAll(t)
	st := state.Default()
	st.Apply(map[string]any{"tour": 12})
	var cites []string
	for _, e := range m.Sources(&st, cat.Lang("en")) {
		cites = append(cites, e.Citation)
	}
	all := strings.Join(cites, "\n")
	for _, want := range []string{"Abdu", "Lehr et al. 2021", "Froholdt"} {
		if !strings.Contains(all, want) {
			t.Errorf("step 12's sources lack %s", want)
		}
	}
	st.Tour = 0
	for _, e := range m.Sources(&st, cat.Lang("en")) {
		if strings.Contains(e.Citation, "Froholdt") {
			t.Error("the tour's sources listed with the tour closed")
		}
	}
}
