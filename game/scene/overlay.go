package scene

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/text"
	"spinefusion/game/ui"
)

// The help and sources cards drawn over the dimmed scene. Like the chart,
// they lay their texts out when what they show, the screen, the language or
// the theme change, and only place them on other frames.

// overlayKind says which card the overlay cache holds.
type overlayKind int

const (
	overlayHelp overlayKind = iota + 1
	overlaySources
)

// overlayLine is one laid-out line of a card's body.
type overlayLine struct {
	text string
	x, y float64 // left and top, y from the top of the body
	size float64
	bold bool
	soft bool
	// caps holds the keys of a help row, drawn as key caps.
	caps []string
}

type overlayKey struct {
	kind  overlayKind
	w, h  int
	unit  float64
	lang  *i18n.Lang
	theme string
}

type overlayCache struct {
	key      overlayKey
	help     [][2]string
	entries  []model.SourceEntry
	ok       bool
	card     image.Rectangle
	body     image.Rectangle // the scrolling part, screen pixels
	title    string
	hint     string
	titleSz  float64
	hintSz   float64
	capSz    float64
	lines    []overlayLine
	bottoms  []float64 // each line's bottom, y from the top of the body
	maxStart int       // the last line the body may start at

	ink, soft ebiten.ColorScale
}

// DrawHelp draws the help card over the dimmed scene: a title, each
// shortcut's keys (as key caps; "A / B" gives two) and what it does in two
// columns, and how to close the card. shortcuts holds {keys, action} pairs
// already in the reader's language.
func (s *Scene) DrawHelp(dst *ebiten.Image, f *Frame, shortcuts [][2]string) {
	th := s.uiTheme(f)
	c := &s.extras().overlay
	if c.staleHelp(dst, f, shortcuts) {
		c.buildHelp(s, th, f, dst.Bounds(), shortcuts)
	}
	s.drawOverlayCard(dst, th, c, 0)
}

// DrawSources draws the sources card over the dimmed scene: a title, then
// each entry's figure in bold with its citation under it (an entry with the
// same figure as the one before shows only its citation), scrolled down by
// scroll lines when the list is longer than the card (see
// SourcesMaxScroll), and how to close it.
func (s *Scene) DrawSources(dst *ebiten.Image, f *Frame, entries []model.SourceEntry, scroll int) {
	th := s.uiTheme(f)
	c := &s.extras().overlay
	if c.staleSources(dst, f, entries) {
		c.buildSources(s, th, f, dst.Bounds(), entries)
	}
	s.drawOverlayCard(dst, th, c, scroll)
}

// SourcesMaxScroll returns the largest useful scroll for DrawSources, in
// lines, as of its last call: clamp the scroll offset to it.
func (s *Scene) SourcesMaxScroll() int {
	c := &s.extras().overlay
	if c.key.kind != overlaySources {
		return 0
	}
	return c.maxStart
}

func (c *overlayCache) keyFor(kind overlayKind, dst *ebiten.Image, f *Frame) (overlayKey, bool) {
	b := dst.Bounds()
	k := overlayKey{kind: kind, w: b.Dx(), h: b.Dy(), unit: f.Layout.Unit, lang: f.Lang, theme: f.State.Theme}
	return k, c.ok && k == c.key
}

func (c *overlayCache) staleHelp(dst *ebiten.Image, f *Frame, help [][2]string) bool {
	k, same := c.keyFor(overlayHelp, dst, f)
	if same && slices.Equal(help, c.help) {
		return false
	}
	c.key, c.ok = k, true
	c.help = append(c.help[:0], help...)
	return true
}

func (c *overlayCache) staleSources(dst *ebiten.Image, f *Frame, entries []model.SourceEntry) bool {
	k, same := c.keyFor(overlaySources, dst, f)
	if same && slices.Equal(entries, c.entries) {
		return false
	}
	c.key, c.ok = k, true
	c.entries = append(c.entries[:0], entries...)
	return true
}

