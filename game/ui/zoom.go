package ui

import "math"

// Zoom limits and gesture thresholds.
const (
	MinZoom = 1
	MaxZoom = 4
	// wheelZoom is the zoom factor per tick of wheel movement. Browsers
	// report the wheel in pixels, lines or pages, and desktops in notches,
	// so only the direction counts.
	wheelZoom = 1.15
	// doubleTapTicks bounds a double tap (or click): the second release
	// within this many ticks of the first, and within four times Update's
	// slop of it.
	doubleTapTicks = 30
)

// Area is where zoom gestures act: a panel of the scene, given by its
// centre and half size in device pixels. Each panel zooms about its own
// centre, so side-by-side panels stay comparable.
type Area struct {
	CX, CY, HalfW, HalfH float64
}

// ZoomPan follows the gestures that zoom and pan the scene: the mouse
// wheel, pinching with two fingers, dragging with one finger or the mouse
// while zoomed in, and a double tap or click to reset. It is the camera's
// state: Zoom is the magnification (1 = fit), PanX and PanY the shift in
// device pixels. The zero value is ready (Zoom 0 is read as 1).
type ZoomPan struct {
	Zoom, PanX, PanY float64

	tick int
	// A press that may become a drag.
	pressed, dragging bool
	pressX, pressY    float64
	lastX, lastY      float64
	area              Area
	// The pinch in progress.
	pinching             bool
	pinchDist, pinchZoom float64
	pinchMidX, pinchMidY float64
	pinchPanX, pinchPanY float64
	// The last tap, for double taps.
	tapTick    int
	tapX, tapY float64
	consumed   bool
}

// Zoomed reports whether the view is magnified or shifted.
func (z *ZoomPan) Zoomed() bool { return z.zoom() != 1 || z.PanX != 0 || z.PanY != 0 }

func (z *ZoomPan) zoom() float64 {
	if z.Zoom < MinZoom {
		return MinZoom
	}
	return z.Zoom
}

// Reset returns to the fitted view.
func (z *ZoomPan) Reset() {
	z.Zoom, z.PanX, z.PanY = 1, 0, 0
	z.dragging, z.pinching = false, false
}

// Map returns where the fitted-view point (x, y) of area a is drawn.
func (z *ZoomPan) Map(a Area, x, y float64) (float64, float64) {
	k := z.zoom()
	return a.CX + (x-a.CX)*k + z.PanX, a.CY + (y-a.CY)*k + z.PanY
}

// ZoomAt sets the zoom to k (clamped), keeping the point (x, y) of area a
// where it is on the screen.
func (z *ZoomPan) ZoomAt(a Area, x, y, k float64) {
	k = math.Max(MinZoom, math.Min(MaxZoom, k))
	old := z.zoom()
	// The fitted-view point under (x, y) stays under it.
	z.PanX = (x - a.CX) - (x-a.CX-z.PanX)*k/old
	z.PanY = (y - a.CY) - (y-a.CY-z.PanY)*k/old
	z.Zoom = k
	z.clamp(a)
}

// PanBy shifts the view by (dx, dy) device pixels, within limits.
func (z *ZoomPan) PanBy(a Area, dx, dy float64) {
	z.PanX += dx
	z.PanY += dy
	z.clamp(a)
}

// clamp keeps the magnified picture over the whole panel: its edges never
// come inside the panel's.
func (z *ZoomPan) clamp(a Area) {
	k := z.zoom()
	mx, my := (k-1)*a.HalfW, (k-1)*a.HalfH
	z.PanX = math.Max(-mx, math.Min(mx, z.PanX))
	z.PanY = math.Max(-my, math.Min(my, z.PanY))
	if k == 1 {
		z.PanX, z.PanY = 0, 0
	}
}

// Consumed reports whether this tick's pointer release ended a drag, a
// pinch or a double tap, so it is not also a click on the scene.
func (z *ZoomPan) Consumed() bool { return z.consumed }

