package page

import (
	"strings"

	"spinefusion/game/state"
)

// Share is what the share panel shows: the link of the current state, as
// text, QR code and iframe snippet, and the panel's words.
type Share struct {
	// State is the state to share.
	State state.State
	// Theme is the app's theme, which the panel follows.
	Theme string
	// Texts are the panel's words, in the order of ShareKeys.
	Texts []string
}

// ShareQuery is the query string of a link that opens exactly st in a
// fresh page: every key that differs from the plain defaults, and always
// the language (a fresh page would otherwise take its reader's). What the
// address carried besides the state (the host-page origins, the tour step)
// is not shared.
func ShareQuery(st state.State) string {
	base := state.Default()
	base.Lang = "" // always written
	return state.EncodeQuery(st, base, state.Query{})
}

// Snippet sizes: the iframe of the share panel's snippet.
const (
	SnippetWidth  = 960
	SnippetHeight = 540
)

// Snippet returns the HTML of an iframe that embeds url, with its title,
// size and permission for full screen; url and title are escaped.
func Snippet(url, title string) string {
	return `<iframe src="` + attrEscape(url) + `" title="` + attrEscape(title) + `" width="` + itoa(SnippetWidth) +
		`" height="` + itoa(SnippetHeight) + `" style="border:0" allow="fullscreen" loading="lazy"></iframe>`
}

// attrEscape makes s safe inside a double-quoted HTML attribute. (Written
// out: a strings.Replacer adds about 25 kB of code to the download.)
func attrEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
