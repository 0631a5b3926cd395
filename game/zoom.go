package game

import (
	"image"

	"spinefusion/game/scene"
	"spinefusion/game/ui"
)

// keyZoom is the zoom factor of one press of + or −.
const keyZoom = 1.25

// zoomArea tells which panel's spine the point (x, y) is over, as a zoom
// area; the surgery card, when it lies over the panels, is not.
func (g *Game) zoomArea(x, y float64) (ui.Area, bool) {
	p := image.Pt(int(x), int(y))
	if p.In(g.controls.cardRect) {
		return ui.Area{}, false
	}
	for _, r := range g.layout.Panels {
		if p.In(r) {
			return panelArea(r), true
		}
	}
	return ui.Area{}, false
}

func panelArea(r image.Rectangle) ui.Area {
	return ui.Area{
		CX: float64(r.Min.X+r.Max.X) / 2, CY: float64(r.Min.Y+r.Max.Y) / 2,
		HalfW: float64(r.Dx()) / 2, HalfH: float64(r.Dy()) / 2,
	}
}

// handleZoom reads the zoom and pan gestures and keys; it reports whether
// this tick's release belonged to a gesture (and is not a click).
func (g *Game) handleZoom(in *ui.Input, captured bool) bool {
	changed := false
	if !captured {
		changed = g.zoom.Update(in, g.zoomArea, 8*g.unit)
	}
	if len(g.layout.Panels) > 0 {
		a := panelArea(g.layout.Panels[0])
		switch {
		case in.Take(ui.KeyZoomIn):
			g.zoom.ZoomAt(a, a.CX, a.CY, max(g.zoom.Zoom, 1)*keyZoom)
			changed = true
		case in.Take(ui.KeyZoomOut):
			g.zoom.ZoomAt(a, a.CX, a.CY, max(g.zoom.Zoom, 1)/keyZoom)
			changed = true
		case in.Take(ui.KeyZoomReset) && g.zoom.Zoomed():
			g.zoom.Reset()
			changed = true
		}
	}
	if changed {
		g.zoomChanged()
	}
	return g.zoom.Consumed()
}

// resetZoom returns to the fitted view (the Reset zoom button).
func (g *Game) resetZoom() {
	g.zoom.Reset()
	g.zoomChanged()
}

// zoomChanged shows the new camera, and the reset button while zoomed.
func (g *Game) zoomChanged() {
	g.frame.Camera = scene.Camera{Zoom: g.zoom.Zoom, PanX: g.zoom.PanX, PanY: g.zoom.PanY}
	if g.controls.resetZoom.Hidden() == g.zoom.Zoomed() {
		g.placeResetZoom()
	}
	g.publish = true // the page's layout() reports the zoom
	g.dirty = true
}

// placeResetZoom shows the reset button in the first panel's top right
// while the spines are zoomed (and the controls are shown), else hides it.
func (g *Game) placeResetZoom() {
	b := g.controls.resetZoom
	if !g.zoom.Zoomed() || len(g.layout.Panels) == 0 || g.layout.Controls.Empty() {
		b.SetHidden(true)
		b.SetBounds(image.Rectangle{})
		return
	}
	b.SetHidden(false)
	th := g.controls.th
	r := g.layout.Panels[0]
	h := th.TargetPx()
	tw, _ := th.Text.Measure(b.Label(), th.FontPx(), true)
	w := max(h, tw+th.PxInt(28))
	pad := th.PxInt(8)
	top := r.Min.Y + th.PxInt(44) // under the caption
	b.SetBounds(image.Rect(r.Max.X-pad-w, top, r.Max.X-pad, top+h))
}
