package scene_test

import (
	"image"
	"testing"

	"spinefusion/game/scene"
)

func TestArrangeKeepsPartsApartAndOnScreen(t *testing.T) {
	tests := []struct {
		w, h     int
		unit     float64
		spines   int
		controls bool
	}{
		{1280, 720, 1, 2, true},
		{1920, 1080, 1, 2, true},
		{1170, 2532, 3, 2, true}, // phone portrait at ratio 3
		{320, 240, 1, 1, false},
		{320, 240, 1, 2, true},
		{2360, 1640, 2, 1, true},
	}
	for _, tt := range tests {
		l := scene.Arrange(tt.w, tt.h, tt.unit, tt.spines, tt.controls)
		screen := image.Rect(0, 0, tt.w, tt.h)
		parts := append([]image.Rectangle{l.Header, l.Controls, l.Timeline, l.Chart}, l.Panels...)
		for i, a := range parts {
			if a.Empty() {
				continue
			}
			if !a.In(screen) {
				t.Errorf("%dx%d: part %d %v off screen", tt.w, tt.h, i, a)
			}
			for j, b := range parts[i+1:] {
				if !b.Empty() && a.Overlaps(b) {
					t.Errorf("%dx%d: parts %d %v and %d %v overlap", tt.w, tt.h, i, a, i+1+j, b)
				}
			}
		}
		if len(l.Panels) != tt.spines {
			t.Errorf("%dx%d: %d panels, want %d", tt.w, tt.h, len(l.Panels), tt.spines)
		}
		if tt.controls == l.Controls.Empty() {
			t.Errorf("%dx%d: controls %v with controls=%v", tt.w, tt.h, l.Controls, tt.controls)
		}
		// Portrait screens stack the two spines.
		if tt.spines == 2 && tt.h > tt.w && l.Panels[0].Min.X != l.Panels[1].Min.X {
			t.Errorf("%dx%d: panels side by side on a portrait screen", tt.w, tt.h)
		}
	}
}
