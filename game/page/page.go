// Package page is the seam between the app and the web page around it: the
// page API (window.spinefusion), the browser's language, and telling the page
// when the first frame is drawn. On other platforms it does nothing.
//
// JavaScript callbacks never reach into the game loop: they go through the
// state store's lock, the same door every other change uses.
package page

import (
	"sync"

	"spinefusion/game/state"
)

// Host is what the page API needs from the app.
type Host struct {
	// Store holds the state the API reads and changes.
	Store *state.Store
	// Snapshot returns the state as the API shows it: the state keys plus
	// the read-only segments.
	Snapshot func(state.State) map[string]any
	// Describe returns a sentence or two about what is on screen.
	Describe func(state.State) string
	// Version is the app's version string.
	Version string
}

// Widget describes one on-screen control for the page: its role, label,
// value text and where it is, in CSS pixels. The list lets tests and
// assistive technology find and operate the canvas's controls.
type Widget struct {
	// Index is the widget's place in the game's widget list; actions name
	// it.
	Index              int
	Role, Label, Value string
	X, Y, W, H         float64
	Focused            bool
	// Disabled is set for a control that cannot be changed for now.
	Disabled bool
	// Options are a radio group's choices, Selected the chosen one.
	Options  []Option
	Selected int
	// Min, Max, Step and Num are a slider's range and value; On is a
	// switch's state.
	Min, Max, Step, Num float64
	On                  bool
}

// Option is one choice of a radio group, with where it is on screen.
type Option struct {
	Label      string
	X, Y, W, H float64
}

var (
	widgetsMu sync.Mutex
	widgets   []Widget
	panels    []Rect
	zoom      float64
)

// Rect is a rectangle in CSS pixels.
type Rect struct{ X, Y, W, H float64 }

// PublishScene tells the page where the spine panels are and how far the
// spines are zoomed (1 = fitted), for tests and tools.
func PublishScene(ps []Rect, z float64) {
	widgetsMu.Lock()
	defer widgetsMu.Unlock()
	panels, zoom = ps, z
}

// Scene returns the last published panels and zoom.
func Scene() ([]Rect, float64) {
	widgetsMu.Lock()
	defer widgetsMu.Unlock()
	return panels, zoom
}

// PublishWidgets replaces the list of controls the page can read.
func PublishWidgets(ws []Widget) {
	widgetsMu.Lock()
	defer widgetsMu.Unlock()
	widgets = ws
}

// Widgets returns the last published list of controls.
func Widgets() []Widget {
	widgetsMu.Lock()
	defer widgetsMu.Unlock()
	return widgets
}

// Prefs are the person's display preferences as the browser reports them.
type Prefs struct {
	// ReducedMotion: prefers-reduced-motion: reduce.
	ReducedMotion bool
	// MoreContrast: prefers-contrast: more, or forced colours.
	MoreContrast bool
	// Dark: prefers-color-scheme: dark.
	Dark bool
}
