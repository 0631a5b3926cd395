package model_test

import (
	"strings"
	"testing"

	"spinefusion/game/model"
	"spinefusion/game/state"
)

func TestDescribeNamesEveryCondition(t *testing.T) {
	m, cat := loadAll(t)
	en := cat.Lang("en")
	// What the English sentence says for each condition and view.
	wants := map[string][2]string{
		"degenerative-disc": {"L4–L5 disc has worn flat", "props the L4–L5 disc space open"},
		"herniated-disc":    {"pushes out into the spinal canal", "herniated part is removed"},
		"spondylolisthesis": {"L4 has slipped", "held there"},
		"fracture":          {"L4 is broken", "screws and rods straighten L4"},
		"scoliosis":         {"45° (Cobb angle) from T12 to L4", "straighten the curve to about 16°"},
		"failed-surgery":    {"removed the back of L4", "hold the level still"},
		"healthy":           {"a healthy spine, its discs at full height", "what a fusion alone does"},
	}
	for _, c := range state.Conditions {
		for _, view := range state.Views {
			st := state.Default()
			st.Apply(map[string]any{"condition": c, "view": view, "playing": false, "posture": 1})
			for _, lang := range cat.Languages() {
				tr := cat.Lang(lang)
				d := m.Describe(st, tr)
				if !strings.Contains(d, tr.T("condition."+c)) {
					t.Errorf("%s %s %s: %q does not name the condition", lang, c, view, d)
				}
				if strings.Contains(d, "%!") || strings.Contains(d, "describe.") || strings.Contains(d, "condition.") {
					t.Errorf("%s %s %s: %q has a formatting error or a raw key", lang, c, view, d)
				}
			}
			d := m.Describe(st, en)
			w := wants[c]
			if has := strings.Contains(d, w[0]); has != (view != "after") {
				t.Errorf("%s %s: %q: says %q: %v", c, view, d, w[0], has)
			}
			if has := strings.Contains(d, w[1]); has != (view != "before") {
				t.Errorf("%s %s: %q: says %q: %v", c, view, d, w[1], has)
			}
		}
	}
}

func TestScoliosisFusesTheCurve(t *testing.T) {
	m := loadModel(t)
	st := state.Default()
	st.Apply(map[string]any{"condition": "scoliosis", "levels": "L4-L5"})
	var f model.Figures
	m.Compute(&st, &f)
	var fused []string
	for _, s := range f.Segments {
		if s.Fused {
			fused = append(fused, s.Name)
		}
	}
	if got := strings.Join(fused, ","); got != "T12-L1,L1-L2,L2-L3,L3-L4" {
		t.Errorf("scoliosis fuses %s", got)
	}
	if st.Levels != "L4-L5" {
		t.Errorf("the state's levels changed to %s", st.Levels)
	}
	en := loadCatalog(t)
	if d := m.Describe(st, en.Lang("en")); !strings.Contains(d, "whatever levels are chosen") || !strings.Contains(d, "T12–L1, L1–L2, L2–L3, L3–L4") || !strings.Contains(d, "seen from the front") {
		t.Errorf("describe: %q", d)
	}
	// Other conditions keep the chosen levels.
	st.Condition = "fracture"
	m.Compute(&st, &f)
	for _, s := range f.Segments {
		if s.Fused != (s.Name == "L4-L5") {
			t.Errorf("fracture: %s fused=%v", s.Name, s.Fused)
		}
	}
}

func TestConditionSources(t *testing.T) {
	m, cat := loadAll(t)
	for _, c := range state.Conditions {
		st := state.Default()
		st.Condition = c
		found := false
		for _, e := range m.Sources(&st, cat.Lang("en")) {
			if strings.Contains(e.What, "the sizes drawn") {
				found = true
			}
		}
		// A healthy spine is drawn at the anatomy's own sizes: no
		// condition's sizes to cite.
		if found != (c != "healthy") {
			t.Errorf("%s: a source for the condition's sizes: %v", c, found)
		}
	}
}

func TestFrontViewForACurve(t *testing.T) {
	m := loadModel(t)
	for _, tc := range []struct {
		cond, motion string
		front        bool
	}{
		{"scoliosis", "flexion-extension", true},
		{"scoliosis", "lateral-bending", true},
		{"scoliosis", "axial-rotation", false},
		{"degenerative-disc", "flexion-extension", false},
		{"fracture", "lateral-bending", false},
	} {
		st := state.Default()
		st.Condition, st.Motion = tc.cond, tc.motion
		if got := m.FrontView(&st); got != tc.front {
			t.Errorf("%s %s: front view %v, want %v", tc.cond, tc.motion, got, tc.front)
		}
	}
}
