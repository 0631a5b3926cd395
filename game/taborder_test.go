package game

import (
	"testing"

	"spinefusion/game/state"
	"spinefusion/game/text"
	"spinefusion/game/ui"
)

// TestEveryControlIsInThePanel checks that every widget of the bar and the
// surgery card is in the panel's Tab order: a widget left out is neither
// drawn, nor focusable, nor mirrored for screen readers.
func TestEveryControlIsInThePanel(t *testing.T) {
	c := newControls(state.NewStore(state.Default()), text.NewCache())
	in := map[ui.Widget]bool{}
	for _, w := range c.panel.Widgets() {
		if in[w] {
			t.Errorf("%q is in the panel twice", w.Label())
		}
		in[w] = true
	}
	for _, w := range append(append([]ui.Widget{}, c.bar...), c.card...) {
		if !in[w] {
			t.Errorf("%s %q is not in the panel (tabOrder)", w.Role(), w.Label())
		}
	}
}
