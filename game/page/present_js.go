//go:build js

package page

import (
	"encoding/json"
	"syscall/js"
)

// The share panel (web/share.js) and the presenter tools (web/present.js)
// are parts of the page. The app talks to them with window events whose
// detail is a list of strings (emit); they ask the app for a picture of the
// frame with a "spinefusion:export" event, which only queues an action for
// Update.

func init() {
	js.Global().Call("addEventListener", "spinefusion:export", js.FuncOf(func(this js.Value, args []js.Value) any {
		queue(Action{Index: -1, Kind: ActExport})
		return nil
	}))
}

// emit dispatches the window event name with items as its detail (an
// array of strings, through JSON), and returns the detail.
func emit(name string, items []string) js.Value {
	b, _ := json.Marshal(items)
	detail := js.Global().Get("JSON").Call("parse", string(b))
	js.Global().Call("dispatchEvent", js.Global().Get("CustomEvent").New(name, map[string]any{"detail": detail}))
	return detail
}

// Presenter shows the presenter tools (or hides them if shown, when
// toggle) with their words, in the order of PresentKeys, in language lang.
func Presenter(toggle bool, lang string, texts []string) {
	t := "0"
	if toggle {
		t = "1"
	}
	emit("spinefusion:present", append([]string{t, lang}, texts...))
}

// SaveFrame hands f to the presenter tools, which add the drawings and
// the caption and offer it as a PNG download.
func SaveFrame(f Frame) {
	pix := js.Global().Get("Uint8ClampedArray").New(len(f.Pix))
	js.CopyBytesToJS(js.Global().Get("Uint8Array").New(pix.Get("buffer")), f.Pix)
	js.Global().Set("__spinefusionFrame", pix) // picked up (and deleted) by present.js
	emit("spinefusion:frame", []string{itoa(f.W), itoa(f.H), f.Name, f.Caption, f.Note})
}
