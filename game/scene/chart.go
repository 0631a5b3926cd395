package scene

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/text"
	"spinefusion/game/ui"
)

// The bar chart of each level's range before and after the fusion. Its
// texts and geometry are built when the figures (rounded to a tenth of a
// degree), the rectangle, the language or the theme change; every other
// frame only places them, so drawing allocates nothing.

// sceneExtras is what the chart and the overlays keep between frames.
type sceneExtras struct {
	themes  map[string]*ui.Theme
	chart   chartCache
	overlay overlayCache
	info    timelineInfo
}

func (s *Scene) extras() *sceneExtras {
	if s.extra.themes == nil {
		s.extra.themes = map[string]*ui.Theme{}
	}
	return &s.extra
}

// uiTheme returns the widgets' theme matching the frame's theme, sharing the
// scene's text cache, at the frame's unit.
func (s *Scene) uiTheme(f *Frame) *ui.Theme {
	e := s.extras()
	name := f.State.Theme
	t, ok := e.themes[name]
	if !ok {
		switch name {
		case "dark":
			t = ui.Dark(1, s.Text)
		case "contrast":
			t = ui.Contrast(1, s.Text)
		default:
			t = ui.Light(1, s.Text)
		}
		e.themes[name] = t
	}
	t.Scale = f.Layout.Unit
	return t
}

// chartRow is one motion segment's row.
type chartRow struct {
	name, before, after string
	fused               bool
	top                 float64 // y of the row's top, device pixels
	wBefore, wAfter     float64 // bar lengths, device pixels
}

// chartTick is one gridline of the degree axis.
type chartTick struct {
	x     float64
	label string
}

// chartKey is what the chart's cache was built for.
type chartKey struct {
	r      image.Rectangle
	unit   float64
	lang   *i18n.Lang
	theme  string
	motion string
}

type chartCache struct {
	key  chartKey
	vals []int32 // tenths of a degree before and after, and fused, by segment
	tmp  []int32
	ok   bool

	card                  image.Rectangle
	title, before, after  string // the title and the legend's words
	titleY, legendX       float64
	fusedWord             string
	showTicks             bool
	rows                  []chartRow
	ticks                 []chartTick
	summary               []string
	headY, rowsTop, tickY float64
	sumTop                float64
	nameX, barX, barW     float64
	beforeX, afterX       float64 // right edges of the value columns
	rowH, barH, gap       float64
	titleSize, nameSize   float64
	valueSize, sumSize    float64
	sumLine, tickSize     float64
	swatch                float64 // width of a legend's colour swatch
	valueH, nameH, titleH float64 // line box heights
	hatch, lock           *ebiten.Image
	op                    ebiten.DrawImageOptions
	ink, soft, accent     ebiten.ColorScale
	accentC, neutralC     color.NRGBA
	gridC, axisC          color.NRGBA
	hatchCS               ebiten.ColorScale
}

// DrawChart draws, in r, a card with one row per motion segment (top to
// bottom, "L3–L4") and two bars in each: the range of motion before the
// fusion (neutral) and after it (accent), the degrees in two columns at the
// right and a legend of the colours at the top. A fused level is hatched, shows a lock by
// its name and the word "fused" in place of its degrees after. Under the
// bars come the degree axis and the summary in plain words (model.Summary).
// In a short r it leaves out the axis labels, then the summary, then the
// title; the card is only as tall as its content. It allocates only when
// the figures (to a tenth of a degree), r, the language or the theme change.
func (s *Scene) DrawChart(dst *ebiten.Image, f *Frame, r image.Rectangle) {
	if r.Empty() || f.Figures == nil || len(f.Figures.Segments) == 0 {
		return
	}
	th := s.uiTheme(f)
	c := &s.extras().chart
	if c.stale(f, r) {
		c.build(s, f, r)
	}
	if c.card.Empty() {
		return
	}
	th.DrawCard(dst, c.card)
	s.drawChartBody(dst, th, c)
}

