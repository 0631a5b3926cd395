// Package game is the Ebitengine game: it owns the loop that reads input,
// moves time on by fixed ticks, and asks the scene to draw when something
// changed.
package game

import (
	"math"
	"runtime/debug"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/assets"
	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/motion"
	"spinefusion/game/page"
	"spinefusion/game/scene"
	"spinefusion/game/state"
	"spinefusion/game/surgery"
	"spinefusion/game/text"
	"spinefusion/game/ui"
)

// healEvery is how many ticks pass between steps of the healing animation.
const healEvery = 6

// projectorScale enlarges text and controls in the projector theme.
const projectorScale = 1.3

// Game is the explorer's Ebitengine game.
type Game struct {
	store   *state.Store
	model   *model.Model
	catalog *i18n.Catalog
	scene   *scene.Scene
	text    *text.Cache

	st      state.State
	version uint64
	figures model.Figures
	cycle   motion.Cycle

	frame scene.Frame
	texts scene.Texts
	op    operation
	// healTicks counts ticks of the healing animation.
	healTicks int
	// sources and shortcuts are the lists the overlays show, made when
	// the state changes (sources only when its overlay is open: nil until
	// then).
	sources   []model.SourceEntry
	shortcuts [][2]string
	textsFor  state.State // the state the texts were made for
	// textColor tints the game's own text (card captions).
	textColor ebiten.ColorScale
	controls  *controls
	in        ui.Input
	// zoom follows the gestures that magnify and move the spines.
	zoom    ui.ZoomPan
	overlay overlay
	scroll  int
	// lastX, lastY is the pointer's last position, to redraw on hover.
	lastX, lastY float64

	w, h   int
	unit   float64
	layout scene.Layout
	dirty  bool
	// announceFor is the state last described to screen readers, and
	// announceWait the ticks left before describing a new one.
	announceFor  state.State
	announceWait int
	// reduced is set when the person asked for reduced motion: nothing
	// plays by itself and scenes change without animation.
	reduced bool
	// publish is set when the controls changed and the page's list of them
	// must be renewed.
	publish bool
	drawn   bool
	updated bool // the first Update has run (for the start-up marks)
	// posed is set when only the posture moved since the last frame.
	posed bool
	rest  rest
	dry   *ebiten.Image // see warm
	// exportAsked is set when the presenter tools asked for a picture of
	// the frame (see export.go); presentLang is the language their words
	// are in.
	exportAsked bool
	presentLang *i18n.Lang
	// a11yLang is the language the page's accessible names are in.
	a11yLang string
}

// steadyGCPercent is the garbage collector's target once the first frame
// is drawn. The start-up makes its garbage with the collector held back
// (see StartUp); after it the app itself allocates nothing per frame, but
// Ebitengine's calls into JavaScript leave a few small objects each frame
// (a few hundred a second in the browser, as in the floor). Under the
// default target they would pile up for many minutes before the first
// collection; the steady collector (collect.go) collects them every ten
// seconds or so, and this target keeps the heap small in between.
const steadyGCPercent = 25

// startMemoryLimit bounds the heap while the start-up holds the collector
// back (see StartUp). The start-up takes about 19 MB of WebAssembly memory
// in all, so the bound is a safety net that is not reached.
const startMemoryLimit = 64 << 20

// StartUp holds the garbage collector back until the first frame is drawn,
// when the steady target (steadyGCPercent) takes over; the memory limit
// (startMemoryLimit) still collects if the heap should grow that far. The
// start-up's few megabytes of garbage (shapes, rasters, parsed tables) are
// then not marked again and again: in the browser, where the marking runs
// on the one thread in the allocating code's time, the collections took
// about a sixth of the time to the first frame. The app's main calls it
// first; tests, which build many games, leave it alone.
//
// The target is made very large rather than off: turning the collector off
// waits for a collection under way (the packages' initialisation often
// starts one) to finish there and then, while with a large target it
// finishes in the time the page waits for the browser.
func StartUp() {
	debug.SetGCPercent(startGCPercent)
	debug.SetMemoryLimit(startMemoryLimit)
}

