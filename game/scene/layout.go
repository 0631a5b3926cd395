package scene

import "image"

// Layout is where each part of the screen goes, in device pixels.
type Layout struct {
	// Unit is device pixels per CSS pixel (the device pixel ratio).
	Unit float64
	// Header holds the title and the disclaimer.
	Header image.Rectangle
	// Panels hold one spine each: before, or before and after.
	Panels []image.Rectangle
	// Controls holds the bottom bar of widgets.
	Controls image.Rectangle
	// Timeline holds the healing timeline above the controls: the months
	// scrubber, the stage and the milestones. Empty without controls.
	Timeline image.Rectangle
	// Chart holds the bar chart of each level's motion before and after,
	// and the totals in words; empty when the screen is too narrow, where
	// the chart is drawn over the bottom of the last panel instead.
	Chart image.Rectangle
	// Compact is set for small screens, such as phones and small frames.
	Compact bool
	// Tiny is set for frames too short for the timeline row.
	Tiny bool
	// Margin is the free space around the panels, in device pixels: what
	// a panel draws may spill into it (a label beside a slipped bone), and
	// nothing else is drawn there.
	Margin int
}

// Arrange lays out a w×h screen with unit device pixels per CSS pixel, for
// the given number of spines, with or without the controls bar.
func Arrange(w, h int, unit float64, spines int, controls bool) Layout {
	if unit <= 0 {
		unit = 1
	}
	l := Layout{Unit: unit}
	cssW, cssH := float64(w)/unit, float64(h)/unit
	l.Compact = cssW < 640 || cssH < 480
	// Short frames (an embed down to 320×240, a phone on its side) keep one
	// row of controls and move the rest into the "more" sheet; the timeline
	// too, unless the frame is wide and tall enough to keep it in view (a
	// phone on its side: the story is told over time).
	l.Tiny = cssH < 420
	keepTimeline := !l.Tiny || (cssW >= 600 && cssH >= 370)
	px := func(css float64) int { return int(css*unit + 0.5) }
	header := 56.0
	if l.Compact {
		header = 46 // the title and, under it, the disclaimer
	}
	if l.Tiny {
		header = 24 // one line
	}
	l.Header = image.Rect(0, 0, w, px(header))
	bottom := h
	if controls {
		bar := 76.0
		if l.Compact {
			bar = 118 // two rows of controls
		}
		if l.Tiny {
			bar = 60
		}
		l.Controls = image.Rect(0, h-px(bar), w, h)
		// The timeline's label row, track and marks; on small screens the
		// controls below sit close, so it keeps its whole height.
		tl := 64.0
		if l.Compact {
			tl = 78
		}
		bottom = l.Controls.Min.Y
		if keepTimeline {
			l.Timeline = image.Rect(0, l.Controls.Min.Y-px(tl), w, l.Controls.Min.Y)
			bottom = l.Timeline.Min.Y
		}
	}
	inset := px(8)
	if l.Tiny {
		inset = px(4)
	}
	l.Margin = inset
	main := image.Rect(0, l.Header.Max.Y, w, bottom).Inset(inset)
	if cssW >= 1000 && main.Dy() > 0 {
		l.Chart = image.Rect(main.Max.X-px(290), main.Min.Y, main.Max.X, main.Max.Y)
		main.Max.X = l.Chart.Min.X - px(8)
	}
	l.Panels = splitPanels(main, spines, px(8))
	return l
}

// splitPanels shares main between the spines: side by side when it is
// wide, one above the other when it is tall, gap apart.
func splitPanels(main image.Rectangle, spines, gap int) []image.Rectangle {
	if spines <= 1 || main.Dx() <= 0 || main.Dy() <= 0 {
		return []image.Rectangle{main}
	}
	if main.Dx() >= main.Dy() {
		mid := main.Min.X + main.Dx()/2
		return []image.Rectangle{
			image.Rect(main.Min.X, main.Min.Y, mid-gap/2, main.Max.Y),
			image.Rect(mid+gap/2, main.Min.Y, main.Max.X, main.Max.Y),
		}
	}
	mid := main.Min.Y + main.Dy()/2
	return []image.Rectangle{
		image.Rect(main.Min.X, main.Min.Y, main.Max.X, mid-gap/2),
		image.Rect(main.Min.X, mid+gap/2, main.Max.X, main.Max.Y),
	}
}
