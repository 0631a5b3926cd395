package scene

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
)

// TourCard is the guided tour's caption card, laid out by the game when the
// step, the language, the wording or the screen changes: its rectangle, its
// texts already wrapped, and the row its buttons take. Drawing it formats
// nothing.
type TourCard struct {
	Rect image.Rectangle
	// Progress says "Step 3 of 13"; Step and Steps draw the dots.
	Progress    string
	Step, Steps int
	// Title and Body are the wrapped lines, at TitleSize and BodySize
	// device pixels.
	Title, Body         []string
	TitleSize, BodySize float64
	// Pad is the inner margin and Buttons the row of the card's buttons,
	// in device pixels.
	Pad     int
	Buttons image.Rectangle
}

// The card's vertical rhythm, in multiples of the text sizes.
const (
	tourTitleLead = 1.25
	tourBodyLead  = 1.38
)

// TourProgressHeight is the height of the progress line at unit device
// pixels per CSS pixel.
func TourProgressHeight(unit float64) int { return int(24 * unit) }

// TourTextHeight is the height of the card's texts: the progress line, the
// title and the body, with the gaps between them.
func TourTextHeight(titleLines, bodyLines int, titleSize, bodySize, unit float64) int {
	return TourProgressHeight(unit) + int(float64(titleLines)*titleSize*tourTitleLead+6*unit+float64(bodyLines)*bodySize*tourBodyLead+8*unit)
}

// WithCard returns l with room cut for a card from the area of the spines:
// a column at the right (side) or a band at the bottom, size device pixels
// across, and the card's rectangle. The spines share what is left.
func (l Layout) WithCard(side bool, size int) (Layout, image.Rectangle) {
	if len(l.Panels) == 0 {
		return l, image.Rectangle{}
	}
	main := l.Panels[0]
	for _, p := range l.Panels[1:] {
		main = main.Union(p)
	}
	gap := int(8 * l.Unit)
	var card image.Rectangle
	if side {
		size = min(size, main.Dx()*6/10)
		card = image.Rect(main.Max.X-size, main.Min.Y, main.Max.X, main.Max.Y)
		main.Max.X = card.Min.X - gap
	} else {
		size = min(size, main.Dy()*55/100)
		card = image.Rect(main.Min.X, main.Max.Y-size, main.Max.X, main.Max.Y)
		main.Max.Y = card.Min.Y - gap
	}
	panels := splitPanels(main, len(l.Panels), gap)
	l.Panels = append(l.Panels[:0:0], panels...)
	return l, card
}

// DrawTourCard draws the card's texts and its progress dots; the game
// draws the card itself and its buttons.
func (s *Scene) DrawTourCard(dst *ebiten.Image, f *Frame, c *TourCard) {
	if c == nil || c.Rect.Empty() {
		return
	}
	u := f.Layout.Unit
	pal := PaletteFor(f.State.Theme)
	var ink, soft ebiten.ColorScale
	ink.ScaleWithColor(pal.Text)
	soft.ScaleWithColor(pal.TextSoft)
	x := float64(c.Rect.Min.X + c.Pad)
	y := float64(c.Rect.Min.Y + c.Pad)

	// The progress line: the words, then one dot per step, the done ones
	// and the current one in the accent colour, the current one larger.
	small := 12.5 * u
	s.Text.DrawScaled(dst, c.Progress, small, true, x, y, text.Left, soft)
	pw, _ := s.Text.Measure(c.Progress, small, true)
	if c.Steps > 0 {
		left := x + float64(pw) + 12*u
		room := float64(c.Rect.Max.X-c.Pad) - left
		step := min(13*u, room/float64(c.Steps))
		r := min(3.6*u, step*0.32)
		cy := y + small*0.62
		if step >= 4*u {
			var accent, faint ebiten.ColorScale
			accent.ScaleWithColor(pal.Accent)
			faint.ScaleWithColor(pal.TextSoft)
			faint.ScaleAlpha(0.45)
			for i := range c.Steps {
				cx := left + step*(float64(i)+0.5)
				switch {
				case i+1 == c.Step:
					drawDot(dst, cx, cy, r*1.4, accent)
				case i+1 < c.Step:
					drawDot(dst, cx, cy, r, accent)
				default:
					drawDot(dst, cx, cy, r, faint)
				}
			}
		}
	}
	y += float64(TourProgressHeight(u))

	for _, line := range c.Title {
		s.Text.DrawScaled(dst, line, c.TitleSize, true, x, y, text.Left, ink)
		y += c.TitleSize * tourTitleLead
	}
	y += 6 * u
	for _, line := range c.Body {
		s.Text.DrawScaled(dst, line, c.BodySize, false, x, y, text.Left, ink)
		y += c.BodySize * tourBodyLead
	}
}

// tourDot is a white disc, rasterised once, that the progress dots tint.
var tourDot struct {
	img *ebiten.Image
	op  ebiten.DrawImageOptions
}

// dotPx is the radius of the disc sprite, in pixels; dots are drawn scaled.
const dotPx = 16

// drawDot draws a disc of radius r centred on (x, y) in the colour cs.
func drawDot(dst *ebiten.Image, x, y, r float64, cs ebiten.ColorScale) {
	if tourDot.img == nil {
		rs := theRaster.begin(2*dotPx+2, 2*dotPx+2)
		rs.z.Reset(2*dotPx+2, 2*dotPx+2)
		rs.disc(dotPx+1, dotPx+1, dotPx)
		rs.draw(color.White)
		tourDot.img = rs.upload()
	}
	op := &tourDot.op
	op.GeoM.Reset()
	op.GeoM.Translate(-dotPx-1, -dotPx-1)
	op.GeoM.Scale(r/dotPx, r/dotPx)
	op.GeoM.Translate(x, y)
	op.ColorScale = cs
	op.Filter = ebiten.FilterLinear
	dst.DrawImage(tourDot.img, op)
}
