package game

import (
	"time"

	"spinefusion/game/page"
)

// restAfter is how many ticks in a row with nothing to do pass before the
// loop rests; restCheck is how long one rest lasts at most.
const (
	restAfter = 30
	restCheck = 2 * time.Second
)

// rest keeps the count of quiet ticks and the timer that ends a rest.
type rest struct {
	quiet int
	timer *time.Timer
	// wait, when set, replaces the wait (for tests).
	wait func()
}

// busy reports whether this tick had or left something to do: a frame to
// draw, the animation playing, a description still to announce, controls to
// publish.
func (g *Game) busy() bool {
	return g.dirty || g.posed || g.publish || g.st.Playing || g.announceWait > 0
}

// restIfQuiet ends Update. After restAfter quiet ticks it waits, in the
// browser, until the page or the state store signals a change (input, a
// resize, a page action, setState, a message), or restCheck passes. While
// it waits Ebitengine asks for no animation frames, so a paused explorer
// costs the browser nothing. What arrives meanwhile is not lost: input is
// kept by Ebitengine for the next tick, changes by the store.
func (g *Game) restIfQuiet() {
	if g.busy() {
		g.rest.quiet = 0
		return
	}
	if g.rest.quiet++; g.rest.quiet < restAfter {
		return
	}
	switch {
	case g.rest.wait != nil:
		g.rest.wait()
	case page.CanRest:
		g.waitForChange()
	}
}

// waitForChange waits until the page or the store signals, or restCheck
// passes.
func (g *Game) waitForChange() {
	t := g.rest.timer
	if t == nil {
		t = time.NewTimer(restCheck)
		g.rest.timer = t
	} else {
		t.Reset(restCheck)
	}
	select {
	case <-page.Woken():
	case <-g.store.Changed():
	case <-t.C:
	}
	t.Stop()
}

// panelsAlone reports whether a frame in which only the posture moved may
// draw the spine panels alone: nothing else is drawn over them (an
// overlay, the surgery sheet, the chart on narrow screens). Whatever comes
// to be drawn over the panels must make this false.
func (g *Game) panelsAlone() bool {
	if g.overlay != overlayNone || g.layout.Chart.Empty() {
		return false
	}
	for _, p := range g.layout.Panels {
		if p.Overlaps(g.controls.cardRect) {
			return false
		}
	}
	return true
}
