package page

import "strconv"

// Frame is a picture of the scene for the presenter tools to save: RGBA
// pixels (opaque), its size in device pixels, the file name and the
// caption's two lines.
type Frame struct {
	Pix           []byte
	W, H          int
	Name          string
	Caption, Note string
}

// PresentKeys are the translation keys of the presenter tools' words, in
// the order web/present.js expects them.
var PresentKeys = []string{"present.pen", "present.eraser", "present.laser", "present.red", "present.blue",
	"present.yellow", "present.clear", "present.fullscreen", "present.save", "present.done", "present.tool",
	"present.colour"}

// ShareKeys are the translation keys of the share panel's words, in the
// order web/share.js expects them.
var ShareKeys = []string{"share.title", "share.qr", "share.qr.alt", "share.link", "share.copy", "share.copied",
	"share.copy.failed", "share.embed", "share.embed.title", "ui.close"}

func itoa(i int) string { return strconv.Itoa(i) }
