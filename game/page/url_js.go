//go:build js

package page

import (
	"fmt"
	"time"

	"syscall/js"

	"spinefusion/game/state"
)

// How often the link follows the state: the loop looks every pollEvery,
// writes the address at most every writeEvery, and sends a host page at
// most one state message per look.
const (
	pollEvery  = 250 * time.Millisecond
	writeEvery = 500 * time.Millisecond
)

// ReadLink applies the page address's query string to st, which holds the
// defaults, and returns the link to start with StartLink. What the query
// carried that was not used is shown in the page's notice once the app is
// ready, as text only.
func ReadLink(st *state.State, t Translate) *Link {
	l := &Link{Base: *st, T: t}
	// Most visits carry no query: the defaults stand, and the start skips
	// the parser's code, which the first frame would otherwise wait for.
	if search := js.Global().Get("location").Get("search").String(); trimQuestion(search) != "" {
		l.Query = st.ApplyQuery(search)
	}
	return l
}

// StartLink keeps the page's address in step with the state, talks with
// the host page when the app is embedded (see messages_js.go), shows the
// notice of what the address's query ignored once the app is ready, and the
// focus hint in a frame.
func StartLink(l *Link, h Host) {
	m := startMessages(l.Query, h)
	go l.follow(h, m)
}

// follow is the loop that keeps the address and the host page up to date.
// It runs beside the game loop and reads the state only through the store.
func (l *Link) follow(h Host, m *messenger) {
	// The address can wait for the first frame: until then this loop's
	// code (the query's encoder) would only delay it.
	<-framed
	var (
		version   uint64
		first     = true
		ready     bool
		written   = trimQuestion(js.Global().Get("location").Get("search").String())
		pending   string
		lastWrite time.Time
		sent      state.State // the last state sent to the host, posture-blind while playing
		encoded   state.State // the state pending was encoded from, likewise
		hint      *focusHint
	)
	for ; ; time.Sleep(pollEvery) {
		st, v := h.Store.Get()
		if !ready && !api.IsUndefined() && api.Get("ready").Truthy() {
			ready = true
			l.showNotice(st.Lang)
			if m != nil {
				hint = startFocusHint()
				hint.setText(l.T(st.Lang, "embed.focus"))
				m.send(MsgReady, h.Snapshot(st))
				sent = coalesced(st)
			}
		}
		if v != version || first {
			first = false
			version = v
			// While playing only the posture moves, and the address
			// leaves it out: encode only what the address would show.
			if c := coalesced(st); c != encoded || pending == "" {
				pending, encoded = state.EncodeQuery(st, l.Base, l.Query), c
			}
			if ready && m != nil {
				if c := coalesced(st); c != sent {
					m.send(MsgState, h.Snapshot(st))
					if st.Lang != sent.Lang {
						hint.setText(l.T(st.Lang, "embed.focus"))
					}
					sent = c
				}
			}
		}
		if pending != written && time.Since(lastWrite) >= writeEvery {
			writeAddress(pending)
			written, lastWrite = pending, time.Now()
		}
	}
}

// coalesced is the state as the host hears of it: while playing, the
// posture moves every frame and is not news.
func coalesced(st state.State) state.State {
	if st.Playing {
		st.Posture = 0
	}
	return st
}

func trimQuestion(s string) string {
	if len(s) > 0 && s[0] == '?' {
		return s[1:]
	}
	return s
}

// writeAddress replaces the page's address with one carrying query, keeping
// its path and fragment, without adding to the history.
func writeAddress(query string) {
	loc := js.Global().Get("location")
	u := loc.Get("pathname").String()
	if query != "" {
		u += "?" + query
	}
	u += loc.Get("hash").String()
	history := js.Global().Get("history")
	func() {
		// A browser may refuse (e.g. too many calls); the next change retries.
		defer func() { recover() }()
		history.Call("replaceState", history.Get("state"), "", u)
	}()
}

// showNotice shows, in the page's notice element, what the address's query
// carried that was not used. The text goes in with textContent only.
func (l *Link) showNotice(lang string) {
	if len(l.Query.Ignored) == 0 {
		return
	}
	doc := js.Global().Get("document")
	box, text, close := doc.Call("getElementById", "notice"), doc.Call("getElementById", "notice-text"), doc.Call("getElementById", "notice-close")
	if box.IsNull() || text.IsNull() || close.IsNull() {
		return
	}
	text.Set("textContent", fmt.Sprintf(l.T(lang, "link.ignored"), state.Explain(l.Query.Ignored, noticeItems)))
	label := l.T(lang, "ui.close")
	close.Call("setAttribute", "aria-label", label)
	close.Call("setAttribute", "title", label)
	close.Set("hidden", false)
	box.Get("classList").Call("add", "shown")
	close.Call("addEventListener", "click", js.FuncOf(func(this js.Value, args []js.Value) any {
		box.Set("hidden", true)
		return nil
	}), map[string]any{"once": true})
}
