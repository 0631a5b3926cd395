//go:build !js

package page

// Mirror does nothing outside the browser.
func Mirror(ws []Widget) {}

// Announce does nothing outside the browser.
func Announce(text string) {}
