package game

import (
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/model"
	"spinefusion/game/page"
	"spinefusion/game/scene"
)

// exportFrame paints what the person sees, without the controls (the
// spines, the chart of motion before and after, the tour's caption card),
// into a picture of the screen's size and hands it to the page's presenter tools, which add
// the drawings and the caption (levels, approach, graft, time since
// surgery) and offer it as a PNG download. It runs in Draw, once per
// request.
func (g *Game) exportFrame() {
	img := ebiten.NewImage(g.w, g.h)
	defer img.Deallocate()
	img.Fill(scene.PaletteFor(g.st.Theme).Background)
	g.scene.Draw(img, &g.frame)
	if g.st.Controls {
		// The chart column, as on screen (not the widgets around it).
		g.scene.DrawChart(img, &g.frame, g.layout.Chart)
	}
	if t := &g.controls.tw; !t.card.Rect.Empty() {
		g.controls.th.DrawCard(img, t.card.Rect)
		g.scene.DrawTourCard(img, &g.frame, &t.card)
	}
	pix := make([]byte, 4*g.w*g.h)
	img.ReadPixels(pix)
	caption, note := g.exportCaption()
	page.SaveFrame(page.Frame{Pix: pix, W: g.w, H: g.h, Name: g.exportName(), Caption: caption, Note: note})
}

// exportCaption is the picture's caption: levels, approach, graft and time
// since surgery, and that it is for education only.
func (g *Game) exportCaption() (caption, note string) {
	l := g.lang()
	st := &g.st
	levels := strings.ReplaceAll(strings.ReplaceAll(st.Levels, "-", "–"), ",", ", ")
	caption = levels + " · " + l.T("approach."+st.Approach) + " · " + l.T("ui.graft") + ": " +
		l.T("graft.short."+st.Graft) + " · " + model.TimeText(l, st.Months)
	return caption, l.T("present.caption.note")
}

// exportName is the picture's file name, e.g.
// "spinal-fusion-L4-L5-tlif-24m.png".
func (g *Game) exportName() string {
	return "spinal-fusion-" + strings.ReplaceAll(g.st.Levels, ",", "_") + "-" + g.st.Approach + "-" +
		strconv.FormatFloat(g.st.Months, 'g', -1, 64) + "m.png"
}
