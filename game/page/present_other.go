//go:build !js

package page

// Presenter does nothing outside the browser.
func Presenter(toggle bool, lang string, texts []string) {}

// SaveFrame does nothing outside the browser.
func SaveFrame(f Frame) {}
