package scene

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// spriteSheet cuts many sprites from one image, so that a pass drawing
// them all (a spine's bones, say) is one DrawTriangles call of a quadBatch
// rather than one DrawImage call per sprite: Ebitengine spends a few
// microseconds of bookkeeping on each call, whatever it draws, and the
// spines' sprites were a third of a playing frame's calls. Sprites are
// added (measured) first; build then packs them in rows, paints them on
// the CPU into one picture and uploads it once.
type spriteSheet struct {
	parts []sheetPart
	pages []*ebiten.Image
}

// sheetPart is one sprite's place on the sheet.
type sheetPart struct {
	sprite *Sprite
	layers []layer
	page   int
	r      image.Rectangle
}

// maxPage is the largest side of a sheet's page, in pixels: well within
// any WebGL's texture size and Ebitengine's shared atlas, on which a
// page's draws still merge with other images' draws. A sprite larger than
// that gets a page of its own size.
const maxPage = 2048

// gutter is the transparent gap between sprites on a sheet, in pixels, as
// Ebitengine keeps around the images of its atlas: linear filtering at a
// sprite's edge reads transparent pixels beyond it, as it would on an
// image of its own.
const gutter = 1

// add measures the sprite that layers make at scale and sets *sp to it;
// its Image is set by build. An empty sprite stays empty (no image).
func (sh *spriteSheet) add(sp *Sprite, scale float64, layers ...layer) {
	s, w, h := measure(scale, layers)
	*sp = s
	if w == 0 {
		return
	}
	sh.parts = append(sh.parts, sheetPart{sprite: sp, layers: layers, r: image.Rect(0, 0, w, h)})
}

// build places the sprites added so far, paints them and uploads the
// pages; each sprite's Image becomes a sub-image of its page.
func (sh *spriteSheet) build() {
	for p, size := range sh.pack() {
		sh.pages = append(sh.pages, sh.paintPage(p, size).upload())
	}
	for i := range sh.parts {
		part := &sh.parts[i]
		page := sh.pages[part.page]
		part.sprite.sheet = page
		part.sprite.Image = page.SubImage(part.r).(*ebiten.Image)
		part.layers = nil // the shapes are not needed any more
	}
}

// pack places the parts in rows, left to right and top to bottom, on
// pages about as wide as they are tall, and returns each page's size.
func (sh *spriteSheet) pack() []image.Point {
	area, widest := 0, 0
	for _, p := range sh.parts {
		area += (p.r.Dx() + gutter) * (p.r.Dy() + gutter)
		widest = max(widest, p.r.Dx())
	}
	width := min(maxPage, max(widest, int(math.Ceil(math.Sqrt(float64(area))*1.1))))
	var sizes []image.Point
	x, y, rowH, page := 0, 0, 0, -1
	for i := range sh.parts {
		part := &sh.parts[i]
		w, h := part.r.Dx(), part.r.Dy()
		if x > 0 && x+w > width { // next row
			x, y, rowH = 0, y+rowH+gutter, 0
		}
		if page < 0 || (y > 0 && y+h > maxPage) { // next page
			x, y, rowH, page = 0, 0, 0, page+1
			sizes = append(sizes, image.Point{})
		}
		part.page = page
		part.r = image.Rect(x, y, x+w, y+h)
		sizes[page] = image.Pt(max(sizes[page].X, x+w), max(sizes[page].Y, y+h))
		x += w + gutter
		rowH = max(rowH, h)
	}
	return sizes
}

// paintPage paints the parts placed on page p, of the given size, into the
// shared raster and returns it.
func (sh *spriteSheet) paintPage(p int, size image.Point) *cpuRaster {
	r := theRaster.begin(size.X, size.Y)
	for i := range sh.parts {
		if part := &sh.parts[i]; part.page == p {
			paint(r.within(part.r), part.sprite, part.layers)
		}
	}
	return r
}

// dispose frees the pages, and with them every sprite cut from them.
func (sh *spriteSheet) dispose() {
	for _, p := range sh.pages {
		p.Deallocate()
	}
	sh.pages = nil
}
