package game

import (
	"testing"

	"spinefusion/game/ui"
)

// TestCurveFusionShowsItsSpan checks that while a scoliosis fusion spans
// its curve the card shows the span and the approach really used, with the
// levels and approach locked (so the card never contradicts the picture),
// and that another condition gives back the person's own choice.
func TestCurveFusionShowsItsSpan(t *testing.T) {
	g := newPlayingGame(t)
	c := g.controls
	locked := []*ui.Segmented{c.from, c.count, c.approach}
	g.store.Apply(map[string]any{"condition": "scoliosis", "levels": []any{"L4-L5"}, "approach": "tlif", "lang": "en"})
	g.tick()
	for _, w := range locked {
		if !w.Disabled() {
			t.Errorf("%q can be changed while the curve sets the fusion", w.Label())
		}
	}
	if got, want := c.from.Label(), "Fused for the curve: T12 to L4"; got != want {
		t.Errorf("levels caption %q, want %q", got, want)
	}
	if c.from.Selected() != -1 || c.count.Selected() != -1 {
		t.Errorf("a four-level span shows start %d and count %d, want none of the options", c.from.Selected(), c.count.Selected())
	}
	if got := c.approach.ValueText(); got != "PLF" {
		t.Errorf("approach shows %q, want PLF (screws and rods from behind)", got)
	}
	// A click on a locked group changes nothing.
	c.approach.Select(0)
	if st, _ := g.store.Get(); st.Approach != "tlif" {
		t.Errorf("a locked approach changed the state to %q", st.Approach)
	}

	g.store.Apply(map[string]any{"condition": "fracture"})
	g.tick()
	for _, w := range locked {
		if w.Disabled() {
			t.Errorf("%q still locked after the condition changed", w.Label())
		}
	}
	if got := c.from.ValueText(); got != "L4–L5" && got != "L4-L5" {
		t.Errorf("levels start at %q after the curve, want the person's own L4-L5", got)
	}
	if got := c.approach.ValueText(); got != "TLIF" {
		t.Errorf("approach %q after the curve, want the person's own TLIF", got)
	}
}
