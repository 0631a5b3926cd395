package page_test

import (
	"testing"

	"spinefusion/game/page"
	"spinefusion/game/state"
)

// A host page opens the guided tour at a step like any other key: the step
// sets its scene; an out-of-range step changes nothing.
func TestHostOpensTheTour(t *testing.T) {
	store := state.NewStore(state.Default())
	m, err := page.ParseMessage(`{"type": "spinefusion:set", "state": {"tour": 7, "wording": "clinical"}}`)
	if err != nil {
		t.Fatal(err)
	}
	if ign := page.ApplyAll(store, m.State); len(ign) > 0 {
		t.Fatal(ign)
	}
	st, _ := store.Get()
	if st.Tour != 7 || st.Wording != "clinical" || st.View != "after" || st.Months != 0 {
		t.Errorf("tour 7 from a host gave %+v", st)
	}
	m, _ = page.ParseMessage(`{"type": "spinefusion:set", "state": {"tour": 40, "months": 6}}`)
	if ign := page.ApplyAll(store, m.State); len(ign) != 1 || ign[0].Key != "tour" {
		t.Errorf("tour 40: ignored %v", ign)
	}
	if after, _ := store.Get(); after != st {
		t.Errorf("a refused message changed the state to %+v", after)
	}
}