// begin sets the colours and common texts of a card.
func (c *overlayCache) begin(th *ui.Theme, title, hint string) {
	c.ink = tintScale(th.Ink, 1)
	c.soft = tintScale(th.InkMuted, 1)
	c.title, c.hint = title, hint
	c.lines = c.lines[:0]
	c.bottoms = c.bottoms[:0]
}

// place sets the card's rectangle around a body of the given height and
// width, centred on the screen, and works out how far the body scrolls.
func (c *overlayCache) place(th *ui.Theme, screen image.Rectangle, bodyW, bodyH, pad, titleH, hintH float64) {
	maxH := float64(screen.Dy()) - th.Px(32)
	h := math.Min(maxH, pad+titleH+bodyH+hintH+pad)
	w := bodyW + 2*pad
	x0 := float64(screen.Min.X) + (float64(screen.Dx())-w)/2
	y0 := float64(screen.Min.Y) + (float64(screen.Dy())-h)/2
	c.card = image.Rect(int(x0), int(y0), int(x0+w), int(y0+h))
	c.body = image.Rect(int(x0+pad), int(y0+pad+titleH), int(x0+pad+bodyW), int(y0+h-pad-hintH))
	c.maxStart = 0
	// The first line the body may start at so that the last line shows.
	if n := len(c.bottoms); n > 0 {
		end := c.bottoms[n-1]
		for c.maxStart < n-1 && end-c.lineTop(c.maxStart) > float64(c.body.Dy()) {
			c.maxStart++
		}
	}
}

func (c *overlayCache) lineTop(i int) float64 {
	if i == 0 {
		return 0
	}
	return c.bottoms[i-1]
}

// buildHelp lays out the help card.
func (c *overlayCache) buildHelp(s *Scene, th *ui.Theme, f *Frame, screen image.Rectangle, help [][2]string) {
	l := f.Lang
	c.begin(th, l.T("help.title"), l.T("help.close"))
	fit := 1.0
	for range 4 {
		c.lines, c.bottoms = c.lines[:0], c.bottoms[:0]
		px := func(css float64) float64 { return math.Round(css * th.Scale * fit) }
		c.titleSz, c.hintSz, c.capSz = px(22), px(14.5), px(14.5)
		size := px(16.5)
		pad := math.Min(px(28), math.Round(float64(screen.Dx())/16))
		bodyW := math.Min(px(640), float64(screen.Dx())-th.Px(32)-2*pad)
		// The keys column is as wide as its widest row of key caps.
		keysW := 0.0
		for _, h := range help {
			keysW = math.Max(keysW, c.capsWidth(s, splitKeys(h[0]), px))
		}
		// Two columns when the keys take under half the width; else each
		// row's keys on a line of their own, its action under them.
		stacked := keysW > bodyW*0.45
		actX := keysW + px(20)
		if stacked {
			actX = 0
		}
		y := 0.0
		rowH, lineH, vpad := math.Round(size*2), math.Round(size*1.3), px(6)
		_, capText := s.Text.Measure("Hg", c.capSz, true)
		capLine := float64(capText) + 2*px(5) + px(2)
		for _, h := range help {
			caps := splitKeys(h[0])
			lines := s.Text.Wrap(h[1], size, false, int(bodyW-actX))
			if stacked {
				y += vpad
				c.lines = append(c.lines, overlayLine{y: y + px(5), size: c.capSz, bold: true, caps: caps})
				y += capLine + px(4)
				c.bottoms = append(c.bottoms, y)
				for _, t := range lines {
					c.lines = append(c.lines, overlayLine{text: t, y: y, size: size})
					y += lineH
					c.bottoms = append(c.bottoms, y)
				}
				y += vpad
				c.bottoms[len(c.bottoms)-1] = y
				continue
			}
			n := float64(len(lines))
			rh := math.Max(rowH, n*lineH+2*vpad)
			ty := math.Round(y + (rh-n*lineH)/2)
			for i, t := range lines {
				ln := overlayLine{text: t, x: actX, y: ty + float64(i)*lineH, size: size}
				if i == 0 {
					ln.caps = caps
				}
				c.lines = append(c.lines, ln)
				b := ty + float64(i+1)*lineH
				if i == len(lines)-1 {
					b = y + rh
				}
				c.bottoms = append(c.bottoms, b)
			}
			y += rh
		}
		titleH := math.Round(c.titleSz*1.3) + px(18)
		hintH := math.Round(c.hintSz*1.3) + px(18)
		c.place(th, screen, bodyW, y, pad, titleH, hintH)
		if c.maxStart == 0 || fit <= 0.7 {
			return
		}
		fit -= 0.1 // too tall: shrink everything and lay out again
	}
}

