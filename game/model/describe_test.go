package model_test

import (
	"strings"
	"testing"

	"spinefusion/game/state"
)

func TestDescribe(t *testing.T) {
	m, cat := loadAll(t)
	st := state.Default()
	st.Apply(map[string]any{"levels": "L4-L5,L5-S1", "months": 24, "posture": 1, "playing": false})
	for _, lang := range cat.Languages() {
		d := m.Describe(st, cat.Lang(lang))
		for _, want := range []string{"L4–L5, L5–S1", "%"} {
			if !strings.Contains(d, want) {
				t.Errorf("%s: %q lacks %q", lang, d, want)
			}
		}
		if strings.Contains(d, "%!") || strings.Contains(d, "describe.") {
			t.Errorf("%s: %q has a formatting error or a raw key", lang, d)
		}
	}
	en := cat.Lang("en")
	if d := m.Describe(st, en); !strings.Contains(d, "forward") || !strings.Contains(d, "paused") {
		t.Errorf("en: %q does not say forward and paused", d)
	}
	st.Posture = -1
	if d := m.Describe(st, en); !strings.Contains(d, "backward") {
		t.Errorf("en: %q does not say backward", d)
	}
	st.View = "before"
	if d := m.Describe(st, en); strings.Contains(d, "fused") {
		t.Errorf("before view: %q talks of the fusion", d)
	}
}