// Update reads one tick's input. at tells which area the point (x, y) is
// in (false when it is over none: gestures start only over an area); slop
// is how far, in device pixels, a press must move to become a drag. It
// reports whether the view changed.
func (z *ZoomPan) Update(in *Input, at func(x, y float64) (Area, bool), slop float64) bool {
	z.tick++
	z.consumed = false
	oldZ, oldX, oldY := z.Zoom, z.PanX, z.PanY

	// Two fingers: pinch to zoom about their middle, and pan with it.
	if in.Second && in.Down {
		mx, my := (in.X+in.X2)/2, (in.Y+in.Y2)/2
		d := math.Hypot(in.X2-in.X, in.Y2-in.Y)
		if !z.pinching {
			if a, ok := at(mx, my); ok && d > 0 {
				z.pinching, z.area = true, a
				z.pinchDist, z.pinchZoom = d, z.zoom()
				z.pinchMidX, z.pinchMidY = mx, my
				z.pinchPanX, z.pinchPanY = z.PanX, z.PanY
			}
		} else if d > 0 {
			// Zoom about where the pinch started, then follow its middle.
			z.PanX, z.PanY, z.Zoom = z.pinchPanX, z.pinchPanY, z.pinchZoom
			z.ZoomAt(z.area, z.pinchMidX, z.pinchMidY, z.pinchZoom*d/z.pinchDist)
			z.PanBy(z.area, mx-z.pinchMidX, my-z.pinchMidY)
		}
		z.pressed, z.dragging = false, false // the first finger's drag ends
		return z.Zoom != oldZ || z.PanX != oldX || z.PanY != oldY
	}
	if z.pinching && !in.Down {
		z.pinching = false
		z.consumed = in.Released
		z.tapTick = -doubleTapTicks // a pinch's release is no tap
		return false
	}
	if z.pinching {
		// One finger left down after a pinch: carry on as a drag.
		z.pinching = false
		z.pressed, z.dragging = true, true
		z.lastX, z.lastY = in.X, in.Y
	}

	// The wheel zooms about the pointer.
	if in.WheelY != 0 {
		if a, ok := at(in.X, in.Y); ok {
			k := wheelZoom
			if in.WheelY < 0 {
				k = 1 / k
			}
			z.ZoomAt(a, in.X, in.Y, z.zoom()*k)
		}
	}

	// One pointer: a press over an area may become a drag (when zoomed in).
	switch {
	case in.Pressed:
		if a, ok := at(in.X, in.Y); ok {
			z.pressed, z.dragging, z.area = true, false, a
			z.pressX, z.pressY, z.lastX, z.lastY = in.X, in.Y, in.X, in.Y
		}
	case in.Down && z.pressed:
		if !z.dragging && math.Hypot(in.X-z.pressX, in.Y-z.pressY) > slop && z.zoom() > 1 {
			z.dragging = true
		}
		if z.dragging {
			z.PanBy(z.area, in.X-z.lastX, in.Y-z.lastY)
		}
		z.lastX, z.lastY = in.X, in.Y
	}
	if in.Released && z.pressed {
		z.pressed = false
		if z.dragging {
			z.dragging, z.consumed = false, true
		} else if _, ok := at(in.X, in.Y); ok {
			// A tap: the second of two quick taps resets a zoomed view
			// and zooms a fitted one in, about the tap. (Both taps are
			// still clicks: their play/pause toggles cancel out.)
			if z.tick-z.tapTick <= doubleTapTicks && math.Hypot(in.X-z.tapX, in.Y-z.tapY) <= 4*slop {
				if z.Zoomed() {
					z.Reset()
				} else if a, ok := at(in.X, in.Y); ok {
					z.ZoomAt(a, in.X, in.Y, 2)
				}
				z.tapTick = -doubleTapTicks
			} else {
				z.tapTick, z.tapX, z.tapY = z.tick, in.X, in.Y
			}
		}
	}
	return z.Zoom != oldZ || z.PanX != oldX || z.PanY != oldY
}