// stale reports whether the cache was built for another frame, and records
// the new key and values when so.
func (c *chartCache) stale(f *Frame, r image.Rectangle) bool {
	k := chartKey{r: r, unit: f.Layout.Unit, lang: f.Lang, theme: f.State.Theme, motion: f.State.Motion}
	c.tmp = c.tmp[:0]
	for _, sg := range f.Figures.Segments {
		fused := int32(0)
		if sg.Fused {
			fused = 1
		}
		c.tmp = append(c.tmp, int32(math.Round(sg.RomBefore*10)), int32(math.Round(sg.RomAfter*10)), fused)
	}
	same := c.ok && k == c.key && len(c.tmp) == len(c.vals)
	for i := 0; same && i < len(c.tmp); i++ {
		same = c.tmp[i] == c.vals[i]
	}
	if same {
		return false
	}
	c.key, c.ok = k, true
	c.vals = append(c.vals[:0], c.tmp...)
	return true
}

// build lays the chart out and makes its texts.
func (c *chartCache) build(s *Scene, f *Frame, r image.Rectangle) {
	u := f.Layout.Unit
	px := func(css float64) float64 { return math.Round(css * u) }
	l := f.Lang
	tc := s.Text
	segs := f.Figures.Segments
	pal := PaletteFor(f.State.Theme)

	c.ink = tintScale(opaqueN(pal.Text), 1)
	c.soft = tintScale(opaqueN(pal.TextSoft), 1)
	c.accentC = opaqueN(pal.Accent)
	c.accent = tintScale(c.accentC, 1)
	c.neutralC = blendN(opaqueN(pal.TextSoft), opaqueN(pal.Panel), 0.4)
	c.gridC = opaqueN(pal.PanelLine)
	c.axisC = blendN(opaqueN(pal.TextSoft), opaqueN(pal.Panel), 0.55)
	c.hatchCS = tintScale(c.accentC, 0.5)

	c.titleSize, c.nameSize, c.valueSize = px(14.5), px(12.5), px(12)
	c.sumSize, c.tickSize = px(13), px(10.5)
	c.sumLine = math.Round(c.sumSize * 1.35)
	_, vh := tc.Measure("Hg", c.valueSize, true)
	_, nh := tc.Measure("Hg", c.nameSize, true)
	_, th := tc.Measure("Hg", c.titleSize, true)
	c.valueH, c.nameH, c.titleH = float64(vh), float64(nh), float64(th)

	pad := px(14)
	if r.Dy() < int(px(220)) {
		pad = px(10)
	}
	inner := r.Inset(int(pad))
	c.card = image.Rectangle{}
	if inner.Dx() < int(px(120)) || inner.Dy() < int(px(40)) {
		return
	}

	c.title, c.before, c.after = l.T("chart.title"), l.T("view.before"), l.T("view.after")
	c.fusedWord = l.T("chart.fused")
	lock := int(math.Round(c.valueSize * 1.05))

	// The rows' texts and the columns' widths.
	c.rows = c.rows[:0]
	c.swatch = px(12)
	fw, _ := tc.Measure(c.fusedWord, c.valueSize, true)
	beforeW, afterW := 0.0, float64(fw)
	nameW, maxDeg := 0.0, 0.0
	for _, sg := range segs {
		row := chartRow{
			name:   model.LevelName(sg.Name),
			before: model.Degrees(sg.RomBefore, l) + "°",
			after:  model.Degrees(sg.RomAfter, l) + "°",
			fused:  sg.Fused,
		}
		w, _ := tc.Measure(row.name, c.nameSize, true)
		nw := float64(w)
		if row.fused {
			nw += px(5) + float64(lock)
		}
		nameW = math.Max(nameW, nw)
		w, _ = tc.Measure(row.before, c.valueSize, false)
		beforeW = math.Max(beforeW, float64(w))
		w, _ = tc.Measure(row.after, c.valueSize, true)
		afterW = math.Max(afterW, float64(w))
		maxDeg = math.Max(maxDeg, math.Max(sg.RomBefore, sg.RomAfter))
		c.rows = append(c.rows, row)
	}
	n := float64(len(c.rows))
	c.nameX = float64(inner.Min.X)
	c.afterX = float64(inner.Max.X)
	c.beforeX = c.afterX - afterW - px(8)
	c.barX = c.nameX + nameW + px(10)
	c.barW = c.beforeX - beforeW - px(10) - c.barX
	if c.barW < px(24) {
		return
	}

	// The legend goes at the right of the title, or on its own line
	// under it when both do not fit.
	wb, _ := tc.Measure(c.before, c.valueSize, false)
	wa, _ := tc.Measure(c.after, c.valueSize, false)
	legendW := 2*(c.swatch+px(5)) + float64(wb) + px(12) + float64(wa)
	tw, _ := tc.Measure(c.title, c.titleSize, true)
	sameLine := float64(tw)+px(16)+legendW <= float64(inner.Dx())
	c.legendX = float64(inner.Max.X) - legendW

	// The vertical budget: the legend and the rows always; then the
	// summary, the axis labels and the title while they fit.
	headH := math.Round(c.valueH) + px(8)
	titleLine := math.Round(c.titleH) + px(4)
	if sameLine {
		headH = math.Max(headH, math.Round(c.titleH)+px(8))
		titleLine = 0
	}
	tickH := math.Round(c.tickSize*1.3) + px(4)
	rowMin, rowMax := px(18), px(32)
	c.summary = c.summary[:0]
	if sum := model.Summary(f.Figures, f.State, l, false); sum != "" {
		c.summary = tc.Wrap(sum, c.sumSize, false, inner.Dx())
	}
	sumH := 0.0
	if len(c.summary) > 0 {
		sumH = float64(len(c.summary))*c.sumLine + px(8)
	}
	avail := float64(inner.Dy())
	c.showTicks = true
	showTitle := true
	if float64(tw) > float64(inner.Dx()) {
		showTitle = false
	}
	need := func() float64 {
		h := headH + n*rowMin + sumH
		if showTitle {
			h += titleLine
		}
		if c.showTicks {
			h += tickH
		}
		return h
	}
	if need() > avail {
		c.showTicks = false
	}
	if need() > avail {
		c.summary, sumH = c.summary[:0], 0
	}
	if need() > avail && !sameLine {
		showTitle = false
	}
	if !showTitle {
		c.title = ""
	}
	fixed := need() - n*rowMin
	c.rowH = math.Floor(math.Max(px(12), math.Min(rowMax, (avail-fixed)/n)))
	c.barH = math.Max(px(3), math.Min(px(8), math.Round(c.rowH*0.26)))
	c.gap = math.Max(1, px(2))

	y := float64(inner.Min.Y)
	c.titleY = y
	if showTitle {
		y += titleLine
	}
	c.headY = y
	if sameLine {
		c.headY = y + math.Round((c.titleH-c.valueH)/2)
	}
	y += headH
	c.rowsTop = y
	ax := niceChartAxis(maxDeg)
	perDeg := c.barW / ax.max
	for i := range c.rows {
		row := &c.rows[i]
		row.top = y + float64(i)*c.rowH
		row.wBefore = math.Max(px(2), segs[i].RomBefore*perDeg)
		row.wAfter = math.Max(px(2), segs[i].RomAfter*perDeg)
	}
	y += n * c.rowH
	c.tickY = y + px(3)
	c.ticks = c.ticks[:0]
	// Label every gridline, or every other one when the labels would touch.
	lw, _ := tc.Measure(model.Degrees(ax.max, l)+"°", c.tickSize, false)
	every := max(1, int(math.Ceil((float64(lw)+px(6))/(ax.step*perDeg))))
	for i, d := 0, 0.0; d <= ax.max+1e-9; i, d = i+1, d+ax.step {
		t := chartTick{x: math.Round(c.barX + d*perDeg)}
		if i%every == 0 {
			t.label = model.Degrees(d, l) + "°"
		}
		c.ticks = append(c.ticks, t)
	}
	if c.showTicks {
		y += tickH
	}
	c.sumTop = y + px(8)
	y += sumH
	c.card = image.Rect(r.Min.X, r.Min.Y, r.Max.X, min(r.Max.Y, int(math.Ceil(y+pad))))

	// The hatch behind fused rows and the lock, rasterised now.
	if c.hatch != nil {
		c.hatch.Deallocate()
		c.lock.Deallocate()
	}
	c.hatch = hatchImage(int(c.barW+px(10)), int(c.rowH-px(3)), px(6), math.Max(1, px(1.5)), px(4))
	c.lock = lockImage(lock)
}

