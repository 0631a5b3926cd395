//go:build !js

package page

// Mirror does nothing outside the browser.
func Mirror(ws []Widget) {}

// Announce does nothing outside the browser.
func Announce(text string) {}

// SetA11yTexts does nothing outside the browser.
func SetA11yTexts(lang, canvasLabel, controlsLabel string) {}

// SetTabEdges does nothing outside the browser.
func SetTabEdges(first, last bool) {}