// startGCPercent is the garbage collector's target during the start-up
// (see StartUp): the heap may grow a hundredfold before a collection.
const startGCPercent = 10000

// New loads the tables and translations and returns a game in the default
// state, in the browser's language when it has one of ours.
func New(version string) (*Game, error) {
	page.Mark("new")
	m, err := model.Load(assets.Data)
	if err != nil {
		return nil, err
	}
	cat, err := i18n.Open(assets.I18n, "i18n")
	if err != nil {
		return nil, err
	}
	page.Mark("loaded")
	st := state.Default()
	st.Lang = cat.Best(page.Languages()).Code()
	prefs := page.Preferences()
	if prefs.ReducedMotion {
		st.Playing = false // never play by itself
	}
	if prefs.MoreContrast {
		st.Theme = "contrast"
	} else if prefs.Dark {
		st.Theme = "dark"
	}
	link := page.ReadLink(&st, func(lang, key string) string { return cat.Lang(lang).T(key) })
	g := &Game{
		store:   state.NewStore(st),
		version: ^uint64(0), // take in the first state on the first tick, even when paused
		model:   m,
		catalog: cat,
		text:    text.NewCache(),
		unit:    1,
		dirty:   true,
	}
	g.reduced = prefs.ReducedMotion
	g.scene = scene.New(m, g.text)
	g.controls = newControls(g.store, g.text)
	g.controls.th.ReducedMotion = g.reduced
	g.controls.setTheme(st.Theme)
	g.textColor.Reset()
	g.textColor.ScaleWithColor(scene.PaletteFor(st.Theme).Text)
	g.controls.setLang(cat.Lang(st.Lang))
	eff := m.Effective(&st)
	g.controls.show(&st, &eff)
	g.controls.setStages(m.Healing.Stages)
	g.controls.help.OnPress = func() { g.toggleOverlay(overlayHelp) }
	g.controls.opReplay.OnPress = g.replayOperation
	g.controls.opNext.OnPress = g.nextOperationStep
	g.controls.sources.OnPress = func() { g.toggleOverlay(overlaySources) }
	g.controls.resetZoom.OnPress = g.resetZoom
	g.controls.share.OnPress = g.openShare
	g.controls.draw.OnPress = g.togglePresenter
	page.Start(page.Host{
		Store:    g.store,
		Snapshot: m.Snapshot,
		Describe: func(s state.State) string { return m.Describe(s, cat.Lang(s.Lang)) },
		Version:  version,
	})
	page.StartLink(link, page.Host{Store: g.store, Snapshot: m.Snapshot})
	page.Mark("built")
	return g, nil
}

// lang is the current language.
func (g *Game) lang() *i18n.Lang { return g.catalog.Lang(g.st.Lang) }

// Store returns the state store, through which every change comes.
func (g *Game) Store() *state.Store { return g.store }

// Update advances the explorer by one tick.
func (g *Game) Update() error {
	if !g.updated {
		g.updated = true
		page.Mark("first-update")
	}
	ui.ReadInput(&g.in)
	if g.in.X != g.lastX || g.in.Y != g.lastY || g.in.Keys != 0 || g.in.Down || g.in.Released {
		g.lastX, g.lastY = g.in.X, g.in.Y
		g.publish = true
		g.dirty = true // hover, focus or a press may change the widgets
	}
	g.handleInput()
	for a, ok := page.NextAction(); ok; a, ok = page.NextAction() {
		if a.Kind == page.ActExport {
			g.exportAsked = true
		}
		g.controls.act(a)
		g.dirty, g.publish = true, true
	}
	g.tick()
	g.stepOperation()
	g.announce()
	g.restIfQuiet()
	return nil
}

