package text

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"spinefusion/game/scratch"
)

// Default limits of a Cache made by NewCache.
const (
	DefaultCacheEntries = 512
	DefaultIdleFrames   = 600 // about ten seconds at 60 frames per second
)

// key names one cached string: comparable, so a hit needs no allocation.
type key struct {
	s    string
	size float64
	bold bool
}

// entry is a measured string and, once drawn, its rasterised image.
type entry struct {
	w, h   int
	img    *ebiten.Image // nil until first drawn, or for an empty string
	origin image.Point   // the line box's top-left corner inside img
	drawn  bool
}

// Cache measures strings and rasterises each (string, size, weight) once
// into a white-on-transparent *ebiten.Image. Entries unused for
// DefaultIdleFrames frames (see EndFrame) or beyond DefaultCacheEntries are
// dropped and their images deallocated, so text that changes every frame
// cannot grow memory without bound.
type Cache struct {
	faces   LRU[faceKey, *face]
	entries LRU[key, *entry]
	op      ebiten.DrawImageOptions // reused by Draw: no allocation per call
	// scratch is where rasterise draws a string before uploading it.
	scratch scratch.Picture
}

// NewCache returns an empty cache with the default limits.
func NewCache() *Cache {
	c := &Cache{}
	c.faces.Max = maxFaces
	c.faces.OnEvict = func(_ faceKey, f *face) { f.Close() }
	c.entries.Max = DefaultCacheEntries
	c.entries.MaxIdle = DefaultIdleFrames
	c.entries.OnEvict = func(_ key, e *entry) {
		if e.img != nil {
			e.img.Deallocate()
		}
	}
	return c
}

// SetLimits changes how many strings the cache keeps and after how many
// frames without use (0: never) EndFrame drops one.
func (c *Cache) SetLimits(maxEntries, maxIdleFrames int) {
	c.entries.Max = maxEntries
	c.entries.MaxIdle = maxIdleFrames
	c.entries.Trim()
}

// Len returns the number of cached strings.
func (c *Cache) Len() int { return c.entries.Len() }

// EndFrame ages the cache by one frame and drops what has gone unused for
// too long. Call it once at the end of each Draw.
func (c *Cache) EndFrame() { c.entries.EndFrame() }

// Clear drops every cached string and deallocates its image.
func (c *Cache) Clear() { c.entries.Clear() }

// Measure returns the advance width of s and the height of its line box
// (ascent plus descent), in pixels, at size device pixels (rounded to a
// quarter pixel, as everywhere in this package). s is one line.
func (c *Cache) Measure(s string, size float64, bold bool) (w, h int) {
	e := c.lookup(s, size, bold)
	return e.w, e.h
}

// Image returns s rasterised in white on transparent, and the position of
// the line box's top-left corner inside that image: draw it translated by
// (x-origin.X, y-origin.Y) to put the line box's top-left at (x, y). The
// image is nil for an empty string. Do not deallocate it: the cache owns it.
func (c *Cache) Image(s string, size float64, bold bool) (img *ebiten.Image, origin image.Point) {
	e := c.lookup(s, size, bold)
	if !e.drawn {
		c.rasterise(e, s, size, bold)
	}
	return e.img, e.origin
}

func (c *Cache) lookup(s string, size float64, bold bool) *entry {
	size = quantize(size)
	k := key{s, size, bold}
	if e, ok := c.entries.Get(k); ok {
		return e
	}
	f := c.face(size, bold)
	e := &entry{
		w: (font.MeasureString(f, s) + fixed.Int26_6(embolden(size, bold)*64)).Ceil(),
		h: f.ascent + f.descent,
	}
	c.entries.Put(k, e)
	return e
}

// rasterise draws s into an RGBA image once, padded to hold any ink that
// leaves the line box, and uploads it.
func (c *Cache) rasterise(e *entry, s string, size float64, bold bool) {
	e.drawn = true
	if s == "" {
		return
	}
	rgba, origin := c.picture(e, s, size, bold)
	e.img = ebiten.NewImage(rgba.Rect.Dx(), rgba.Rect.Dy())
	e.img.WritePixels(rgba.Pix)
	e.origin = origin
}

// picture draws s on the scratch picture, which it returns with the line
// box's top-left corner in it. It stays valid until the next call.
func (c *Cache) picture(e *entry, s string, size float64, bold bool) (*image.RGBA, image.Point) {
	f := c.face(size, bold)
	ink, _ := font.BoundString(f, s)
	smear := embolden(size, bold)
	x0 := min(0, ink.Min.X.Floor()) - 1
	x1 := max(e.w, ink.Max.X.Ceil()+int(math.Ceil(smear))) + 1
	y0 := min(-f.ascent, ink.Min.Y.Floor()) - 1
	y1 := max(f.descent, ink.Max.Y.Ceil()) + 1
	rgba := c.scratch.Blank(x1-x0, y1-y0)
	dot := fixed.P(-x0, -y0)
	f.drawString(rgba, dot, s)
	// Bold: the same glyphs again, shifted right in steps of at most half
	// a pixel, so the stems thicken smoothly.
	if smear > 0 {
		steps := int(math.Ceil(smear * 2))
		for i := 1; i <= steps; i++ {
			f.drawString(rgba, dot.Add(fixed.Point26_6{X: fixed.Int26_6(smear * 64 * float64(i) / float64(steps))}), s)
		}
	}
	return rgba, image.Pt(-x0, -f.ascent-y0)
}
