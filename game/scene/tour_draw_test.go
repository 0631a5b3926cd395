package scene_test

import (
	"image"
	"testing"

	"spinefusion/game/scene"
)

// The tour's card is cut from the spines' area: it overlaps no spine, stays
// on screen, and leaves the spines most of the room.
func TestWithCardKeepsTheSpinesClear(t *testing.T) {
	for _, tt := range []struct {
		w, h   int
		unit   float64
		spines int
		side   bool
		size   int
	}{
		{390, 844, 1, 2, false, 250},
		{1170, 2532, 3, 1, false, 750},
		{320, 240, 1, 2, true, 160},
		{844, 390, 1, 2, true, 350},
		{800, 600, 1, 1, true, 330},
		{390, 844, 1, 2, false, 5000}, // asks for too much: capped
	} {
		l := scene.Arrange(tt.w, tt.h, tt.unit, tt.spines, false)
		got, card := l.WithCard(tt.side, tt.size)
		screen := image.Rect(0, 0, tt.w, tt.h)
		if card.Empty() || !card.In(screen) || card.Overlaps(got.Header) {
			t.Errorf("%+v: card %v off screen or over the header", tt, card)
		}
		if len(got.Panels) != len(l.Panels) {
			t.Errorf("%+v: %d panels, want %d", tt, len(got.Panels), len(l.Panels))
		}
		area := 0
		for _, p := range got.Panels {
			if p.Empty() || p.Overlaps(card) || !p.In(screen) {
				t.Errorf("%+v: panel %v empty, off screen or under the card %v", tt, p, card)
			}
			area += p.Dx() * p.Dy()
		}
		if card.Dx()*card.Dy() > area*3/2 {
			t.Errorf("%+v: the card (%v) takes more room than the spines", tt, card)
		}
		if len(l.Panels) == 2 && got.Panels[0].Overlaps(got.Panels[1]) {
			t.Errorf("%+v: panels overlap", tt)
		}
	}
}
