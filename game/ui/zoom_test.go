package ui_test

import (
	"math"
	"testing"

	"spinefusion/game/ui"
)

// One panel, 400×300 device pixels, centred at (300, 250).
var area = ui.Area{CX: 300, CY: 250, HalfW: 200, HalfH: 150}

func over(x, y float64) (ui.Area, bool) {
	return area, math.Abs(x-area.CX) <= area.HalfW && math.Abs(y-area.CY) <= area.HalfH
}

const slop = 8

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// pointUnder is the fitted-view point shown at (x, y): a gesture that
// zooms about (x, y) leaves it the same.
func pointUnder(z *ui.ZoomPan, x, y float64) (float64, float64) {
	k := max(z.Zoom, 1)
	return area.CX + (x-area.CX-z.PanX)/k, area.CY + (y-area.CY-z.PanY)/k
}

func TestWheelZoomsAboutThePointer(t *testing.T) {
	var z ui.ZoomPan
	fx, fy := pointUnder(&z, 350, 200)
	if !z.Update(&ui.Input{X: 350, Y: 200, WheelY: 100}, over, slop) {
		t.Fatal("a wheel turn over the panel did not change the view")
	}
	if !near(z.Zoom, 1.15) {
		t.Errorf("zoom %v after one wheel step, want 1.15", z.Zoom)
	}
	if x, y := z.Map(area, fx, fy); !near(x, 350) || !near(y, 200) {
		t.Errorf("the point under the pointer moved to (%v, %v)", x, y)
	}
	// Whatever the wheel's unit (pixels, lines, notches), one step is one step.
	z.Update(&ui.Input{X: 350, Y: 200, WheelY: 3}, over, slop)
	if !near(z.Zoom, 1.15*1.15) {
		t.Errorf("zoom %v after two steps", z.Zoom)
	}
	for range 3 {
		z.Update(&ui.Input{X: 350, Y: 200, WheelY: -1}, over, slop)
	}
	if z.Zoom != 1 || z.PanX != 0 || z.PanY != 0 || z.Zoomed() {
		t.Errorf("zooming out past the fit: zoom %v pan (%v, %v), want the fitted view", z.Zoom, z.PanX, z.PanY)
	}
	// Outside every panel the wheel does nothing.
	if z.Update(&ui.Input{X: 10, Y: 10, WheelY: 100}, over, slop) || z.Zoom != 1 {
		t.Errorf("the wheel zoomed outside the panels: %v", z.Zoom)
	}
}

func TestZoomLimits(t *testing.T) {
	var z ui.ZoomPan
	z.ZoomAt(area, 300, 250, 100)
	if z.Zoom != ui.MaxZoom {
		t.Errorf("zoom %v, want the maximum %v", z.Zoom, float64(ui.MaxZoom))
	}
	z.PanBy(area, 1e6, -1e6)
	if want := (ui.MaxZoom - 1) * area.HalfW; !near(z.PanX, want) || !near(z.PanY, -(ui.MaxZoom-1)*area.HalfH) {
		t.Errorf("pan (%v, %v) not clamped to ±(%v, %v)", z.PanX, z.PanY, want, (ui.MaxZoom-1)*area.HalfH)
	}
	// The picture still covers the panel: its left edge is at the panel's.
	if x, _ := z.Map(area, area.CX-area.HalfW, 0); !near(x, area.CX-area.HalfW) {
		t.Errorf("the zoomed picture's left edge is at %v, want %v", x, area.CX-area.HalfW)
	}
}