// buildSources lays out the sources card.
func (c *overlayCache) buildSources(s *Scene, th *ui.Theme, f *Frame, screen image.Rectangle, entries []model.SourceEntry) {
	l := f.Lang
	c.begin(th, l.T("sources.title"), l.T("sources.close"))
	px := func(css float64) float64 { return math.Round(css * th.Scale) }
	c.titleSz, c.hintSz = px(21), px(13.5)
	whatSz, citeSz := px(15), px(14)
	pad := px(26)
	bodyW := math.Min(px(760), float64(screen.Dx())-th.Px(32)-2*pad) - px(12) // room for the scroll bar
	indent := px(14)
	y := 0.0
	prev := ""
	for i, e := range entries {
		if e.What != prev {
			if i > 0 {
				y += px(12)
			}
			for _, t := range s.Text.Wrap(e.What, whatSz, true, int(bodyW)) {
				c.lines = append(c.lines, overlayLine{text: t, y: y, size: whatSz, bold: true})
				y += math.Round(whatSz * 1.32)
				c.bottoms = append(c.bottoms, y)
			}
			y += px(2)
		} else {
			y += px(6)
		}
		prev = e.What
		for _, t := range s.Text.Wrap(e.Citation, citeSz, false, int(bodyW-indent)) {
			c.lines = append(c.lines, overlayLine{text: t, x: indent, y: y, size: citeSz, soft: true})
			y += math.Round(citeSz * 1.38)
			c.bottoms = append(c.bottoms, y)
		}
	}
	titleH := math.Round(c.titleSz*1.3) + px(16)
	hintH := math.Round(c.hintSz*1.3) + px(16)
	c.place(th, screen, bodyW+px(12), y, pad, titleH, hintH)
	c.body.Max.X -= int(px(12))
}

// capsWidth is the width of a row of key caps with "/" between them.
func (c *overlayCache) capsWidth(s *Scene, caps []string, px func(float64) float64) float64 {
	w := 0.0
	for i, k := range caps {
		tw, _ := s.Text.Measure(k, c.capSz, true)
		w += float64(tw) + 2*px(9)
		if i > 0 {
			w += px(18)
		}
	}
	return w
}

