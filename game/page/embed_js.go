//go:build js

package page

import "syscall/js"

// focusHint is the page's "Click to use the keyboard" button, shown while
// an embedded app's canvas does not have the keyboard focus. Keys go to the
// canvas only once a click or tap in the frame has given it the focus; an
// embedded app never takes the focus from its host page by itself.
type focusHint struct {
	el js.Value
}

// startFocusHint follows the focus of the page and its canvas and shows or
// hides the hint; it returns nil if the page has no hint element.
func startFocusHint() *focusHint {
	doc := js.Global().Get("document")
	el := doc.Call("getElementById", "focus-hint")
	canvas := doc.Call("querySelector", "body > canvas")
	if el.IsNull() || canvas.IsNull() {
		return nil
	}
	h := &focusHint{el: el}
	check := js.FuncOf(func(this js.Value, args []js.Value) any {
		focused := doc.Call("hasFocus").Truthy() && doc.Get("activeElement").Equal(canvas)
		el.Set("hidden", focused)
		return nil
	})
	// Look once the focus has settled: on a blur, the next element has not
	// received it yet.
	later := js.FuncOf(func(this js.Value, args []js.Value) any {
		js.Global().Call("setTimeout", check, 0)
		return nil
	})
	for _, target := range []js.Value{js.Global(), canvas} {
		target.Call("addEventListener", "focus", later)
		target.Call("addEventListener", "blur", later)
	}
	el.Call("addEventListener", "click", js.FuncOf(func(this js.Value, args []js.Value) any {
		canvas.Call("focus", map[string]any{"preventScroll": true})
		return nil
	}))
	check.Invoke()
	return h
}

// setText sets the hint's words, as text only.
func (h *focusHint) setText(s string) {
	if h != nil {
		h.el.Set("textContent", s)
	}
}
