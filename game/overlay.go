package game

import (
	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// overlay is a card shown over the scene.
type overlay int

// The overlays.
const (
	overlayNone overlay = iota
	overlayHelp
	overlaySources
)

// drawControls draws the widgets and the captions of the surgery card.
func (g *Game) drawControls(dst *ebiten.Image) {
	if !g.st.Controls {
		return
	}
	c := g.controls
	g.frame.InfoReserved = c.opRect
	g.scene.DrawTimelineInfo(dst, &g.frame)
	g.scene.DrawChart(dst, &g.frame, g.layout.Chart)
	c.panel.Draw(dst)
	size := c.th.SmallFontPx()
	for _, cp := range c.captions {
		g.text.DrawScaled(dst, cp.text, size, true, float64(cp.at.X), float64(cp.at.Y), text.Left, g.textColor)
	}
	if !c.cardRect.Empty() {
		g.text.DrawScaled(dst, g.lang().T("ui.surgery"), c.th.FontPx(), true, float64(c.cardRect.Min.X)+c.th.Px(16), float64(c.cardRect.Min.Y)+c.th.Px(12), text.Left, g.textColor)
	}
}

// drawOverlay draws the open overlay, if any.
func (g *Game) drawOverlay(dst *ebiten.Image) {
	switch g.overlay {
	case overlayHelp:
		g.scene.DrawHelp(dst, &g.frame, g.shortcuts)
	case overlaySources:
		if len(g.sources) == 0 {
			g.sources = g.model.Sources(&g.st, g.lang())
		}
		g.scroll = min(g.scroll, g.scene.SourcesMaxScroll())
		g.scene.DrawSources(dst, &g.frame, g.sources, g.scroll)
	}
}
