package page

import "spinefusion/game/state"

// Translate returns the text for key in the language lang.
type Translate func(lang, key string) string

// Link is what the page's address carried when the app started, kept to
// write the address back as the state changes (see ReadLink and
// StartLink).
type Link struct {
	// Base is the state before the address was read: the defaults in the
	// browser's language. The address holds only what differs from it, so
	// a reload in the same browser gives the same state back.
	Base state.State
	// Query is what the address carried besides the state: the tour step,
	// the host-page origins allowed, reducedMotion, and what was ignored.
	Query state.Query
	// T translates the page's own notes (the notice and the focus hint).
	T Translate
}

// noticeItems is how many ignored parameters the notice names before
// saying how many more there were.
const noticeItems = 5