// drawChartBody draws the built chart.
func (s *Scene) drawChartBody(dst *ebiten.Image, th *ui.Theme, c *chartCache) {
	u := th.Scale
	px := func(css float64) float64 { return math.Round(css * u) }
	tc := s.Text

	if c.title != "" {
		tc.DrawScaled(dst, c.title, c.titleSize, true, c.nameX, c.titleY, text.Left, c.ink)
	}
	// The legend: a swatch of each bar's colour and its word.
	x := s.drawLegendItem(dst, th, c, c.legendX, c.before, c.neutralC)
	s.drawLegendItem(dst, th, c, x+px(12), c.after, c.accentC)

	// Gridlines behind the bars, the zero line darker.
	top := int(c.rowsTop)
	bottom := int(c.rowsTop + float64(len(c.rows))*c.rowH)
	for i, t := range c.ticks {
		col, w := c.gridC, 1
		if i == 0 {
			col, w = c.axisC, max(1, int(px(1.5)))
		}
		th.FillRounded(dst, image.Rect(int(t.x), top, int(t.x)+w, bottom), 0, col)
	}

	hb := c.hatch.Bounds()
	lb := c.lock.Bounds()
	for i := range c.rows {
		row := &c.rows[i]
		mid := row.top + c.rowH/2
		textY := math.Round(mid - c.valueH/2)
		if row.fused {
			c.op.GeoM.Reset()
			c.op.GeoM.Translate(c.barX-px(5), math.Round(mid-float64(hb.Dy())/2))
			c.op.ColorScale = c.hatchCS
			c.op.Filter = ebiten.FilterNearest
			dst.DrawImage(c.hatch, &c.op)
		}
		tc.DrawScaled(dst, row.name, c.nameSize, true, c.nameX, math.Round(mid-c.nameH/2), text.Left, c.ink)
		if row.fused {
			w, _ := tc.Measure(row.name, c.nameSize, true)
			c.op.GeoM.Reset()
			c.op.GeoM.Translate(c.nameX+float64(w)+px(5), math.Round(mid-float64(lb.Dy())/2-px(0.5)))
			c.op.ColorScale = c.ink
			dst.DrawImage(c.lock, &c.op)
		}

		pairTop := math.Round(mid - (2*c.barH+c.gap)/2)
		b := image.Rect(int(c.barX), int(pairTop), int(c.barX+row.wBefore), int(pairTop+c.barH))
		th.FillRounded(dst, b, c.barH/2, c.neutralC)
		a := image.Rect(int(c.barX), b.Max.Y+int(c.gap), int(c.barX+row.wAfter), b.Max.Y+int(c.gap+c.barH))
		th.FillRounded(dst, a, c.barH/2, c.accentC)

		tc.DrawScaled(dst, row.before, c.valueSize, false, c.beforeX, textY, text.Right, c.soft)
		if row.fused {
			tc.DrawScaled(dst, c.fusedWord, c.valueSize, true, c.afterX, textY, text.Right, c.ink)
		} else {
			tc.DrawScaled(dst, row.after, c.valueSize, true, c.afterX, textY, text.Right, c.accent)
		}
	}

	if c.showTicks {
		for _, t := range c.ticks {
			tc.DrawScaled(dst, t.label, c.tickSize, false, t.x, c.tickY, text.Center, c.soft)
		}
	}
	y := c.sumTop
	for _, line := range c.summary {
		tc.DrawScaled(dst, line, c.sumSize, false, c.nameX, y, text.Left, c.ink)
		y += c.sumLine
	}
}

