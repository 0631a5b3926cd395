package game

import "spinefusion/game/page"

// The presenter tools (pen, eraser, laser pointer, clear, full screen,
// save the frame) live in the page, over the canvas (web/present.js): they
// draw on a canvas of their own with the browser's pointer events, so they
// cost the app nothing while nobody draws. The app opens them, gives them
// their words, and paints the frame they save (export.go).

// togglePresenter shows or hides the tools.
func (g *Game) togglePresenter() {
	g.presentLang = g.lang()
	page.Presenter(true, g.st.Lang, g.words(page.PresentKeys))
}

// presenterLang gives the tools their words when the language changed.
func (g *Game) presenterLang() {
	if g.presentLang != nil && g.presentLang != g.lang() {
		g.presentLang = g.lang()
		page.Presenter(false, g.st.Lang, g.words(page.PresentKeys))
	}
}

// words translates keys into the current language.
func (g *Game) words(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = g.lang().T(k)
	}
	return out
}

// openShare opens the page's share panel for the current state: its link,
// QR code and iframe snippet.
func (g *Game) openShare() {
	st, _ := g.store.Get()
	page.ShowShare(page.Share{State: st, Theme: st.Theme, Texts: g.words(page.ShareKeys)})
}
