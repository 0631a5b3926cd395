// Package ui owns the app's on-canvas controls: a small widget set (Button,
// Toggle, Segmented, Slider), the Panel that gives them keyboard focus, the
// per-tick Input they read, and the Theme they are drawn with.
//
// The model follows Ebitengine's examples/ui (a widget is a rectangle with
// Update, Draw and an action callback) and debugui (Update reports whether
// the UI captured the pointer so the scene can ignore it), written afresh.
//
// Widget logic reads only an Input value, so it is tested without a window;
// ReadInput fills that value from Ebitengine once per tick. Every length is
// in device pixels; the Theme's Scale turns CSS pixels into device pixels.
// Labels and value texts are set by the owner, already translated, so the
// widget list can be mirrored into real HTML controls for screen readers.
//
// Drawing allocates nothing in steady state: text comes from a text.Cache
// and rounded shapes from nine-slice textures cached per radius.
package ui