// drawLegendItem draws a swatch and its word from x on the legend's line,
// and returns the x after them.
func (s *Scene) drawLegendItem(dst *ebiten.Image, th *ui.Theme, c *chartCache, x float64, word string, swatch color.NRGBA) float64 {
	cy := c.headY + c.valueH/2
	h := math.Max(th.Px(6), c.barH)
	sw := image.Rect(int(x), int(math.Round(cy-h/2)), int(x+c.swatch), int(math.Round(cy+h/2)))
	th.FillRounded(dst, sw, h/2, swatch)
	x += c.swatch + th.Px(5)
	s.Text.DrawScaled(dst, word, c.valueSize, false, x, c.headY, text.Left, c.soft)
	w, _ := s.Text.Measure(word, c.valueSize, false)
	return x + float64(w)
}

// chartAxis is the degree scale of the bars.
type chartAxis struct{ max, step float64 }

// niceChartAxis returns a scale reaching at least deg, in steps of 1, 2, 5, 10
// or 20 degrees, with at most five steps.
func niceChartAxis(deg float64) chartAxis {
	for _, step := range []float64{1, 2, 5, 10, 20} {
		m := math.Ceil(deg/step) * step
		if m/step <= 5 {
			return chartAxis{max: math.Max(m, step), step: step}
		}
	}
	return chartAxis{max: math.Ceil(deg/50) * 50, step: 50}
}