// handleInput gives the input to the open overlay, else to the widgets, and
// what they leave to the scene.
func (g *Game) handleInput() {
	in := &g.in
	if g.overlay != overlayNone {
		if in.Take(ui.KeyEscape) || in.Take(ui.KeyQuestion) || in.Released {
			g.overlay = overlayNone
			g.dirty = true
		}
		if in.Take(ui.KeyDown) && g.scroll < g.scene.SourcesMaxScroll() {
			g.scroll++
		}
		if in.Take(ui.KeyUp) && g.scroll > 0 {
			g.scroll--
		}
		return
	}
	captured := g.controls.panel.Update(in)
	gesture := g.handleZoom(in, captured)
	g.tourKeys(in)
	g.controls.timelineKeys(in)
	if in.Take(ui.KeyQuestion) {
		g.toggleOverlay(overlayHelp)
	}
	if in.Take(ui.KeySpace) || (!captured && !gesture && in.Released && g.overScene(in)) {
		g.store.Update(func(s *state.State) { s.Playing = !s.Playing })
	}
	if in.Take(ui.KeyEscape) && g.controls.cardOpen {
		g.controls.cardOpen = false
		g.relayout()
	}
}

// overScene reports whether the pointer is over the spines.
func (g *Game) overScene(in *ui.Input) bool {
	for _, p := range g.layout.Panels {
		if in.Over(p) && !in.Over(g.controls.cardRect) {
			return true
		}
	}
	return false
}

func (g *Game) toggleOverlay(o overlay) {
	if g.overlay == o {
		g.overlay = overlayNone
	} else {
		g.overlay, g.scroll = o, 0
	}
	g.dirty = true
}

// tick moves time on by one step and takes in any change to the state.
func (g *Game) tick() {
	st, v := g.store.Get()
	if v != g.version && st.Posture != g.st.Posture {
		// The posture was set from outside: continue the loop from there.
		g.cycle.Seek(st.Posture)
	}
	if st.Playing && g.controls.heal.On() && !g.reduced {
		g.healTicks++
		if g.healTicks%healEvery == 0 {
			// A month a second at speed 1, in steps of a tenth of a month.
			m := math.Min(state.MaxMonths, math.Round((st.Months+st.Speed*healEvery/60)*10)/10)
			g.store.Apply(map[string]any{"months": m})
			if m >= state.MaxMonths {
				g.controls.heal.SetOn(false)
			}
			st, v = g.store.Get()
		}
	}
	if st.Playing {
		g.cycle.Step(st.Speed)
		g.store.Advance(g.cycle.Posture())
		st, v = g.store.Get()
	}
	if v != g.version {
		moved := g.st
		moved.Posture = st.Posture
		g.publish = g.publish || moved != st
		relayout := st.View != g.st.View || st.Controls != g.st.Controls || st.Lang != g.st.Lang || st.Theme != g.st.Theme
		if st.Theme != g.st.Theme {
			g.controls.setTheme(st.Theme)
			g.textColor.Reset()
			g.textColor.ScaleWithColor(scene.PaletteFor(st.Theme).Text)
		}
		prevTour := g.st.Tour
		g.st, g.version = st, v
		g.controls.setLang(g.catalog.Lang(st.Lang))
		g.presenterLang()
		eff := g.model.Effective(&g.st)
		g.controls.show(&g.st, &eff)
		if at := g.atSurgery(); at != g.controls.showOp {
			g.controls.showOp = at
			relayout = true
		}
		if relayout {
			g.relayout()
		}
		g.model.Compute(&g.st, &g.figures)
		key := st
		key.Posture, key.Playing = 0, false
		textsChanged := key != g.textsFor || g.texts.StageName == ""
		if textsChanged {
			l := g.lang()
			g.texts = makeTexts(l, g.model, &g.st, &g.figures)
			g.sources = nil // made when the overlay shows them (drawOverlay)
			g.shortcuts = makeShortcuts(l)
			g.textsFor = key
			g.operationTexts()
		}
		g.followTour(prevTour, textsChanged)
		if moved == g.st && !relayout {
			g.posed = true // only the posture moved: the panels will do
		} else {
			g.dirty = true
		}
	}
}

