package state

import "testing"

func signalled(st *Store) bool {
	select {
	case <-st.Changed():
		return true
	default:
		return false
	}
}

// TestStoreChanged checks that a change through Apply or Update signals
// Changed once, and that a no-op or the game loop's own Advance does not.
func TestStoreChanged(t *testing.T) {
	st := NewStore(Default())
	if signalled(st) {
		t.Fatal("a new store signals")
	}
	st.Apply(map[string]any{"months": 6.0})
	st.Apply(map[string]any{"months": 7.0})
	if !signalled(st) {
		t.Error("Apply did not signal")
	}
	if signalled(st) {
		t.Error("two changes before a look should signal once")
	}
	st.Apply(map[string]any{"months": 7.0})
	if signalled(st) {
		t.Error("a no-op Apply signalled")
	}
	st.Update(func(s *State) { s.Playing = !s.Playing })
	if !signalled(st) {
		t.Error("Update did not signal")
	}
	st.Update(func(s *State) { s.Playing = true })
	<-st.Changed()
	st.Advance(0.5)
	if signalled(st) {
		t.Error("Advance signalled: the loop that calls it is awake")
	}
}
