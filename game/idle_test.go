package game

import "testing"

// quietTicks runs n ticks the way Update and Draw do (without input), and
// returns how many times the loop rested.
func quietTicks(g *Game, n int) (rests int) {
	g.rest.wait = func() { rests++ }
	for range n {
		g.tick()
		g.stepOperation()
		g.announce()
		g.restIfQuiet()
		g.dirty, g.posed, g.publish = false, false, false // drawn
	}
	return rests
}

// TestRestWhenPaused checks that a paused explorer rests once nothing has
// changed for restAfter ticks, and keeps resting (one wait per tick after
// that); that playing never rests; and that a change from outside ends the
// quiet.
func TestRestWhenPaused(t *testing.T) {
	g := newPlayingGame(t)
	if n := quietTicks(g, 300); n != 0 {
		t.Fatalf("playing: rested %d times, want 0", n)
	}
	g.store.Apply(map[string]any{"playing": false, "months": 60.0})
	// The pause is announced to screen readers after announceQuiet ticks;
	// the quiet count starts after that.
	if n := quietTicks(g, announceQuiet+restAfter-1); n != 0 {
		t.Fatalf("rested %d times within %d ticks of the pause", n, announceQuiet+restAfter-1)
	}
	if n := quietTicks(g, 10); n != 10 {
		t.Fatalf("paused and quiet: rested %d times in 10 ticks, want 10", n)
	}
	g.store.Apply(map[string]any{"view": "after"})
	if n := quietTicks(g, 1); n != 0 {
		t.Error("rested on the tick that took in a change")
	}
}

// TestPostureOnlyDrawsPanels checks that while playing only the panels are
// drawn again, and that any other change draws the whole frame.
func TestPostureOnlyDrawsPanels(t *testing.T) {
	g := newPlayingGame(t)
	g.dirty, g.posed = false, false
	g.tick()
	if g.dirty || !g.posed {
		t.Fatalf("a playing tick: dirty %v, posed %v; want only posed", g.dirty, g.posed)
	}
	g.LayoutF(1280, 720)
	if !g.panelsAlone() {
		t.Error("1280×720 with the chart column: the panels should be alone")
	}
	g.dirty, g.posed = false, false
	g.store.Apply(map[string]any{"months": 12.0})
	g.tick()
	if !g.dirty {
		t.Error("a change of months did not ask for the whole frame")
	}
	g.toggleOverlay(overlayHelp)
	if g.panelsAlone() {
		t.Error("with the help card open, the panels are not alone")
	}
	g.toggleOverlay(overlayHelp)
	g.LayoutF(480, 720) // narrow: the chart is drawn over the last panel
	if g.panelsAlone() {
		t.Error("on a narrow screen the chart lies over a panel")
	}
}
