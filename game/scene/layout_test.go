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
		{2532, 1170, 3, 2, true}, // phone landscape at ratio 3
		{800, 360, 1, 2, true},
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

// The healing timeline stays in view wherever there is room for it, a
// phone on its side included; only small frames move it into the sheet.
func TestArrangeKeepsTheTimelineWhereItFits(t *testing.T) {
	tests := []struct {
		name     string
		w, h     int
		unit     float64
		timeline bool
	}{
		{"laptop", 1366, 768, 1, true},
		{"phone portrait", 1170, 2532, 3, true},
		{"phone landscape", 2532, 1170, 3, true},
		{"iPhone SE on its side", 667, 375, 1, true},
		{"small Android on its side", 800, 360, 1, false},
		{"embed 320×240", 320, 240, 1, false},
		{"embed 480×300", 480, 300, 1, false},
	}
	for _, tt := range tests {
		l := scene.Arrange(tt.w, tt.h, tt.unit, 2, true)
		if got := !l.Timeline.Empty(); got != tt.timeline {
			t.Errorf("%s: timeline shown %v, want %v", tt.name, got, tt.timeline)
		}
		if tt.timeline && l.Panels[0].Dy() < int(150*tt.unit) {
			t.Errorf("%s: the spines keep only %d px of height", tt.name, l.Panels[0].Dy())
		}
	}
}
