// Package scratch keeps a reusable picture for code that draws on the CPU
// and uploads what it drew at once (Ebitengine's WritePixels copies the
// pixels): one buffer for every picture instead of a new one each, so
// that the first frame, which draws a few hundred of them, makes no
// garbage of them (in the browser, memory touched for the first time is
// dear). No Ebitengine import.
package scratch

import "image"

// Picture is a reusable RGBA picture; the zero value is ready to use.
type Picture struct {
	img image.RGBA
}

// Blank returns the picture w×h pixels, every pixel transparent, with a
// tight stride (4·w bytes, as WritePixels wants). It stays valid until the
// next call.
func (p *Picture) Blank(w, h int) *image.RGBA {
	n := 4 * w * h
	if cap(p.img.Pix) < n {
		// New memory is zero already: clearing it would only touch it
		// for the first time, which is what is dear.
		p.img.Pix = make([]byte, n, max(n, 2*cap(p.img.Pix)))
	} else {
		p.img.Pix = p.img.Pix[:n]
		clear(p.img.Pix)
	}
	p.img.Stride = 4 * w
	p.img.Rect = image.Rect(0, 0, w, h)
	return &p.img
}
