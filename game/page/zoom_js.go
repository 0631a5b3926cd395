//go:build js

package page

import (
	"strconv"
	"syscall/js"
)

// zoomWatched is set once watchZoom has installed its listeners.
var zoomWatched bool

// watchZoom wakes a resting game loop when the canvas changes size (a
// resize of the canvas clears it, and Ebitengine learns of it through a
// ResizeObserver, after the window's resize event) and when the page's zoom
// (devicePixelRatio) changes, so the picture is drawn again at once.
func watchZoom() {
	if zoomWatched {
		return
	}
	canvas := doc().Call("querySelector", "body > canvas")
	if !canvas.Truthy() {
		return
	}
	zoomWatched = true
	if ro := js.Global().Get("ResizeObserver"); ro.Truthy() {
		obs := ro.New(js.FuncOf(func(this js.Value, args []js.Value) any {
			Wake()
			return nil
		}))
		obs.Call("observe", canvas)
	}
	var listen func()
	var onChange js.Func
	var mq js.Value
	onChange = js.FuncOf(func(this js.Value, args []js.Value) any {
		Wake()
		mq.Call("removeEventListener", "change", onChange)
		listen() // the query names the old ratio: watch the new one
		return nil
	})
	listen = func() {
		if js.Global().Get("matchMedia").Type() != js.TypeFunction {
			return
		}
		r := DeviceScale()
		mq = js.Global().Call("matchMedia", "(resolution: "+strconv.FormatFloat(r, 'f', -1, 64)+"dppx)")
		mq.Call("addEventListener", "change", onChange)
	}
	listen()
}
