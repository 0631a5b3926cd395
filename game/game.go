// Package game is the Ebitengine game: it owns the loop that reads input,
// moves time on by fixed ticks, and asks the scene to draw when something
// changed.
package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"spinefusion/assets"
	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/motion"
	"spinefusion/game/page"
	"spinefusion/game/scene"
	"spinefusion/game/state"
	"spinefusion/game/text"
)

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

	w, h   int
	unit   float64
	layout scene.Layout
	dirty  bool
	drawn  bool
}

// New loads the tables and translations and returns a game in the default
// state, in the browser's language when it has one of ours.
func New(version string) (*Game, error) {
	m, err := model.Load(assets.Data)
	if err != nil {
		return nil, err
	}
	cat, err := i18n.Load(assets.I18n, "i18n")
	if err != nil {
		return nil, err
	}
	st := state.Default()
	st.Lang = cat.Best(page.Languages()).Code()
	g := &Game{
		store:   state.NewStore(st),
		model:   m,
		catalog: cat,
		text:    text.NewCache(),
		unit:    1,
		dirty:   true,
	}
	g.scene = scene.New(m, g.text)
	page.Start(page.Host{
		Store:    g.store,
		Snapshot: m.Snapshot,
		Describe: func(s state.State) string { return m.Describe(s, cat.Lang(s.Lang)) },
		Version:  version,
	})
	return g, nil
}

// Store returns the state store, through which every change comes.
func (g *Game) Store() *state.Store { return g.store }

// Update advances the explorer by one tick.
func (g *Game) Update() error {
	if inpututil.IsKeyJustPressed(ebiten.KeySpace) || g.tapped() {
		g.store.Update(func(s *state.State) { s.Playing = !s.Playing })
	}
	g.tick()
	return nil
}

// tick moves time on by one step and takes in any change to the state.
func (g *Game) tick() {
	st, v := g.store.Get()
	if v != g.version && st.Posture != g.st.Posture {
		// The posture was set from outside: continue the loop from there.
		g.cycle.Seek(st.Posture)
	}
	if st.Playing {
		g.cycle.Step(st.Speed)
		p := g.cycle.Posture()
		g.store.Update(func(s *state.State) {
			if s.Playing {
				s.Posture = p
			}
		})
		st, v = g.store.Get()
	}
	if v != g.version {
		relayout := st.View != g.st.View || st.Controls != g.st.Controls
		g.st, g.version = st, v
		if relayout {
			g.relayout()
		}
		g.model.Compute(&g.st, &g.figures)
		g.dirty = true
	}
}

// tapped reports a click or tap on the picture, which plays or pauses.
func (g *Game) tapped() bool {
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		return true
	}
	var ids [4]ebiten.TouchID
	for _, id := range inpututil.AppendJustReleasedTouchIDs(ids[:0]) {
		_ = id
		return true
	}
	return false
}

// Draw draws the frame when something changed; otherwise the screen keeps
// the last one (the screen is not cleared every frame).
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty {
		return
	}
	g.dirty = false
	g.scene.Draw(screen, &scene.Frame{
		State:   &g.st,
		Figures: &g.figures,
		Layout:  g.layout,
		Lang:    g.catalog.Lang(g.st.Lang),
	})
	g.text.EndFrame()
	if !g.drawn {
		g.drawn = true
		page.FrameDrawn()
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
	g.layout = scene.Arrange(g.w, g.h, g.unit, len(scene.Panels(&g.st)), g.st.Controls)
	g.dirty = true
}
