package tour_test

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/i18n"
	"spinefusion/game/state"
	"spinefusion/game/tour"
)

// The story in order: the spine, what goes wrong, care before surgery,
// when fusion is considered, the operation, healing, and life after.
func TestStepsTellTheStoryInOrder(t *testing.T) {
	var ids []string
	for _, s := range tour.All() {
		ids = append(ids, s.ID)
	}
	want := []string{"spine", "share", "disc", "unstable", "conservative", "when", "operation",
		"healing", "solid", "after", "recovery", "longterm", "adjacent"}
	if !slices.Equal(ids, want) {
		t.Errorf("steps %v\nwant  %v", ids, want)
	}
	if tour.Len() != len(want) {
		t.Errorf("Len() = %d", tour.Len())
	}
	if _, ok := tour.At(0); ok {
		t.Error("At(0) found a step: 0 is the tour closed")
	}
	if s, ok := tour.At(tour.Len()); !ok || s.ID != "adjacent" {
		t.Errorf("At(Len()) = %v, %v", s.ID, ok)
	}
}

// Every step's patch is a valid partial state: applied from any starting
// state it ignores nothing, leaves a state that passes Check, and every key
// it names ends up with the step's value.
func TestEveryPatchIsValid(t *testing.T) {
	starts := map[string]state.State{"default": state.Default()}
	other := state.Default()
	if ign := other.Apply(map[string]any{"region": "cervical", "levels": "C4-C5,C5-C6", "view": "after",
		"motion": "axial-rotation", "months": 60, "playing": false, "posture": -0.5, "labels": false,
		"wording": "clinical", "condition": "scoliosis"}); len(ign) > 0 {
		t.Fatal(ign)
	}
	starts["elsewhere"] = other
	for name, start := range starts {
		for n, step := range tour.All() {
			s := start
			if ign := s.Apply(map[string]any{"tour": n + 1}); len(ign) > 0 {
				t.Errorf("%s: step %d (%s) ignored %v", name, n+1, step.ID, ign)
			}
			if err := s.Check(); err != nil {
				t.Errorf("%s: step %d (%s) left an invalid state: %v", name, n+1, step.ID, err)
			}
			if s.Tour != n+1 {
				t.Errorf("%s: step %d: tour = %d", name, n+1, s.Tour)
			}
			got := s.Map()
			for k, v := range step.Patch {
				if !slices.Contains(state.Keys, k) || k == "tour" {
					t.Errorf("step %s patches %q, not a state key it may set", step.ID, k)
				}
				if fmt.Sprint(got[k]) != fmt.Sprint(v) {
					t.Errorf("%s: step %s: %s = %v, want %v", name, step.ID, k, got[k], v)
				}
			}
			// What the step frames is always set, whatever came before.
			for _, k := range []string{"region", "view", "motion", "playing"} {
				if _, ok := step.Patch[k]; !ok {
					t.Errorf("step %s does not set %s", step.ID, k)
				}
			}
		}
	}
}

// Opening the step already open changes nothing, so that a state read back
// from the page API can be sent again; other values are refused.
func TestTourKey(t *testing.T) {
	s := state.Default()
	s.Apply(map[string]any{"tour": 9})
	s.Apply(map[string]any{"months": 7})
	before := s
	if ign := s.Apply(map[string]any{"tour": 9}); len(ign) > 0 || s != before {
		t.Errorf("re-sending the open step changed %+v to %+v (%v)", before, s, ign)
	}
	if ign := s.Apply(map[string]any{"tour": 0}); len(ign) > 0 || s.Tour != 0 || s.Months != 7 {
		t.Errorf("closing: %+v %v", s, ign)
	}
	for _, bad := range []any{-1, tour.Len() + 1, 2.5, "two", true, nil} {
		s := state.Default()
		if ign := s.Apply(map[string]any{"tour": bad}); len(ign) != 1 || ign[0].Key != "tour" || s != state.Default() {
			t.Errorf("tour %v: ignored %v, state %+v", bad, ign, s)
		}
	}
	s = state.Default()
	if ign := s.Apply(map[string]any{"tour": "3"}); len(ign) > 0 || s.Tour != 3 {
		t.Errorf(`tour "3" (from a link): %+v %v`, s, ign)
	}
}

var verb = regexp.MustCompile(`%%|%.`)

// Every step has its title, plain body and clinical body in every language,
// each body with one %s per figure its step names and no other verb.
func TestTextsInEveryLanguage(t *testing.T) {
	cat, err := i18n.Load(assets.I18n, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range cat.Languages() {
		l := cat.Lang(code)
		for _, step := range tour.All() {
			for key, args := range map[string][]string{step.Title(): nil, step.Body(): step.Args, step.Clinical(): step.ClinicalArgs} {
				if !l.Has(key) {
					t.Errorf("%s: no %s", code, key)
					continue
				}
				var verbs []string
				for _, m := range verb.FindAllString(l.T(key), -1) {
					if m != "%%" {
						verbs = append(verbs, m)
					}
				}
				want := slices.Repeat([]string{"%s"}, len(args))
				if len(verbs) == 0 {
					verbs = nil
				}
				if len(want) == 0 {
					want = nil
				}
				if !reflect.DeepEqual(verbs, want) {
					t.Errorf("%s: %s has %v, want %d × %%s", code, key, verbs, len(args))
				}
			}
		}
		for _, key := range []string{"ui.tour", "ui.tour.next", "ui.tour.back", "ui.tour.finish", "ui.tour.close",
			"ui.tour.progress", "ui.wording", "tour.describe", "help.tour", "help.tournav"} {
			if !l.Has(key) {
				t.Errorf("%s: no %s", code, key)
			}
		}
	}
}
