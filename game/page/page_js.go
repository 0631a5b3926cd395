//go:build js

package page

import (
	"encoding/json"
	"sync"
	"syscall/js"

	"spinefusion/game/jsondec"
)

// api is window.spinefusion; its functions live as long as the page.
var api js.Value

// framed is closed when the first frame is drawn (FrameDrawn): work the
// first frame does not need waits for it.
var (
	framed     = make(chan struct{})
	framedOnce sync.Once
)

// Start publishes the page API on window.spinefusion.
func Start(h Host) {
	api = js.Global().Get("Object").New()
	api.Set("ready", false)
	api.Set("version", h.Version)
	api.Set("getState", js.FuncOf(func(this js.Value, args []js.Value) any {
		st, _ := h.Store.Get()
		return toJS(h.Snapshot(st))
	}))
	api.Set("setState", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 {
			if partial, ok := fromJS(args[0]); ok {
				for _, ign := range h.Store.Apply(partial) {
					warn("spinefusion.setState ignored " + ign.String())
				}
			} else {
				warn("spinefusion.setState expects an object such as {posture: 0.5}")
			}
		}
		st, _ := h.Store.Get()
		return toJS(h.Snapshot(st))
	}))
	api.Set("describe", js.FuncOf(func(this js.Value, args []js.Value) any {
		st, _ := h.Store.Get()
		return h.Describe(st)
	}))
	api.Set("widgets", js.FuncOf(func(this js.Value, args []js.Value) any {
		out := []widgetJSON{}
		for _, w := range Widgets() {
			out = append(out, widgetJSON{w.Role, w.Label, w.Value, w.X, w.Y, w.W, w.H, w.Focused, w.Disabled})
			for i, o := range w.Options {
				v := ""
				if i == w.Selected {
					v = "selected"
				}
				out = append(out, widgetJSON{"radio", o.Label, v, o.X, o.Y, o.W, o.H, false, w.Disabled})
			}
		}
		b, _ := json.Marshal(out)
		return js.Global().Get("JSON").Call("parse", string(b))
	}))
	api.Set("layout", js.FuncOf(func(this js.Value, args []js.Value) any {
		ps, z := Scene()
		out := js.Global().Get("Array").New()
		for _, p := range ps {
			o := js.Global().Get("Object").New()
			o.Set("x", p.X)
			o.Set("y", p.Y)
			o.Set("width", p.W)
			o.Set("height", p.H)
			out.Call("push", o)
		}
		l := js.Global().Get("Object").New()
		l.Set("panels", out)
		l.Set("zoom", z)
		return l
	}))
	js.Global().Set("spinefusion", api)
	listenForWake()
}

// widgetJSON is one entry of widgets().
type widgetJSON struct {
	Role    string  `json:"role"`
	Label   string  `json:"label"`
	Value   string  `json:"value"`
	X       float64 `json:"x"`
	Y       float64 `json:"y"`
	Width   float64 `json:"width"`
	Height  float64 `json:"height"`
	Focused bool    `json:"focused"`
	// Disabled is there only when true.
	Disabled bool `json:"disabled,omitempty"`
}

// Mark records a named point of the start-up on the page's performance
// timeline ("spinefusion:" + name), which make bench reads to show where the
// time to the first frame goes.
func Mark(name string) {
	js.Global().Get("performance").Call("mark", "spinefusion:"+name)
}

// FrameDrawn tells the page that a frame is on screen; the first call marks
// the app ready.
func FrameDrawn() {
	framedOnce.Do(func() { close(framed) })
	if api.IsUndefined() || api.Get("ready").Bool() {
		return
	}
	api.Set("firstFrameMs", js.Global().Get("performance").Call("now"))
	api.Set("ready", true)
	js.Global().Call("dispatchEvent", js.Global().Get("Event").New("spinefusion:ready"))
}

// Languages returns the browser's preferred languages, best first.
func Languages() []string {
	nav := js.Global().Get("navigator")
	var out []string
	if l := nav.Get("languages"); l.Type() == js.TypeObject {
		for i := 0; i < l.Length(); i++ {
			out = append(out, l.Index(i).String())
		}
	}
	if l := nav.Get("language"); l.Type() == js.TypeString {
		out = append(out, l.String())
	}
	return out
}

// DeviceScale returns window.devicePixelRatio.
func DeviceScale() float64 {
	r := js.Global().Get("devicePixelRatio")
	if r.Type() != js.TypeNumber || !(r.Float() > 0) {
		return 1
	}
	return r.Float()
}

func warn(msg string) { js.Global().Get("console").Call("warn", msg) }

// fromJS turns a plain JavaScript object into a Go map through JSON, which
// also drops functions and other values that JSON cannot carry.
func fromJS(v js.Value) (map[string]any, bool) {
	if v.Type() != js.TypeObject || js.Global().Get("Array").Call("isArray", v).Bool() {
		return nil, false
	}
	var s js.Value
	ok := func() (ok bool) {
		defer func() { ok = recover() == nil }()
		s = js.Global().Get("JSON").Call("stringify", v)
		return
	}()
	if !ok || s.Type() != js.TypeString {
		return nil, false
	}
	var m map[string]any
	if jsondec.Unmarshal([]byte(s.String()), &m) != nil {
		return nil, false
	}
	return m, true
}

// toJS turns a Go map into a fresh JavaScript object through JSON.
func toJS(m map[string]any) js.Value {
	b, err := json.Marshal(m)
	if err != nil {
		return js.Null()
	}
	return js.Global().Get("JSON").Call("parse", string(b))
}

// Preferences reads the person's display preferences from media queries;
// reducedMotion=1 in the page's query also asks for reduced motion.
func Preferences() Prefs {
	mm := js.Global().Get("matchMedia")
	match := func(q string) bool {
		if mm.Type() != js.TypeFunction {
			return false
		}
		return js.Global().Call("matchMedia", q).Get("matches").Bool()
	}
	p := Prefs{
		ReducedMotion: match("(prefers-reduced-motion: reduce)"),
		MoreContrast:  match("(prefers-contrast: more)") || match("(forced-colors: active)"),
		Dark:          match("(prefers-color-scheme: dark)"),
	}
	q := js.Global().Get("URLSearchParams").New(js.Global().Get("location").Get("search"))
	if v := q.Call("get", "reducedMotion"); v.Type() == js.TypeString {
		switch v.String() {
		case "1", "true":
			p.ReducedMotion = true
		case "0", "false":
			p.ReducedMotion = false
		}
	}
	return p
}
