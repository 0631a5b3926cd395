//go:build js

package page

import (
	"strconv"
	"syscall/js"
)

// The mirror is a visually hidden layer of real HTML controls generated from
// the canvas's widget list and kept in sync with it, so that screen readers
// and switch access operate the same controls. Its elements are made once
// per widget and updated in place, so focus stays where it is.
var mirror struct {
	root, live js.Value
	items      map[int]*mirrorItem
}

type mirrorItem struct {
	role   string
	el     js.Value   // the control, or the group
	inputs []js.Value // a radio group's inputs
	labels []js.Value // their label texts
	funcs  []js.Func
}

func doc() js.Value { return js.Global().Get("document") }

// hideVisually keeps an element available to assistive technology but off
// screen, with style.css's visually-hidden class.
func hideVisually(el js.Value) {
	el.Get("classList").Call("add", "visually-hidden") // style.css
}

func ensureRoot() {
	if !mirror.root.IsUndefined() && !mirror.root.IsNull() {
		return
	}
	d := doc()
	mirror.root = d.Call("createElement", "div")
	mirror.root.Set("id", "sf-controls")
	mirror.root.Call("setAttribute", "role", "group")
	mirror.root.Call("setAttribute", "aria-label", "Spinal Fusion Explorer controls")
	hideVisually(mirror.root)
	d.Get("body").Call("appendChild", mirror.root)
	mirror.root.Call("addEventListener", "keydown", js.FuncOf(forwardShortcut))
	mirror.live = d.Call("createElement", "div")
	mirror.live.Set("id", "sf-live")
	mirror.live.Call("setAttribute", "role", "status")
	mirror.live.Call("setAttribute", "aria-live", "polite")
	hideVisually(mirror.live)
	d.Get("body").Call("appendChild", mirror.live)
	mirror.items = map[int]*mirrorItem{}
}

// Mirror brings the hidden HTML controls in line with the widget list.
func Mirror(ws []Widget) {
	ensureRoot()
	seen := map[int]bool{}
	for _, w := range ws {
		seen[w.Index] = true
		it := mirror.items[w.Index]
		if it == nil || it.role != w.Role || len(it.inputs) != len(w.Options) {
			if it != nil {
				it.release()
			}
			it = newMirrorItem(w)
			mirror.items[w.Index] = it
			mirror.root.Call("appendChild", it.el)
		}
		it.update(w)
	}
	for i, it := range mirror.items {
		if !seen[i] {
			it.el.Set("hidden", true)
		}
	}
}

// Announce says text politely to screen readers.
func Announce(text string) {
	ensureRoot()
	if mirror.live.Get("textContent").String() != text {
		mirror.live.Set("textContent", text)
	}
}

func (it *mirrorItem) release() {
	it.el.Call("remove")
	for _, f := range it.funcs {
		f.Release()
	}
}

func (it *mirrorItem) on(el js.Value, event string, fn func(js.Value)) {
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 {
			fn(args[0])
		}
		return nil
	})
	it.funcs = append(it.funcs, f)
	el.Call("addEventListener", event, f)
}

func newMirrorItem(w Widget) *mirrorItem {
	d := doc()
	it := &mirrorItem{role: w.Role}
	idx := w.Index
	focus := func(js.Value) { queue(Action{Index: idx, Kind: ActFocus}) }
	switch w.Role {
	case "radiogroup":
		it.el = d.Call("createElement", "fieldset")
		legend := d.Call("createElement", "legend")
		it.el.Call("appendChild", legend)
		for i := range w.Options {
			lab := d.Call("createElement", "label")
			in := d.Call("createElement", "input")
			in.Set("type", "radio")
			in.Set("name", "sf-group-"+strconv.Itoa(idx))
			opt := i
			it.on(in, "change", func(js.Value) { queue(Action{Index: idx, Kind: ActSelect, Option: opt}) })
			it.on(in, "focus", focus)
			text := d.Call("createElement", "span")
			lab.Call("appendChild", in)
			lab.Call("appendChild", text)
			it.el.Call("appendChild", lab)
			it.inputs = append(it.inputs, in)
			it.labels = append(it.labels, text)
		}
	case "slider":
		it.el = d.Call("createElement", "input")
		it.el.Set("type", "range")
		it.on(it.el, "input", func(e js.Value) {
			v, err := strconv.ParseFloat(e.Get("target").Get("value").String(), 64)
			if err == nil {
				queue(Action{Index: idx, Kind: ActSet, Num: v})
			}
		})
		it.on(it.el, "focus", focus)
	default: // button and switch
		it.el = d.Call("createElement", "button")
		it.el.Set("type", "button")
		if w.Role == "switch" {
			it.el.Call("setAttribute", "role", "switch")
			it.on(it.el, "click", func(js.Value) { queue(Action{Index: idx, Kind: ActFlip}) })
		} else {
			it.on(it.el, "click", func(js.Value) { queue(Action{Index: idx, Kind: ActPress}) })
		}
		it.on(it.el, "focus", focus)
	}
	return it
}

func setIf(el js.Value, prop string, v any) {
	if el.Get(prop).Equal(js.ValueOf(v)) {
		return
	}
	el.Set(prop, v)
}

func attrIf(el js.Value, name, v string) {
	if el.Call("getAttribute", name).Equal(js.ValueOf(v)) {
		return
	}
	el.Call("setAttribute", name, v)
}

func (it *mirrorItem) update(w Widget) {
	setIf(it.el, "hidden", false)
	setIf(it.el, "disabled", w.Disabled) // a fieldset's disables its radios
	switch w.Role {
	case "radiogroup":
		setIf(it.el.Get("firstChild"), "textContent", w.Label)
		for i, in := range it.inputs {
			setIf(it.labels[i], "textContent", w.Options[i].Label)
			setIf(in, "checked", i == w.Selected)
		}
	case "slider":
		attrIf(it.el, "aria-label", w.Label)
		setIf(it.el, "min", strconv.FormatFloat(w.Min, 'g', -1, 64))
		setIf(it.el, "max", strconv.FormatFloat(w.Max, 'g', -1, 64))
		setIf(it.el, "step", strconv.FormatFloat(w.Step, 'g', -1, 64))
		setIf(it.el, "value", strconv.FormatFloat(w.Num, 'g', -1, 64))
		attrIf(it.el, "aria-valuetext", w.Value)
	case "switch":
		setIf(it.el, "textContent", w.Label)
		attrIf(it.el, "aria-checked", strconv.FormatBool(w.On))
	default:
		setIf(it.el, "textContent", w.Label)
	}
}

// forwardShortcut hands the app's own shortcut keys, pressed on a mirrored
// button (where the browser does nothing with them), to the canvas: the
// tour's → and ←, the timeline's Page Up/Down, Home and End, and Esc. The
// canvas takes the focus back as it receives them, so the key's release
// and what follows go to the app too. Radio groups, the slider and text
// keep their own keys.
func forwardShortcut(this js.Value, args []js.Value) any {
	e := args[0]
	if e.Get("target").Get("tagName").String() != "BUTTON" {
		return nil
	}
	switch e.Get("key").String() {
	case "ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Home", "End", "Escape":
	default:
		return nil
	}
	canvas := doc().Call("querySelector", "body > canvas")
	if !canvas.Truthy() {
		return nil
	}
	e.Call("preventDefault")
	init := js.Global().Get("Object").New()
	for _, k := range []string{"key", "code", "shiftKey", "ctrlKey", "altKey", "metaKey"} {
		init.Set(k, e.Get(k))
	}
	canvas.Call("dispatchEvent", js.Global().Get("KeyboardEvent").New("keydown", init))
	return nil
}
