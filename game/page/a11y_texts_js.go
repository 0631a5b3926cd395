//go:build js

package page

import "syscall/js"

// SetA11yTexts gives the page the current language's words for assistive
// technology: the document's language (so screen readers pick the right
// voice), the canvas's label and the name of the hidden controls' group.
func SetA11yTexts(lang, canvasLabel, controlsLabel string) {
	ensureRoot()
	watchZoom()
	d := doc()
	attrIf(d.Get("documentElement"), "lang", lang)
	attrIf(mirror.root, "aria-label", controlsLabel)
	if c := d.Call("querySelector", "body > canvas"); c.Truthy() {
		attrIf(c, "role", "img")
		attrIf(c, "aria-label", canvasLabel)
		// Ebitengine makes the canvas focusable with tabindex 1, which puts
		// it before everything else in the page's Tab order; 0 keeps the
		// order of the page (the notes above it, then the canvas, then the
		// hidden controls).
		attrIf(c, "tabindex", "0")
	}
}

// tabEdge says whether Tab and Shift+Tab on the canvas would wrap around
// its widgets; the canvas's key handler (Ebitengine's) swallows every key,
// so these keys are kept from it then and the browser moves the focus on
// to the rest of the page: the canvas never traps the keyboard.
var tabEdge struct {
	installed   bool
	first, last bool
}

// SetTabEdges records whether the canvas focus is on its first and on its
// last control (both when there are none).
func SetTabEdges(first, last bool) {
	tabEdge.first, tabEdge.last = first, last
	if tabEdge.installed {
		return
	}
	canvas := doc().Call("querySelector", "body > canvas")
	if !canvas.Truthy() {
		return
	}
	tabEdge.installed = true
	opts := js.Global().Get("Object").New()
	opts.Set("capture", true)
	js.Global().Call("addEventListener", "keydown", js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		if e.Get("key").String() != "Tab" || !e.Get("target").Equal(canvas) ||
			e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
			return nil
		}
		leave := tabEdge.last
		if e.Get("shiftKey").Bool() {
			leave = tabEdge.first
		}
		if leave {
			// The game never hears this Tab; the browser's default
			// (moving the focus on) is left to happen.
			e.Call("stopPropagation")
		}
		return nil
	}), opts)
}
