package game

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"spinefusion/game/scene"
	"spinefusion/game/state"
	"spinefusion/game/tour"
	"spinefusion/game/ui"
)

// fitScreen is a screen the app supports, in CSS pixels at its device
// pixel ratio.
type fitScreen struct {
	name string
	w, h float64
	dpr  float64
}

// The smallest screens of each kind the app supports.
var fitScreens = []fitScreen{
	{"embed 320×240", 320, 240, 1},
	{"phone 390×844", 390, 844, 3},
	{"phone landscape 844×390", 844, 390, 3},
	{"tablet 1180×820", 1180, 820, 2},
	{"laptop 1366×768", 1366, 768, 1},
}

// fitScene is a state whose labels differ from the others': the choices
// of a region, the day of surgery, the open sheet, a tour step.
type fitScene struct {
	name  string
	patch map[string]any
	sheet bool // the surgery sheet opened (small screens)
}

func fitScenes() []fitScene {
	scenes := []fitScene{
		{name: "playing", patch: map[string]any{"playing": true}},
		{name: "paused, sheet open", patch: map[string]any{"playing": false}, sheet: true},
		{name: "neck, sheet open", patch: map[string]any{"region": "cervical", "approach": "posterior", "levels": "C4-C5,C5-C6"}, sheet: true},
		{name: "day of surgery", patch: map[string]any{"months": 0.0}},
		{name: "scoliosis, sheet open", patch: map[string]any{"condition": "scoliosis"}, sheet: true},
		{name: "zoomed"},
	}
	for _, w := range state.Wordings {
		for i := 1; i <= tour.Len(); i++ {
			scenes = append(scenes, fitScene{name: fmt.Sprintf("tour %d, %s", i, w), patch: map[string]any{"tour": i, "wording": w}})
		}
	}
	scenes = append(scenes, fitScene{name: "tour 13, no controls", patch: map[string]any{"tour": tour.Len(), "controls": false}})
	return scenes
}

// fitFailure is one text that does not fit, and where.
type fitFailure struct{ where, what string }

// TestEveryStringFits lays the app out through its own layout code for
// every language, theme, the smallest screens of each kind and the states
// whose texts differ, and checks that every text a widget draws, every
// caption of the surgery card, the header's title and the tour card's
// lines fit their boxes at the size they are drawn, never below the
// legible floor (ui.MinTextCSS: 11 CSS px, scaled up in the projector
// theme). Each failure names the language, theme, screen, state, widget,
// string, and its width against its box.
func TestEveryStringFits(t *testing.T) {
	g, err := New("fit")
	if err != nil {
		t.Fatal(err)
	}
	var fails []fitFailure
	texts, layouts := 0, 0
	for _, lang := range g.catalog.Languages() {
		for _, theme := range state.Themes {
			for _, sc := range fitScreens {
				for _, fs := range fitScenes() {
					layoutFor(g, lang, theme, sc, fs)
					layouts++
					where := fmt.Sprintf("%s/%s/%s/%s", lang, theme, sc.name, fs.name)
					n, fl := checkFits(g, where)
					texts += n
					fails = append(fails, fl...)
				}
			}
		}
	}
	t.Logf("%d texts checked in %d layouts", texts, layouts)
	reportFits(t, fails)
}

// layoutFor puts g in the state of fs, in lang and theme, on screen sc,
// and lays it out as a frame would.
func layoutFor(g *Game, lang, theme string, sc fitScreen, fs fitScene) {
	g.store.Update(func(s *state.State) {
		*s = state.Default()
		s.Lang, s.Theme = lang, theme
	})
	if fs.patch != nil {
		g.store.Apply(fs.patch)
	}
	g.controls.cardOpen = fs.sheet
	g.zoom.Zoom = 1
	if fs.name == "zoomed" {
		g.zoom.Zoom = 2
	}
	g.tick()
	g.w, g.h, g.unit = int(math.Ceil(sc.w*sc.dpr)), int(math.Ceil(sc.h*sc.dpr)), sc.dpr
	g.relayout()
}

