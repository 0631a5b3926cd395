//go:build js

package page

import (
	"strings"
	"syscall/js"
)

// ShowShare opens the page's share panel (web/share.js) with the link of
// s.State and its iframe snippet; the panel draws the link's QR code
// (web/qr.js) and puts every text in as text or a field's value, never as
// HTML. The event's detail is [lang, theme, link, snippet, then the texts
// in the order of ShareKeys].
func ShowShare(s Share) {
	url, _, _ := strings.Cut(js.Global().Get("location").Get("href").String(), "?")
	url, _, _ = strings.Cut(url, "#")
	if q := ShareQuery(s.State); q != "" {
		url += "?" + q
	}
	emit("spinefusion:share", append([]string{s.State.Lang, s.Theme, url, Snippet(url, s.Texts[8])}, s.Texts...))
}
