//go:build js

package main

import "syscall/js"

// api is window.spinefusion, with only what make bench reads.
var api js.Value

// startPage publishes window.spinefusion, not yet ready.
func startPage(version string) {
	api = js.Global().Get("Object").New()
	api.Set("ready", false)
	api.Set("version", version)
	js.Global().Set("spinefusion", api)
}

// frameDrawn marks the page ready at the first frame, as the app's
// page.FrameDrawn does.
func frameDrawn() {
	if api.IsUndefined() || api.Get("ready").Bool() {
		return
	}
	api.Set("firstFrameMs", js.Global().Get("performance").Call("now"))
	api.Set("ready", true)
	js.Global().Call("dispatchEvent", js.Global().Get("Event").New("spinefusion:ready"))
}

// mark records a point of the start-up, as the app's page.Mark does.
func mark(name string) {
	js.Global().Get("performance").Call("mark", "spinefusion:"+name)
}