// splitKeys splits "Tab / Shift+Tab" into its keys.
func splitKeys(s string) []string {
	parts := strings.Split(s, " / ")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// drawOverlayCard dims the screen and draws the built card, its body
// scrolled to start at line scroll.
func (s *Scene) drawOverlayCard(dst *ebiten.Image, th *ui.Theme, c *overlayCache, scroll int) {
	scrim := color.NRGBA{0x0b, 0x12, 0x1a, 0x80}
	if c.key.theme == "dark" {
		scrim.A = 0xb0
	}
	th.FillRounded(dst, dst.Bounds(), 0, scrim)
	radius := th.Px(th.Radius * 1.4)
	th.DrawCard(dst, c.card)
	panel := th.Panel
	panel.A = 0xff
	th.FillRounded(dst, c.card, radius, panel)
	th.StrokeRounded(dst, c.card, radius, math.Max(1, th.Px(1)), th.Border)

	tc := s.Text
	px := func(css float64) float64 { return math.Round(css * th.Scale) }
	x0, top := float64(c.body.Min.X), float64(c.body.Min.Y)
	tc.DrawScaled(dst, c.title, c.titleSz, true, x0, float64(c.card.Min.Y)+(top-float64(c.card.Min.Y)-c.titleSz*1.3)/2+px(2), text.Left, c.ink)
	// A hairline under the title and over the hint.
	line := th.Border
	th.FillRounded(dst, image.Rect(c.card.Min.X+1, c.body.Min.Y-int(px(8)), c.card.Max.X-1, c.body.Min.Y-int(px(8))+1), 0, line)
	th.FillRounded(dst, image.Rect(c.card.Min.X+1, c.body.Max.Y+int(px(8)), c.card.Max.X-1, c.body.Max.Y+int(px(8))+1), 0, line)
	hintY := float64(c.body.Max.Y) + (float64(c.card.Max.Y)-float64(c.body.Max.Y)-c.hintSz*1.3)/2 + px(2)
	tc.DrawScaled(dst, c.hint, c.hintSz, false, float64(c.card.Min.X+c.card.Max.X)/2, hintY, text.Center, c.soft)

	start := max(0, min(scroll, c.maxStart))
	origin := top - c.lineTop(start)
	bottom := float64(c.body.Max.Y)
	for i := start; i < len(c.lines); i++ {
		ln := &c.lines[i]
		if origin+c.bottoms[i] > bottom+0.5 {
			break
		}
		y := origin + ln.y
		if ln.caps != nil {
			_, h := tc.Measure(ln.text, ln.size, ln.bold)
			s.drawKeyCaps(dst, th, c, ln.caps, x0, y+float64(h)/2)
		}
		cs := c.ink
		if ln.soft {
			cs = c.soft
		}
		tc.DrawScaled(dst, ln.text, ln.size, ln.bold, x0+ln.x, y, text.Left, cs)
	}

	// The scroll bar.
	if c.maxStart > 0 {
		track := image.Rect(c.card.Max.X-int(px(18)), c.body.Min.Y, c.card.Max.X-int(px(12)), c.body.Max.Y)
		th.FillRounded(dst, track, px(3), th.Track)
		total := c.bottoms[len(c.bottoms)-1]
		h := float64(track.Dy())
		thumbH := math.Max(px(24), h*h/total)
		thumbY := float64(track.Min.Y) + (h-thumbH)*float64(start)/float64(c.maxStart)
		th.FillRounded(dst, image.Rect(track.Min.X, int(thumbY), track.Max.X, int(thumbY+thumbH)), px(3), th.InkMuted)
	}
}

// drawKeyCaps draws keys as raised caps from x, centred on cy.
func (s *Scene) drawKeyCaps(dst *ebiten.Image, th *ui.Theme, c *overlayCache, caps []string, x, cy float64) {
	px := func(css float64) float64 { return math.Round(css * th.Scale) }
	_, h := s.Text.Measure("Hg", c.capSz, true)
	capH := float64(h) + 2*px(5)
	for i, k := range caps {
		if i > 0 {
			s.Text.DrawScaled(dst, "/", c.capSz, false, x+px(9), cy-float64(h)/2, text.Center, c.soft)
			x += px(18)
		}
		w, _ := s.Text.Measure(k, c.capSz, true)
		r := image.Rect(int(x), int(cy-capH/2), int(x+float64(w)+2*px(9)), int(cy+capH/2))
		th.FillRounded(dst, r.Add(image.Pt(0, int(px(2)))), px(6), th.Border)
		th.FillRounded(dst, r, px(6), th.Control)
		th.StrokeRounded(dst, r, px(6), math.Max(1, px(1)), th.Border)
		s.Text.DrawScaled(dst, k, c.capSz, true, x+px(9), cy-float64(h)/2, text.Left, c.ink)
		x = float64(r.Max.X)
	}
}
