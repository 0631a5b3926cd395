//go:build !js

package page

import "spinefusion/game/state"

// ReadLink returns a link that changes nothing outside the browser, where
// there is no address.
func ReadLink(st *state.State, t Translate) *Link { return &Link{Base: *st, T: t} }

// StartLink does nothing outside the browser.
func StartLink(l *Link, h Host) {}
