package state

import "sync"

// Store holds the one current State behind a lock, so that the browser's
// callbacks and the game loop can both read and change it. Every change goes
// through Apply or Update; Version counts the changes.
type Store struct {
	mu      sync.Mutex
	s       State
	version uint64
	// changed is signalled (without waiting) on every change from Apply or
	// Update, so a loop that sleeps while nothing happens can wake.
	changed chan struct{}
}

// NewStore returns a store holding s.
func NewStore(s State) *Store { return &Store{s: s, changed: make(chan struct{}, 1)} }

// Changed returns a channel that receives after Apply or Update changed the
// state (several changes may be told as one).
func (st *Store) Changed() <-chan struct{} { return st.changed }

// Get returns the current state and its version.
func (st *Store) Get() (State, uint64) {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.s, st.version
}

// Apply applies a partial state (see State.Apply) and returns what it
// ignored.
func (st *Store) Apply(partial map[string]any) []Ignored {
	st.mu.Lock()
	defer st.mu.Unlock()
	next := st.s
	ignored := next.Apply(partial)
	st.setLocked(next)
	return ignored
}

func (st *Store) setLocked(s State) {
	if s != st.s {
		st.s = s
		st.version++
		select {
		case st.changed <- struct{}{}:
		default:
		}
	}
}

// Update changes the state with fn under the lock, as the game loop does when
// time moves on, so no change from elsewhere is lost in between.
func (st *Store) Update(fn func(*State)) {
	st.mu.Lock()
	defer st.mu.Unlock()
	next := st.s
	fn(&next)
	st.setLocked(next)
}

// Advance sets the posture while the animation plays, as the game loop does
// each tick; a paused state is left as it is. It allocates nothing.
func (st *Store) Advance(posture float64) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.s.Playing && st.s.Posture != posture {
		st.s.Posture = posture
		st.version++
	}
}
