package game

import "testing"

// newPlayingGame returns a game in the default state (which plays) after a
// few warm-up ticks, so caches, slices and texts are built and the next
// tick is a steady-state one.
func newPlayingGame(tb testing.TB) *Game {
	tb.Helper()
	g, err := New("bench")
	if err != nil {
		tb.Fatal(err)
	}
	if st, _ := g.store.Get(); !st.Playing {
		tb.Fatal("the default state should play")
	}
	for range 120 {
		g.tick()
	}
	return g
}

// BenchmarkTick measures the CPU work of one frame that needs no GPU while
// the spine plays: the state update, the controls shown back and
// model.Compute. make bench reports it against the 0.3 ms budget.
//
// TODO(lead): once scene.Prepare exists (pose and vertex building, without
// drawing), call it here after g.tick() so the benchmark covers "one tick
// plus frame build", e.g.
//
//	g.scene.Prepare(&g.frame)
func BenchmarkTick(b *testing.B) {
	g := newPlayingGame(b)
	b.ReportAllocs()
	for b.Loop() {
		g.tick()
	}
}

// TestTickAllocs checks that a steady-state tick while playing allocates
// nothing: a tick runs 60 times a second for as long as the page is open.
func TestTickAllocs(t *testing.T) {
	g := newPlayingGame(t)
	if n := testing.AllocsPerRun(200, g.tick); n != 0 {
		t.Errorf("a playing tick allocates %.1f times; want 0", n)
	}
}
