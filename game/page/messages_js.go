//go:build js

package page

import (
	"errors"
	"sync"
	"syscall/js"

	"spinefusion/game/state"
)

// messenger talks with the host page of an embedded app over postMessage:
// it reads the host's messages (ParseMessage decides their shape, Policy
// who may send them) and sends the app's.
type messenger struct {
	h      Host
	parent js.Value

	mu     sync.Mutex
	policy Policy
}

// startMessages listens for the host page's messages when the app runs in a
// frame; it returns nil at the top level, where there is no host to talk
// to.
func startMessages(q state.Query, h Host) *messenger {
	win := js.Global()
	parent := win.Get("parent")
	if parent.IsUndefined() || parent.IsNull() || parent.Equal(win.Get("window")) {
		return nil
	}
	m := &messenger{h: h, parent: parent, policy: Policy{
		Embedded:   true,
		Restricted: q.Restricted,
		Origins:    q.Origins,
		Parent:     parentOrigin(),
	}}
	win.Call("addEventListener", "message", js.FuncOf(m.onMessage))
	return m
}

// onMessage reads one message: only parsing and the state store's Apply,
// never a call into the game.
func (m *messenger) onMessage(this js.Value, args []js.Value) any {
	if len(args) == 0 {
		return nil
	}
	ev := args[0]
	origin := ev.Get("origin").String()
	m.mu.Lock()
	ok := m.policy.Accept(ev.Get("source").Equal(m.parent), origin)
	m.mu.Unlock()
	if !ok {
		return nil
	}
	data, ok := stringify(ev.Get("data"))
	if !ok {
		return nil // functions, cycles and the like: not a message of ours
	}
	msg, err := ParseMessage(data)
	if errors.Is(err, ErrNotOurs) {
		return nil
	}
	if err != nil {
		m.refuse(origin, err.Error())
		return nil
	}
	m.mu.Lock()
	if !m.policy.Restricted && origin != "null" {
		m.policy.Parent = origin // now known for sure
	}
	m.mu.Unlock()
	switch msg.Type {
	case MsgGet:
		st, _ := m.h.Store.Get()
		m.send(MsgState, m.h.Snapshot(st))
	case MsgSet:
		if ign := ApplyAll(m.h.Store, msg.State); len(ign) > 0 {
			m.refuse(origin, MsgSet+" changed nothing: "+state.Explain(ign, noticeItems))
		}
		// The change reaches the host with the next state message.
	}
	return nil
}

// refuse tells an accepted sender why its message was refused, and says so
// in the console.
func (m *messenger) refuse(origin, reason string) {
	warn("spinefusion: refused a message from " + origin + ": " + reason)
	if target, ok := m.policy.ErrorTarget(origin); ok {
		post(m.parent, map[string]any{"type": MsgError, "message": reason}, target)
	}
}

// send posts a ready or state message with the page API's state to the
// host page.
func (m *messenger) send(typ string, snapshot map[string]any) {
	m.mu.Lock()
	targets := m.policy.Targets()
	m.mu.Unlock()
	for _, t := range targets {
		post(m.parent, map[string]any{"type": typ, "state": snapshot}, t)
	}
}

// post sends msg to win if its document has the origin target.
func post(win js.Value, msg map[string]any, target string) {
	defer func() { recover() }() // a closed or navigated-away parent
	win.Call("postMessage", toJS(msg), target)
}

// stringify returns a message's data as JSON text, or false if JSON cannot
// carry it.
func stringify(v js.Value) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = "", false
		}
	}()
	r := js.Global().Get("JSON").Call("stringify", v)
	if r.Type() != js.TypeString {
		return "", false
	}
	return r.String(), true
}

// parentOrigin returns the host page's origin when the browser tells it:
// the frame's first ancestor origin, else the referrer's. It returns "" if
// unknown.
func parentOrigin() string {
	loc := js.Global().Get("location")
	if ao := loc.Get("ancestorOrigins"); ao.Type() == js.TypeObject && ao.Length() > 0 {
		if o, ok := state.NormalizeOrigin(ao.Index(0).String()); ok {
			return o
		}
	}
	// The browser's own URL parser gives the referrer's origin ("null"
	// for an opaque one, which NormalizeOrigin refuses).
	ref := js.Global().Get("document").Get("referrer").String()
	if ref == "" {
		return ""
	}
	defer func() { _ = recover() }() // new URL throws on a malformed one: unknown
	if o, ok := state.NormalizeOrigin(js.Global().Get("URL").New(ref).Get("origin").String()); ok {
		return o
	}
	return ""
}
