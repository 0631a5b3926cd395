//go:build !js

package page

// Start does nothing outside the browser.
func Start(h Host) {}

// Mark does nothing outside the browser.
func Mark(string) {}

// FrameDrawn does nothing outside the browser.
func FrameDrawn() {}

// Languages returns no preference outside the browser.
func Languages() []string { return nil }

// DeviceScale returns 1 outside the browser; Ebitengine's monitor scale is
// used there instead.
func DeviceScale() float64 { return 1 }

// Preferences reports no preference outside the browser.
func Preferences() Prefs { return Prefs{} }

// CanRest is false outside the browser: the desktop loop is not woken by
// page events, so it never waits for them.
const CanRest = false