// Draw draws the frame when something changed; otherwise the screen keeps
// the last one (the screen is not cleared every frame). When only the
// posture moved, only the spine panels are drawn again (see panelsAlone).
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty && !g.posed {
		return
	}
	whole := g.dirty || !g.panelsAlone()
	g.dirty, g.posed = false, false
	g.frame.State = &g.st
	g.frame.Figures = &g.figures
	g.frame.Layout = g.layout
	g.frame.Lang = g.lang()
	g.frame.Texts = g.texts
	if !g.atSurgery() {
		g.frame.Operation = scene.OperationProgress{Step: surgery.Steps}
	}
	if !whole {
		// The text caches age only with whole frames, so that what the
		// panels leave alone stays cached.
		g.scene.DrawPanels(screen, &g.frame)
		return
	}
	if !g.drawn {
		page.Mark("first-draw")
		g.warm()
		page.Mark("warmed")
	}
	g.scene.Draw(screen, &g.frame)
	g.drawTour(screen)
	g.drawControls(screen)
	switch {
	case g.publish && !g.drawn:
		// The page's mirror of the controls comes with the second frame,
		// so that the first one (building a few hundred DOM nodes) comes
		// sooner.
		g.dirty = true
	case g.publish:
		g.publish = false
		g.controls.publish(g.unit)
		publishScene(g.layout.Panels, g.unit, g.zoom.Zoom)
		g.a11yTexts()
	}
	g.drawOverlay(screen)
	g.controls.th.EndFrame()
	g.text.EndFrame()
	if g.exportAsked {
		g.exportAsked = false
		g.exportFrame()
	}
	if !g.drawn {
		g.drawn = true
		page.FrameDrawn()
		debug.SetGCPercent(steadyGCPercent)
		debug.SetMemoryLimit(math.MaxInt64)
		collectSteadily()
	}
}

// Layout is required by Ebitengine; LayoutF does the work.
func (g *Game) Layout(w, h int) (int, int) {
	fw, fh := g.LayoutF(float64(w), float64(h))
	return int(fw), int(fh)
}

// LayoutF sizes the screen in device pixels, so that shapes and text are
// rasterised at the physical pixel size and stay crisp.
func (g *Game) LayoutF(w, h float64) (float64, float64) {
	unit := ebiten.Monitor().DeviceScaleFactor()
	if d := page.DeviceScale(); d != 1 {
		unit = d
	}
	if !(unit > 0) || math.IsInf(unit, 0) {
		unit = 1
	}
	pw, ph := int(math.Ceil(w*unit)), int(math.Ceil(h*unit))
	pw, ph = max(pw, 1), max(ph, 1)
	if pw != g.w || ph != g.h || unit != g.unit {
		g.w, g.h, g.unit = pw, ph, unit
		g.relayout()
	}
	return float64(pw), float64(ph)
}

func (g *Game) relayout() {
	unit := g.unit
	if g.st.Theme == "projector" {
		// Large text and controls for a wall screen, as far as the screen
		// keeps the smallest layout's room (an embed's 320×240 CSS px).
		cssW, cssH := float64(g.w)/unit, float64(g.h)/unit
		unit *= min(projectorScale, max(1, min(cssW/320, cssH/240)))
	}
	g.layout = g.arrangeScreen(unit)
	card := g.layout.Chart
	if !card.Empty() {
		card.Max.Y = card.Min.Y + g.controls.cardHeight(card.Dx(), unit)
		g.layout.Chart.Min.Y = card.Max.Y + int(8*unit)
	}
	g.controls.arrange(g.layout.Controls, g.layout.Timeline, card, g.layout.Compact, unit)
	g.placeResetZoom()
	g.arrangeTour(unit)
	g.publish = true
	g.dirty = true
}
