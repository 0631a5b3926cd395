//go:build !js

package page

// ShowShare does nothing outside the browser.
func ShowShare(s Share) {}
