package scene

import "image"

// Camera magnifies and shifts the spines of every panel alike, each about
// its own panel's centre, so side-by-side spines stay comparable. The zero
// value (or Zoom 1 and no pan) is the fitted view.
type Camera struct {
	// Zoom is the magnification; PanX and PanY the shift in device pixels.
	Zoom, PanX, PanY float64
}

func (c Camera) zoomed() bool { return c.Zoom > 1 || c.PanX != 0 || c.PanY != 0 }

// apply returns v as the camera shows it in the panel area.
func (c Camera) apply(v View, area image.Rectangle) View {
	if !c.zoomed() {
		return v
	}
	k := max(c.Zoom, 1)
	cx := float64(area.Min.X+area.Max.X) / 2
	cy := float64(area.Min.Y+area.Max.Y) / 2
	return View{
		Scale: v.Scale * k,
		OX:    cx + (v.OX-cx)*k + c.PanX,
		OY:    cy + (v.OY-cy)*k + c.PanY,
	}
}
