package scene

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// labelSheet keeps copies of the level labels' text images (the names and
// angle readouts beside a spine, white on transparent) on one image, so
// that a spine's labels are drawn in one call (a quadBatch) instead of one
// DrawImage call each: they were a third of a playing frame's calls. A
// label is copied on when a playing frame (the panels alone) draws it,
// never in a whole frame, so the first frame and its dry pass (see
// game.warm) upload and draw just as they did; until then it is drawn from
// the text cache. When the sheet is full it starts again empty.
type labelSheet struct {
	img    *ebiten.Image
	placed map[labelKey]labelPlace
	// x, y and rowH are where the next label goes: rows left to right,
	// top to bottom.
	x, y, rowH int
	full       bool
	batch      quadBatch
	copyOp     ebiten.DrawImageOptions
}

// labelSheetW and labelSheetH are the sheet's size in pixels: room for a
// few hundred labels even on a projector's large text.
const labelSheetW, labelSheetH = 1024, 512

// maxSheetLabels is how many labels a sheet holds at most.
const maxSheetLabels = 512

type labelKey struct {
	s    string
	size float64
	bold bool
}

// labelPlace is a label on the sheet: the part holding its image, where
// its line box's top-left corner lies in that part, and its width.
type labelPlace struct {
	r      image.Rectangle
	origin image.Point
	w      int
}

// draw draws one line of s at size with the top of its line box at y, its
// end at x (right-aligned), tinted cs: what tc.DrawScaled draws, batched
// when the label is on the sheet. adding allows copying it on. Flush the
// sheet's batch after the labels.
func (l *labelSheet) draw(dst *ebiten.Image, tc *text.Cache, s string, size float64, bold bool, x, y float64, cs ebiten.ColorScale, adding bool) {
	p, ok := l.placed[labelKey{s, size, bold}]
	if !ok && adding {
		p, ok = l.add(tc, s, size, bold)
	}
	if !ok {
		l.batch.flush() // keep the drawing order
		tc.DrawScaled(dst, s, size, bold, x, y, text.Right, cs)
		return
	}
	var g ebiten.GeoM
	g.Translate(math.Round(x-float64(p.w))-float64(p.origin.X), math.Round(y)-float64(p.origin.Y))
	l.batch.quad(dst, l.img, p.r, &g, cs, ebiten.FilterNearest)
}

// add copies the text cache's image of the label onto the sheet, if there
// is room.
func (l *labelSheet) add(tc *text.Cache, s string, size float64, bold bool) (labelPlace, bool) {
	src, origin := tc.Image(s, size, bold)
	if src == nil || l.full {
		return labelPlace{}, false
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if w > labelSheetW || h > labelSheetH {
		return labelPlace{}, false // never fits: always drawn from the cache
	}
	if l.x > 0 && l.x+w > labelSheetW {
		l.x, l.y, l.rowH = 0, l.y+l.rowH+gutter, 0
	}
	if l.x+w > labelSheetW || l.y+h > labelSheetH || len(l.placed) >= maxSheetLabels {
		l.full = true
		return labelPlace{}, false
	}
	if l.img == nil {
		l.img = ebiten.NewImage(labelSheetW, labelSheetH)
		// Made at its full size once: a map that grew as readouts came
		// and went would keep taking memory while the spines play.
		l.placed = make(map[labelKey]labelPlace, maxSheetLabels)
	}
	op := &l.copyOp
	op.GeoM.Reset()
	op.GeoM.Translate(float64(l.x), float64(l.y))
	op.Blend = ebiten.BlendCopy
	l.img.DrawImage(src, op)
	adv, _ := tc.Measure(s, size, bold)
	p := labelPlace{r: image.Rect(l.x, l.y, l.x+w, l.y+h), origin: origin, w: adv}
	l.placed[labelKey{s, size, bold}] = p
	l.x += w + gutter
	l.rowH = max(l.rowH, h)
	return p, true
}

// reset empties a full sheet; call it before drawing labels, with the
// batch flushed.
func (l *labelSheet) reset() {
	if !l.full || l.img == nil {
		return
	}
	l.img.Clear()
	clear(l.placed)
	l.x, l.y, l.rowH, l.full = 0, 0, 0, false
}
