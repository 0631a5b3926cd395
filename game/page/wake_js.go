//go:build js

package page

import "syscall/js"

// CanRest reports whether the game loop may wait for Woken while nothing
// changes: in the browser, every outside event that matters signals it.
const CanRest = true

// wakeEvents are the page events that may need the game loop: input of
// any kind, and changes of size, focus and visibility.
var wakeEvents = []string{
	"keydown", "keyup", "pointerdown", "pointermove", "pointerup", "pointercancel",
	"mousedown", "mousemove", "mouseup", "wheel", "touchstart", "touchmove", "touchend",
	"touchcancel", "resize", "focus", "blur", "visibilitychange", "pageshow",
}

// listenForWake signals Wake on every event of wakeEvents, seen on the
// window before anything else handles it. The listeners are passive: they
// never change how the page handles the event.
func listenForWake() {
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		Wake()
		return nil
	})
	opts := map[string]any{"capture": true, "passive": true}
	win := js.Global()
	for _, e := range wakeEvents {
		win.Call("addEventListener", e, f, opts)
	}
	js.Global().Get("document").Call("addEventListener", "visibilitychange", f, opts)
}