// hatchImage returns a w×h white mask of diagonal stripes, period and width
// in pixels, inside a rounded rectangle of radius rad.
func hatchImage(w, h int, period, width, rad float64) *ebiten.Image {
	w, h = max(w, 1), max(h, 1)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			t := math.Mod(float64(x+y)+0.5, period)
			a := coverage01(width/2 + 0.5 - math.Abs(t-period/2))
			// A faint wash between the stripes, rounded at the corners.
			a = math.Max(a, 0.22)
			a *= coverage01(0.5 - roundedRectDist(float64(x)+0.5, float64(y)+0.5, float64(w), float64(h), rad))
			v := uint8(math.Round(a * 255))
			i := img.PixOffset(x, y)
			img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = v, v, v, v
		}
	}
	return ebiten.NewImageFromImage(img)
}

// lockImage returns a size×size white mask of a padlock.
func lockImage(size int) *ebiten.Image {
	size = max(size, 6)
	s := float64(size)
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	bodyTop, bodyW := 0.44*s, 0.78*s
	bx0 := (s - bodyW) / 2
	cx, cy, rad, thick := s/2, 0.32*s, 0.22*s, math.Max(1.2, 0.12*s)
	for y := range size {
		for x := range size {
			px, py := float64(x)+0.5, float64(y)+0.5
			body := roundedRectDist(px-bx0, py-bodyTop, bodyW, s-bodyTop, 0.12*s)
			// The shackle: a half ring over two legs reaching the body.
			var d float64
			if py < cy {
				d = math.Abs(math.Hypot(px-cx, py-cy)-rad) - thick/2
			} else {
				d = math.Min(math.Abs(px-(cx-rad)), math.Abs(px-(cx+rad))) - thick/2
				if py > bodyTop+1 {
					d = math.Max(d, 0.5)
				}
			}
			a := math.Max(coverage01(0.5-body), coverage01(0.5-d))
			// The keyhole.
			if kh := math.Hypot(px-cx, py-(bodyTop+0.26*s)) - 0.08*s; s >= 12 {
				a *= 1 - coverage01(0.5-kh)
			}
			v := uint8(math.Round(a * 255))
			i := img.PixOffset(x, y)
			img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = v, v, v, v
		}
	}
	return ebiten.NewImageFromImage(img)
}

// roundedRectDist is the signed distance from (x, y) to the rectangle
// [0, w]×[0, h] with corners rounded by r (negative inside).
func roundedRectDist(x, y, w, h, r float64) float64 {
	qx := math.Abs(x-w/2) - (w/2 - r)
	qy := math.Abs(y-h/2) - (h/2 - r)
	return math.Hypot(math.Max(qx, 0), math.Max(qy, 0)) + math.Min(math.Max(qx, qy), 0) - r
}

func coverage01(v float64) float64 { return math.Min(1, math.Max(0, v)) }

// opaqueN converts an opaque palette colour.
func opaqueN(c color.RGBA) color.NRGBA { return color.NRGBA{c.R, c.G, c.B, c.A} }

// blendN blends from a to b by t.
func blendN(a, b color.NRGBA, t float64) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.NRGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), l(a.A, b.A)}
}

// tintScale is a colour times alpha as a premultiplied ColorScale.
func tintScale(c color.NRGBA, alpha float64) ebiten.ColorScale {
	a := float32(float64(c.A) / 255 * alpha)
	var cs ebiten.ColorScale
	cs.Scale(float32(c.R)/255*a, float32(c.G)/255*a, float32(c.B)/255*a, a)
	return cs
}
