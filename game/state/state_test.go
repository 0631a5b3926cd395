package state_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"spinefusion/game/state"
)

func TestApply(t *testing.T) {
	tests := []struct {
		name    string
		in      string // JSON
		want    func(*state.State)
		ignored []string // keys reported as ignored
	}{
		{"posture and pause", `{"posture": 0.5, "playing": false}`, func(s *state.State) { s.Posture = 0.5; s.Playing = false }, nil},
		{"bad speed kept", `{"speed": "fast"}`, nil, []string{"speed"}},
		{"speed as text", `{"speed": "2"}`, func(s *state.State) { s.Speed = 2 }, nil},
		{"speed too high", `{"speed": 10}`, nil, []string{"speed"}},
		{"unknown motion", `{"motion": "cartwheel"}`, nil, []string{"motion"}},
		{"motion", `{"motion": "axial-rotation"}`, func(s *state.State) { s.Motion = "axial-rotation" }, nil},
		{"unknown key", `{"colour": "red"}`, nil, []string{"colour"}},
		{"segments are read-only", `{"segments": []}`, nil, []string{"segments"}},
		{"two levels", `{"levels": ["L5-S1", "L4-L5"]}`, func(s *state.State) { s.Levels = "L4-L5,L5-S1" }, nil},
		{"levels as text", `{"levels": "l3-l4, L4-L5,L5-S1"}`, func(s *state.State) { s.Levels = "L3-L4,L4-L5,L5-S1" }, nil},
		{"non-contiguous levels", `{"levels": ["L2-L3", "L4-L5"]}`, nil, []string{"levels"}},
		{"four levels", `{"levels": ["L1-L2", "L2-L3", "L3-L4", "L4-L5"]}`, nil, []string{"levels"}},
		{"no levels", `{"levels": []}`, nil, []string{"levels"}},
		{"unknown level", `{"levels": ["L9-L10"]}`, nil, []string{"levels"}},
		{"T12-L1 is not fusable", `{"levels": ["T12-L1"]}`, nil, []string{"levels"}},
		{"cervical level in lumbar", `{"levels": ["C5-C6"]}`, nil, []string{"levels"}},
		{"levels not a list", `{"levels": 3}`, nil, []string{"levels"}},
		{"region resets levels and approach", `{"region": "cervical"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C5-C6"; s.Approach = "acdf" }, nil},
		{"region then its levels", `{"levels": ["C4-C5", "C5-C6"], "region": "cervical"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C4-C5,C5-C6"; s.Approach = "acdf" }, nil},
		{"approach of another region", `{"approach": "acdf"}`, nil, []string{"approach"}},
		{"cervical posterior over two levels", `{"region": "cervical", "levels": "C4-C5,C5-C6", "approach": "posterior"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C4-C5,C5-C6"; s.Approach = "posterior" }, nil},
		{"cervical posterior over one level falls back to acdf", `{"region": "cervical", "approach": "posterior"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C5-C6"; s.Approach = "acdf" }, []string{"approach"}},
		{"lumbar levels with the neck keep its default", `{"region": "cervical", "levels": "L4-L5"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C5-C6"; s.Approach = "acdf" }, []string{"levels"}},
		{"lumbar approach with the neck keeps its default", `{"region": "cervical", "approach": "tlif"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C5-C6"; s.Approach = "acdf" }, []string{"approach"}},
		{"neck from C2-C3 to C4-C5", `{"region": "cervical", "levels": "C2-C3,C3-C4,C4-C5"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C2-C3,C3-C4,C4-C5"; s.Approach = "acdf" }, nil},
		{"C7-T1 is fusable", `{"region": "cervical", "levels": "C6-C7,C7-T1"}`, func(s *state.State) { s.Region = "cervical"; s.Levels = "C6-C7,C7-T1"; s.Approach = "acdf" }, nil},
		{"months", `{"months": 6}`, func(s *state.State) { s.Months = 6 }, nil},
		{"months negative", `{"months": -1}`, nil, []string{"months"}},
		{"posture out of range", `{"posture": 1.5}`, nil, []string{"posture"}},
		{"lang tag", `{"lang": "pt-BR"}`, func(s *state.State) { s.Lang = "pt" }, nil},
		{"unknown lang", `{"lang": "tlh"}`, nil, []string{"lang"}},
		{"labels as 0", `{"labels": 0}`, func(s *state.State) { s.Labels = false }, nil},
		{"labels as word", `{"labels": "maybe"}`, nil, []string{"labels"}},
		{"null", `{"view": null}`, nil, []string{"view"}},
		{"mixed", `{"view": "after", "theme": "<script>", "graft": "BMP"}`, func(s *state.State) { s.View = "after"; s.Graft = "bmp" }, []string{"theme"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in map[string]any
			if err := json.Unmarshal([]byte(tt.in), &in); err != nil {
				t.Fatal(err)
			}
			got := state.Default()
			want := state.Default()
			if tt.want != nil {
				tt.want(&want)
			}
			ign := got.Apply(in)
			if got != want {
				t.Errorf("state = %+v\nwant    %+v", got, want)
			}
			var keys []string
			for _, i := range ign {
				keys = append(keys, i.Key)
				if i.Reason == "" {
					t.Errorf("%s ignored without a reason", i.Key)
				}
			}
			if strings.Join(keys, ",") != strings.Join(tt.ignored, ",") {
				t.Errorf("ignored %v, want %v", ign, tt.ignored)
			}
		})
	}
}

func TestApplyRejectsNonFinite(t *testing.T) {
	for _, v := range []any{math.NaN(), math.Inf(1), math.Inf(-1)} {
		s := state.Default()
		if ign := s.Apply(map[string]any{"posture": v, "months": v, "speed": v}); len(ign) != 3 {
			t.Errorf("%v: ignored %v, want all three", v, ign)
		}
		if s != state.Default() {
			t.Errorf("%v changed the state", v)
		}
	}
}

func TestIsFused(t *testing.T) {
	s := state.Default()
	s.Apply(map[string]any{"levels": "L3-L4,L4-L5"})
	for _, tt := range []struct {
		level string
		want  bool
	}{{"L3-L4", true}, {"L4-L5", true}, {"L5-S1", false}, {"L4", false}, {"", false}} {
		if got := s.IsFused(tt.level); got != tt.want {
			t.Errorf("IsFused(%q) = %v", tt.level, got)
		}
	}
}

func TestMapHasEveryKey(t *testing.T) {
	m := state.Default().Map()
	for _, k := range state.Keys {
		if _, ok := m[k]; !ok {
			t.Errorf("Map has no %q", k)
		}
	}
	if len(m) != len(state.Keys) {
		t.Errorf("Map has %d keys, Keys %d", len(m), len(state.Keys))
	}
	// A map round-trips through Apply unchanged.
	s := state.Default()
	s.Apply(map[string]any{"levels": "L3-L4,L4-L5", "months": 7.5, "view": "before"})
	b, _ := json.Marshal(s.Map())
	var back map[string]any
	json.Unmarshal(b, &back)
	got := state.Default()
	if ign := got.Apply(back); len(ign) != 0 || got != s {
		t.Errorf("round trip: %+v (ignored %v), want %+v", got, ign, s)
	}
}

func TestStoreVersion(t *testing.T) {
	st := state.NewStore(state.Default())
	_, v0 := st.Get()
	st.Apply(map[string]any{"speed": 2})
	s, v1 := st.Get()
	if v1 != v0+1 || s.Speed != 2 {
		t.Errorf("after change: version %d, speed %v", v1, s.Speed)
	}
	st.Apply(map[string]any{"speed": 2})
	st.Apply(map[string]any{"speed": "bad"})
	if _, v2 := st.Get(); v2 != v1 {
		t.Errorf("no-op changes moved the version to %d", v2)
	}
}