func TestPinch(t *testing.T) {
	var z ui.ZoomPan
	// Two fingers 100 px apart about (300, 250), then 200 px apart.
	z.Update(&ui.Input{X: 250, Y: 250, X2: 350, Y2: 250, Down: true, Pressed: true, Second: true, Touch: true}, over, slop)
	fx, fy := pointUnder(&z, 300, 250)
	z.Update(&ui.Input{X: 200, Y: 250, X2: 400, Y2: 250, Down: true, Second: true, Touch: true}, over, slop)
	if !near(z.Zoom, 2) {
		t.Fatalf("zoom %v after spreading the fingers twice as far, want 2", z.Zoom)
	}
	if x, y := z.Map(area, fx, fy); !near(x, 300) || !near(y, 250) {
		t.Errorf("the point between the fingers moved to (%v, %v)", x, y)
	}
	// Moving both fingers 30 px right pans with them.
	z.Update(&ui.Input{X: 230, Y: 250, X2: 430, Y2: 250, Down: true, Second: true, Touch: true}, over, slop)
	if !near(z.Zoom, 2) || !near(z.PanX, 30) {
		t.Errorf("after moving the pinch: zoom %v pan x %v, want 2 and 30", z.Zoom, z.PanX)
	}
	// Lifting the fingers ends it; the release is not a click.
	z.Update(&ui.Input{X: 230, Y: 250, Released: true, Touch: true}, over, slop)
	if !z.Consumed() {
		t.Error("the pinch's release was left as a click on the scene")
	}
	if !near(z.Zoom, 2) {
		t.Errorf("zoom %v after the pinch ended, want it kept", z.Zoom)
	}
}

func TestDragPansOnlyWhenZoomed(t *testing.T) {
	var z ui.ZoomPan
	drag := func(dx float64) {
		z.Update(&ui.Input{X: 300, Y: 250, Down: true, Pressed: true}, over, slop)
		z.Update(&ui.Input{X: 300 + dx/2, Y: 250, Down: true}, over, slop)
		z.Update(&ui.Input{X: 300 + dx, Y: 250, Down: true}, over, slop)
		z.Update(&ui.Input{X: 300 + dx, Y: 250, Released: true}, over, slop)
	}
	drag(60)
	if z.Zoomed() || z.Consumed() {
		t.Errorf("a drag on the fitted view panned (%v) or ate the click (%v)", z.PanX, z.Consumed())
	}
	z.ZoomAt(area, 300, 250, 2)
	drag(60)
	if !near(z.PanX, 60) || z.PanY != 0 {
		t.Errorf("pan (%v, %v) after a 60 px drag, want (60, 0)", z.PanX, z.PanY)
	}
	if !z.Consumed() {
		t.Error("the drag's release was left as a click")
	}
	// A press that moves less than the slop is a tap, not a drag.
	z.Update(&ui.Input{X: 300, Y: 250, Down: true, Pressed: true}, over, slop)
	z.Update(&ui.Input{X: 303, Y: 251, Down: true}, over, slop)
	z.Update(&ui.Input{X: 303, Y: 251, Released: true}, over, slop)
	if z.Consumed() || !near(z.PanX, 60) {
		t.Errorf("a small wobble panned (%v) or ate the click", z.PanX)
	}
}

func TestDoubleTap(t *testing.T) {
	var z ui.ZoomPan
	tap := func(x, y float64, gap int) {
		for range gap {
			z.Update(&ui.Input{X: x, Y: y}, over, slop)
		}
		z.Update(&ui.Input{X: x, Y: y, Down: true, Pressed: true, Touch: true}, over, slop)
		z.Update(&ui.Input{X: x, Y: y, Released: true, Touch: true}, over, slop)
	}
	tap(350, 200, 0)
	tap(350, 200, 5)
	if !near(z.Zoom, 2) {
		t.Fatalf("zoom %v after a double tap on the fitted view, want 2", z.Zoom)
	}
	tap(350, 200, 60)
	tap(350, 200, 5)
	if z.Zoomed() {
		t.Errorf("a double tap on the zoomed view left zoom %v pan (%v, %v)", z.Zoom, z.PanX, z.PanY)
	}
	// Two taps far apart in time are not a double tap.
	tap(350, 200, 60)
	tap(350, 200, 60)
	if z.Zoomed() {
		t.Errorf("two slow taps zoomed to %v", z.Zoom)
	}
}
