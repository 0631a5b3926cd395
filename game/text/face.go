package text

import (
	"fmt"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

var (
	parseOnce sync.Once
	regular   *opentype.Font
	parseErr  error
)

// parsed returns the parsed Go font (regular). Bold text is the regular
// face drawn with a little horizontal smear (see embolden): the Go Bold
// font would add about 80 kB (brotli) to every download. The font ships
// with x/image, so a parse error is a programming error and panics.
func parsed() *opentype.Font {
	parseOnce.Do(func() {
		regular, parseErr = opentype.Parse(goregular.TTF)
	})
	if parseErr != nil {
		panic(fmt.Sprintf("text: parsing the Go font: %v", parseErr))
	}
	return regular
}

// embolden is how far, in pixels, bold text at size is smeared sideways:
// about a sixteenth of the size, which thickens the Go font's stems the
// way its bold weight does.
func embolden(size float64, bold bool) float64 {
	if !bold {
		return 0
	}
	return math.Max(0.6, size/16)
}

// faceKey names one face: a weight at a pixel size.
type faceKey struct {
	size float64
	bold bool
}

// face is an opentype face with its line metrics rounded to whole pixels.
type face struct {
	font.Face
	ascent, descent, lineHeight int
	cache                       glyphCache // see glyphs.go
}

// newFace builds the face for k: full hinting at 72 DPI, so Size is in
// device pixels.
func newFace(k faceKey) *face {
	f, err := opentype.NewFace(parsed(), &opentype.FaceOptions{
		Size:    k.size,
		DPI:     72,
		Hinting: font.HintingFull,
	})
	if err != nil {
		panic(fmt.Sprintf("text: face %v: %v", k, err))
	}
	m := f.Metrics()
	return &face{
		Face:       f,
		ascent:     m.Ascent.Ceil(),
		descent:    m.Descent.Ceil(),
		lineHeight: int(math.Max(float64(m.Height.Ceil()), float64(m.Ascent.Ceil()+m.Descent.Ceil()))),
	}
}

// maxFaces bounds how many faces a Cache keeps (each has a glyph cache).
const maxFaces = 32

// quantize rounds a text size to a quarter pixel (at least one pixel), so
// nearly equal sizes share one face and one cache entry.
func quantize(size float64) float64 {
	return math.Max(1, math.Round(size*4)/4)
}

// Face returns the Go font face (bold or regular) at size device pixels
// (rounded to a quarter pixel), building it on first use. The cache owns
// it: use it now, do not keep it, as rarely used faces are closed.
func (c *Cache) Face(size float64, bold bool) font.Face {
	return c.face(size, bold)
}

func (c *Cache) face(size float64, bold bool) *face {
	k := faceKey{quantize(size), false} // bold is drawn from the regular face
	f, ok := c.faces.Get(k)
	if !ok {
		f = newFace(k)
		c.faces.Put(k, f)
	}
	return f
}

// LineHeight returns the distance in pixels between the tops of two
// successive lines of text at size and weight.
func (c *Cache) LineHeight(size float64, bold bool) int {
	return c.face(size, bold).lineHeight
}
