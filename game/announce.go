package game

import "spinefusion/game/page"

// announceQuiet is how many ticks the state must rest before the status
// line for screen readers is renewed: changes are coalesced, and nothing is
// said every frame.
const announceQuiet = 45

// announce renews the polite status line with describe() once the state
// has settled; the posture of a playing animation does not count as change.
func (g *Game) announce() {
	key := g.st
	if key.Playing {
		key.Posture = 0
	}
	if key != g.announceFor {
		g.announceFor, g.announceWait = key, announceQuiet
		return
	}
	if g.announceWait > 0 {
		g.announceWait--
		if g.announceWait == 0 {
			page.Announce(g.model.Describe(g.st, g.lang()))
		}
	}
}
