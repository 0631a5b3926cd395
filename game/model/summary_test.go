package model_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"spinefusion/game/model"
	"spinefusion/game/state"
)

func summaryOf(m *model.Model, tr model.Translator, set map[string]any, clinical bool) string {
	st := state.Default()
	st.Apply(set)
	var f model.Figures
	m.Compute(&st, &f)
	return model.Summary(&f, &st, tr, clinical)
}

var lessPercent = regexp.MustCompile(`about (\d+)% less`)

func TestSummaryPlain(t *testing.T) {
	m, cat := loadAll(t)
	en := cat.Lang("en")
	for _, c := range []struct {
		set       map[string]any
		neighbour []string // the level the summary may name
	}{
		{map[string]any{"levels": "L4-L5", "months": 24}, []string{"L3–L4 and L5–S1, next to the fusion, each move"}},
		{map[string]any{"levels": "L5-S1", "months": 24}, []string{"L4–L5, just above"}},
		{map[string]any{"levels": "L4-L5,L5-S1", "months": 6, "graft": "bmp"}, []string{"L3–L4, just above"}},
		{map[string]any{"levels": "L1-L2", "months": 120, "motion": "lateral-bending"}, []string{"T12–L1", "L2–L3"}},
		{map[string]any{"levels": "L3-L4", "months": 0, "motion": "axial-rotation"}, []string{"L2–L3", "L4–L5"}},
	} {
		got := summaryOf(m, en, c.set, false)
		mt := lessPercent.FindStringSubmatch(got)
		if mt == nil {
			t.Errorf("%v: %q says no percent less", c.set, got)
			continue
		}
		if p, _ := strconv.Atoi(mt[1]); p <= 0 || p > 60 {
			t.Errorf("%v: %q: %d%% less", c.set, got, p)
		}
		named := false
		for _, n := range c.neighbour {
			named = named || strings.Contains(got, n)
		}
		if !named {
			t.Errorf("%v: %q names none of %q", c.set, got, c.neighbour)
		}
		if strings.Contains(got, "%!") || strings.Contains(got, "summary.") {
			t.Errorf("%v: bad format %q", c.set, got)
		}
	}
}

func TestSummaryEmptyWithoutFusion(t *testing.T) {
	m, cat := loadAll(t)
	st := state.Default()
	st.Levels = ""
	var f model.Figures
	m.Compute(&st, &f)
	for _, clinical := range []bool{false, true} {
		if got := model.Summary(&f, &st, cat.Lang("en"), clinical); got != "" {
			t.Errorf("no fusion, clinical %v: %q", clinical, got)
		}
	}
}

func TestSummaryClinical(t *testing.T) {
	m, cat := loadAll(t)
	got := summaryOf(m, cat.Lang("en"), map[string]any{"levels": "L4-L5", "months": 24}, true)
	want := regexp.MustCompile(`^Total flexion-extension \d+(\.\d)?° → \d+(\.\d)?° \(−\d+%\); L3–L4 15° → \d+(\.\d)?° \(\+\d+%\); L5–S1 17° → \d+(\.\d)?° \(\+\d+%\)$`)
	if !want.MatchString(got) {
		t.Errorf("clinical summary %q", got)
	}
	de := summaryOf(m, cat.Lang("de"), map[string]any{"levels": "L4-L5", "months": 24}, true)
	if !regexp.MustCompile(`\d,\d°`).MatchString(de) || strings.Contains(de, "%!") {
		t.Errorf("German clinical summary %q, want a decimal comma", de)
	}
}

func TestSummaryEveryLanguage(t *testing.T) {
	m, cat := loadAll(t)
	for _, code := range cat.Languages() {
		for _, motion := range []string{"flexion-extension", "lateral-bending", "axial-rotation"} {
			for _, clinical := range []bool{false, true} {
				got := summaryOf(m, cat.Lang(code), map[string]any{"levels": "L4-L5", "months": 24, "motion": motion}, clinical)
				if got == "" || strings.Contains(got, "%!") || strings.Contains(got, "summary.") {
					t.Errorf("%s %s clinical %v: %q", code, motion, clinical, got)
				}
			}
		}
	}
}

func TestDegrees(t *testing.T) {
	m, cat := loadAll(t)
	_ = m
	for _, c := range []struct {
		lang string
		v    float64
		want string
	}{
		{"en", 15, "15"}, {"en", 16.24, "16.2"}, {"en", 0.04, "0"}, {"en", -0.04, "0"},
		{"de", 16.25, "16,3"}, {"fr", 77.6, "77,6"},
	} {
		if got := model.Degrees(c.v, cat.Lang(c.lang)); got != c.want {
			t.Errorf("Degrees(%v) in %s = %q, want %q", c.v, c.lang, got, c.want)
		}
	}
}
