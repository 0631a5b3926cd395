//go:build !js

package main

// startPage does nothing outside the browser.
func startPage(version string) {}

// frameDrawn does nothing outside the browser.
func frameDrawn() {}

// mark does nothing outside the browser.
func mark(string) {}