// checkFits returns how many texts it checked and those that overflow.
func checkFits(g *Game, where string) (int, []fitFailure) {
	c := g.controls
	th := c.th
	n := 0
	var fails []fitFailure
	fail := func(widget string, f ui.Fit) {
		what := fmt.Sprintf("%s %s %q: %d px wide in a %d px box at %.1f px", widget, f.Part, f.Text, f.Width, f.Box, f.Size)
		if f.Size < f.Min-0.01 {
			what += fmt.Sprintf(" (below the %.0f px floor)", f.Min)
		}
		fails = append(fails, fitFailure{where, what})
	}
	for _, w := range c.panel.Widgets() {
		if w.Hidden() {
			continue
		}
		for _, f := range ui.Fits(w, th) {
			n++
			if f.Overflows() {
				fail(widgetName(c, w), f)
			}
		}
	}
	// The surgery card's captions, each over its widget; its title.
	if g.st.Controls && !c.cardRect.Empty() {
		for _, cp := range c.captions {
			right := c.cardRect.Max.X - th.PxInt(16)
			for _, w := range c.card {
				if w.Label() == cp.text && !w.Hidden() {
					right = w.Bounds().Max.X
				}
			}
			n++
			if f := textFit(g, "caption", cp.text, th.SmallFontPx(), true, right-cp.at.X); f.Overflows() {
				fail("surgery card", f)
			}
		}
		n++
		if f := textFit(g, "title", g.lang().T("ui.surgery"), th.FontPx(), true, c.cardRect.Dx()-2*th.PxInt(16)); f.Overflows() {
			fail("surgery card", f)
		}
	}
	// The wide header: the title left of the tour's start button.
	if l := g.layout; g.st.Controls && !l.Compact && !c.tw.start.Hidden() {
		u := l.Unit
		n++
		box := c.tw.start.Bounds().Min.X - l.Header.Min.X - int(16*u) - int(12*u)
		if f := textFit(g, "title", g.lang().T("app.title"), 20*u, true, box); f.Overflows() {
			fail("header", f)
		}
	}
	// The tour card: every line within its width, at a legible size, and
	// the lines of a page within its height.
	if card := &c.tw.card; !card.Rect.Empty() {
		width := card.Rect.Dx() - 2*card.Pad
		minPx := math.Round(ui.MinTextCSS * g.layout.Unit)
		for _, s := range card.Title {
			n++
			if f := textFit(g, "title line", s, card.TitleSize, true, width); f.Overflows() || card.TitleSize < minPx-0.01 {
				f.Min = minPx
				fail("tour card", f)
			}
		}
		for _, s := range card.Body {
			n++
			if f := textFit(g, "body line", s, card.BodySize, false, width); f.Overflows() || card.BodySize < minPx-0.01 {
				f.Min = minPx
				fail("tour card", f)
			}
		}
		room := card.Buttons.Min.Y - card.Rect.Min.Y - card.Pad - int(10*g.layout.Unit)
		need := scene.TourTextHeight(len(card.Title), len(card.Body), card.TitleSize, card.BodySize, g.layout.Unit)
		n++
		if need > room {
			fails = append(fails, fitFailure{where, fmt.Sprintf("tour card: %d title and %d body lines need %d px, the card has %d", len(card.Title), len(card.Body), need, room)})
		}
	}
	return n, fails
}

// textFit measures one line of text drawn at size in a box.
func textFit(g *Game, part, s string, size float64, bold bool, box int) ui.Fit {
	w, _ := g.text.Measure(s, size, bold)
	return ui.Fit{Part: part, Text: s, Lines: 1, Size: size, Width: w, Box: box, Min: size}
}

// widgetName names a widget for a report.
func widgetName(c *controls, w ui.Widget) string {
	names := map[ui.Widget]string{
		c.play: "play", c.setup: "surgery/more", c.sources: "sources", c.help: "help", c.share: "share",
		c.draw: "draw", c.motion: "motion", c.view: "view", c.speed: "speed", c.region: "region",
		c.from: "from", c.count: "count", c.approach: "approach", c.graft: "graft", c.labels: "labels",
		c.opReplay: "op replay", c.opNext: "op next", c.resetZoom: "reset zoom", c.heal: "heal",
		c.timeline: "timeline", c.tw.start: "tour start", c.tw.wording: "wording", c.tw.back: "tour back",
		c.tw.next: "tour next", c.tw.leave: "tour leave",
	}
	if n, ok := names[w]; ok {
		return n
	}
	return w.Role().String()
}

// reportFits reports each distinct overflow once, with how many layouts
// show it and the first of them.
func reportFits(t *testing.T, fails []fitFailure) {
	t.Helper()
	type seen struct {
		first string
		count int
	}
	by := map[string]*seen{}
	for _, f := range fails {
		if s, ok := by[f.what]; ok {
			s.count++
			continue
		}
		by[f.what] = &seen{f.where, 1}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "\n%s: %s (in %d layouts)", by[k].first, k, by[k].count)
	}
	if len(keys) > 0 {
		t.Errorf("%d texts do not fit (%d distinct):%s", len(fails), len(keys), b.String())
	}
}
