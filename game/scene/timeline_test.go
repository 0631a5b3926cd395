package scene

import (
	"strings"
	"testing"

	"spinefusion/game/text"
)

// The caption and milestones beside the timeline keep a legible size: one
// line each at the body size when they fit, else wrapped onto two lines
// each, a little smaller but never under infoMinPx, within the box; else
// the milestones alone shrunk onto their line; only a box too small for
// that gets both shrunk onto one line each.
func TestTimelineInfoWrapsBeforeShrinking(t *testing.T) {
	tc := text.NewCache()
	const caption = "The new bone thickens and begins to bridge the gap between the vertebrae."
	const typical = "Typical by now: physical therapy, lifting, manual work"
	for _, tt := range []struct {
		name       string
		w, h       int
		u          float64
		oneLine    bool // every text on one line at the body size
		wrapped    bool // else wrapped, at infoMinPx or more
		captionCut bool // the caption on more than one line
		fitLast    bool // the milestones shrunk onto one line
	}{
		{"wide", 900, 62, 1, true, true, false, false},
		{"laptop", 348, 62, 1, false, true, true, false},
		{"laptop, 2x", 696, 124, 2, false, true, true, false},
		{"narrower", 250, 62, 1, false, true, true, true},
		{"too narrow", 120, 62, 1, false, false, false, false},
		{"too low", 348, 30, 1, false, false, false, false},
	} {
		var in timelineInfo
		in.arrange(tc, caption, typical, tt.w, tt.h, tt.u)
		switch {
		case tt.oneLine:
			if in.size != infoMaxPx*tt.u || len(in.lines) != 2 {
				t.Errorf("%s: size %.1f, %d lines; want the body size on 2 lines", tt.name, in.size, len(in.lines))
			}
		case tt.wrapped:
			if in.lines == nil || in.size < infoMinPx*tt.u {
				t.Fatalf("%s: size %.1f, lines %q; want wrapped at %v px or more", tt.name, in.size, in.lines, infoMinPx*tt.u)
			}
		default:
			if in.lines != nil {
				t.Errorf("%s: wrapped into %q in a box too small for it", tt.name, in.lines)
			}
			continue
		}
		if in.fitLast != tt.fitLast {
			t.Errorf("%s: milestones shrunk onto one line: %v, want %v (%q)", tt.name, in.fitLast, tt.fitLast, in.lines)
		}
		if tt.captionCut && len(in.lines) < 3 {
			t.Errorf("%s: %q: the caption is not wrapped", tt.name, in.lines)
		}
		if got := strings.Join(strings.Fields(strings.Join(in.lines, " ")), " "); got != caption+" "+typical {
			t.Errorf("%s: the lines say %q", tt.name, got)
		}
		for i, l := range in.lines {
			if in.fitLast && i == len(in.lines)-1 {
				break // drawn shrunk to fit
			}
			if w, _ := tc.Measure(l, in.size, false); w > tt.w {
				t.Errorf("%s: %q is %d px wide in a %d px box", tt.name, l, w, tt.w)
			}
		}
		line := in.size * 1.3
		if bottom := line*1.1 + line*float64(len(in.lines)-1) + in.size*1.2; bottom > float64(tt.h) {
			t.Errorf("%s: the lines reach %.0f px down a %d px box", tt.name, bottom, tt.h)
		}
	}
}
