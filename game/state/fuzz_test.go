package state_test

import (
	"encoding/json"
	"testing"

	"spinefusion/game/state"
)

// FuzzApply feeds arbitrary JSON objects to Apply: it must never panic and
// must always leave a valid state.
func FuzzApply(f *testing.F) {
	for _, seed := range []string{
		`{"posture": 0.5, "playing": false}`,
		`{"levels": ["L5-S1", "L4-L5"], "region": "cervical"}`,
		`{"region": "cervical", "approach": "posterior", "levels": "C3-C4,C4-C5,C5-C6"}`,
		`{"speed": "1e400", "months": "-0", "lang": "de-CH"}`,
		`{"levels": [1, 2], "view": {"a": 1}, "theme": ["x"]}`,
		`{"tour": 7, "wording": "clinical", "months": 3}`,
		`{"tour": 2.5, "wording": 1}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var m map[string]any
		if json.Unmarshal([]byte(in), &m) != nil {
			return
		}
		s := state.Default()
		ign := s.Apply(m)
		if err := s.Check(); err != nil {
			t.Fatalf("Apply(%s) left an invalid state: %v", in, err)
		}
		for _, i := range ign {
			if i.Reason == "" {
				t.Fatalf("ignored %q without a reason", i.Key)
			}
		}
	})
}
