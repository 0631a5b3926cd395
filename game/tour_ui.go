package game

import (
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/i18n"
	"spinefusion/game/page"
	"spinefusion/game/scene"
	"spinefusion/game/state"
	"spinefusion/game/tour"
	"spinefusion/game/ui"
)

// tourWidgets are the guided tour's controls: the button that starts it and
// the switch between plain words and clinical terms (in the header, or in
// the sheet on small screens), and the caption card's buttons. Like every
// widget they act only through the state store; the tour's step is the
// state's tour key, so a link, the page API or a host page open it the
// same way.
type tourWidgets struct {
	start             *ui.Button
	wording           *ui.Toggle
	back, next, leave *ui.Button

	// card is the caption card as laid out for the screen; title and body
	// its texts for the current step, wording and language.
	card        scene.TourCard
	title, body string
	// header is the part of the header the start button takes on small
	// screens; inSheet puts the wording switch in the sheet instead of the
	// header (no room there).
	header  image.Rectangle
	inSheet bool
	// heal is set while the tour lets the months move on (its healing
	// step); keyboard while the tour is driven from the keyboard, so the
	// focus ring shows on the button it focuses.
	heal, keyboard bool
	// lines is the whole body, wrapped; when the card is too small for it
	// even in smaller type (tiny frames), it shows perPage lines at a
	// time, page of pages, and Next and Back turn the pages first.
	lines                []string
	page, pages, perPage int
	steps                string // the progress words, without the page
}

// move goes delta pages on within the step when it has several, else
// delta steps; on from the last step leaves the tour (Finish).
func (c *controls) move(delta int) {
	t := &c.tw
	if p := t.page + delta; p >= 0 && p < t.pages {
		t.setPage(p, c.lang)
		return
	}
	st, _ := c.store.Get()
	n := st.Tour + delta
	if n > tour.Len() {
		n = 0 // Finish
	}
	if n >= 1 || delta > 0 {
		c.store.Apply(map[string]any{"tour": n})
	}
}

// setPage shows page p of the body and names the buttons for it.
func (t *tourWidgets) setPage(p int, l *i18n.Lang) {
	t.page = p
	t.card.Progress = t.steps
	t.card.Body = t.lines
	if t.pages > 1 {
		t.card.Progress = t.steps + " · " + strconv.Itoa(p+1) + "/" + strconv.Itoa(t.pages)
		t.card.Body = t.lines[p*t.perPage : min(len(t.lines), (p+1)*t.perPage)]
	}
	t.label(l)
}

// label names and enables Back and Next for the step and page shown.
func (t *tourWidgets) label(l *i18n.Lang) {
	step := t.card.Step
	t.back.SetDisabled(step <= 1 && t.page == 0)
	if step >= tour.Len() && t.page >= t.pages-1 {
		t.next.SetLabel(l.T("ui.tour.finish"))
	} else {
		t.next.SetLabel(l.T("ui.tour.next"))
	}
}

// addTourWidgets makes the tour's widgets and adds them to the panel, after
// the others in focus order.
func (c *controls) addTourWidgets() {
	t := &c.tw
	step := func(delta int) func() {
		return func() {
			t.keyboard = c.panel.FocusVisible()
			c.move(delta)
		}
	}
	t.start = ui.NewButton("", func() {
		t.keyboard = c.panel.FocusVisible()
		c.cardOpen = false
		c.store.Apply(map[string]any{"tour": 1})
	})
	t.wording = ui.NewToggle("", false, func(on bool) {
		w := state.Wordings[0]
		if on {
			w = state.Wordings[1]
		}
		c.store.Apply(map[string]any{"wording": w})
	})
	t.back = ui.NewButton("", step(-1))
	t.next = ui.NewButton("", step(1))
	t.next.Primary = true
	t.leave = ui.NewButton("", func() {
		t.keyboard = c.panel.FocusVisible()
		c.store.Apply(map[string]any{"tour": 0})
	})
	for _, w := range []ui.Widget{t.back, t.next, t.leave} {
		setHidden(w, true)
	}
	c.panel.Add(t.start, t.wording, t.back, t.next, t.leave)
}

// setTourLang sets the tour widgets' texts in the language.
func (c *controls) setTourLang(l *i18n.Lang) {
	t := &c.tw
	t.start.SetLabel(l.T("ui.tour"))
	t.wording.SetLabel(l.T("ui.wording"))
	t.wording.SetStateTexts(l.T("ui.on"), l.T("ui.off"))
	t.back.SetLabel(l.T("ui.tour.back"))
	t.leave.SetLabel(l.T("ui.tour.close"))
}

// showTour makes the tour widgets show st.
func (c *controls) showTour(st *state.State) {
	t := &c.tw
	t.wording.SetOn(st.Wording == "clinical")
	t.card.Step = st.Tour
	t.label(c.lang)
}

// tourSheet adds the tour's widgets that live in the sheet on small
// screens: the wording switch where the header has no room for it, and
// the start button where the header is one line (first, so it fits).
func (c *controls) tourSheet(ws []ui.Widget, oneLineHeader bool) []ui.Widget {
	if c.tw.inSheet {
		ws = append(ws, c.tw.wording)
	}
	if oneLineHeader {
		ws = append([]ui.Widget{c.tw.start}, ws...)
	}
	return ws
}

// arrangeScreen lays out the screen for the state. On small screens the
// open tour's card takes the place of the controls bar: its own buttons are
// what the tour needs.
func (g *Game) arrangeScreen(unit float64) scene.Layout {
	spines := len(scene.Panels(&g.st))
	l := scene.Arrange(g.w, g.h, unit, spines, g.st.Controls)
	if g.st.Tour > 0 && l.Compact && g.st.Controls {
		l = scene.Arrange(g.w, g.h, unit, spines, false)
	}
	g.controls.tw.inSheet = l.Chart.Empty()
	return l
}

// arrangeTour places the tour's widgets and, when the tour is open, cuts
// its card from the screen so that it never covers the spines: in the
// right column on wide screens (where the surgery card was), at the side
// on landscape screens, below the spines on portrait ones.
func (g *Game) arrangeTour(unit float64) {
	c := g.controls
	t := &c.tw
	th := c.th
	l := &g.layout
	open := g.st.Tour > 0
	t.header = image.Rectangle{}

	// The start button and the wording switch, in the header.
	if g.st.Controls && !l.Tiny && !(open && l.Compact) {
		hr := l.Header
		if l.Compact {
			// A full touch target, centred in the header (it may reach
			// into the header's margins).
			h := th.TargetPx()
			top := hr.Min.Y + (hr.Dy()-h)/2
			bw := preferredWidth(t.start, th)
			t.header = image.Rect(hr.Max.X-th.PxInt(8)-bw, top, hr.Max.X-th.PxInt(8), top+h)
			t.start.SetBounds(t.header)
			setHidden(t.start, false)
		} else {
			h := min(th.TargetPx(), hr.Dy()-th.PxInt(10))
			top := hr.Min.Y + (hr.Dy()-h)/2
			dw, _ := g.text.Measure(g.lang().T("disclaimer"), 12*unit, false)
			x := hr.Max.X - th.PxInt(16) - dw - th.PxInt(20)
			if !t.inSheet {
				ww := preferredWidth(t.wording, th)
				t.wording.SetBounds(image.Rect(x-ww, top, x, top+h))
				setHidden(t.wording, false)
				x -= ww + th.PxInt(12)
			}
			bw := preferredWidth(t.start, th)
			t.start.SetBounds(image.Rect(x-bw, top, x, top+h))
			setHidden(t.start, false)
		}
	} else if !l.Tiny || !g.st.Controls {
		setHidden(t.start, true)
	}
	if !g.st.Controls || (open && l.Compact) {
		setHidden(t.wording, true)
	}
	g.frame.HeaderReserved = t.header

	for _, w := range []ui.Widget{t.back, t.next, t.leave} {
		setHidden(w, !open)
	}
	if !open {
		t.card = scene.TourCard{}
		return
	}
	pad, btnH := th.PxInt(16), th.TargetPx()
	if l.Compact {
		pad = th.PxInt(12)
	}
	if l.Tiny {
		// A frame this small is a lesson page's embed, used with a mouse
		// or the keys: smaller buttons leave the words room.
		pad, btnH = th.PxInt(8), th.PxInt(32)
	}
	chrome := 2*pad + btnH + th.PxInt(10) // margins and the buttons' row
	var card image.Rectangle
	switch {
	case !l.Chart.Empty():
		// Wide: the top of the right column, over the chart, in place of
		// the surgery card.
		top := l.Panels[0].Min.Y
		room := l.Chart.Max.Y - top - th.PxInt(170)
		h := g.fitTourText(l.Chart.Dx()-2*pad, room-chrome, unit) + chrome
		card = image.Rect(l.Chart.Min.X, top, l.Chart.Max.X, top+h)
		l.Chart.Min.Y = card.Max.Y + th.PxInt(8)
		for _, w := range c.card {
			setHidden(w, true)
		}
		c.cardRect, c.captions, c.panel.Backdrop = image.Rectangle{}, c.captions[:0], image.Rectangle{}
	default:
		cssW, cssH := float64(g.w)/unit, float64(g.h)/unit
		main := l.Panels[0]
		for _, p := range l.Panels[1:] {
			main = main.Union(p)
		}
		if cssW > cssH*1.15 {
			w := int(max(160, min(380, cssW*0.42)) * unit)
			if l.Tiny {
				w = int(cssW * 0.6 * unit)
			}
			w = min(w, main.Dx()*6/10) // as WithCard caps it
			g.fitTourText(w-2*pad, main.Dy()-chrome, unit)
			*l, card = l.WithCard(true, w)
		} else {
			h := g.fitTourText(main.Dx()-2*pad, main.Dy()*55/100-chrome, unit) + chrome
			*l, card = l.WithCard(false, h)
		}
	}
	t.card.Rect, t.card.Pad = card, pad
	t.card.Buttons = image.Rect(card.Min.X+pad, card.Max.Y-pad-btnH, card.Max.X-pad, card.Max.Y-pad)
	layoutRow(t.card.Buttons, th.PxInt(8), th, []ui.Widget{t.leave, t.back, t.next})
}

// fitTourText wraps the caption for a card width device pixels wide,
// shrinking the text (to no less than about 70%, and never below
// ui.MinTextCSS) until it fits in height;
// if it still does not, the body is shown a page at a time. It returns the
// height the texts take.
func (g *Game) fitTourText(width, height int, unit float64) int {
	t := &g.controls.tw
	titleSize, bodySize := 17*unit, 14.5*unit
	if g.layout.Compact {
		titleSize, bodySize = 15.5*unit, 13.5*unit
	}
	if g.layout.Tiny {
		titleSize, bodySize = 13.5*unit, 12*unit
	}
	t.card.Step, t.card.Steps = g.st.Tour, tour.Len()
	t.steps = g.lang().F("ui.tour.progress", g.st.Tour, tour.Len())
	var h int
	for scale := 1.0; ; scale -= 0.06 {
		t.card.TitleSize, t.card.BodySize = titleSize*scale, bodySize*scale
		t.card.Title = g.text.Wrap(t.title, t.card.TitleSize, true, width)
		t.lines = g.text.Wrap(t.body, t.card.BodySize, false, width)
		h = scene.TourTextHeight(len(t.card.Title), len(t.lines), t.card.TitleSize, t.card.BodySize, unit)
		// Never below the legible floor: past it, the body turns pages.
		if h <= height || scale < 0.75 || bodySize*(scale-0.06) < ui.MinTextCSS*unit {
			break
		}
	}
	t.pages, t.perPage = 1, len(t.lines)
	if h > height {
		over := scene.TourTextHeight(len(t.card.Title), 0, t.card.TitleSize, t.card.BodySize, unit)
		t.perPage = max(1, int(float64(height-over)/(t.card.BodySize*1.38)))
		t.pages = (len(t.lines) + t.perPage - 1) / t.perPage
		h = height
	}
	t.setPage(min(t.page, t.pages-1), g.lang())
	return h
}

// tourKeys reads the tour's keys from what the widgets left: T starts or
// leaves the tour and W switches the wording anywhere; with the tour open,
// → / Page Down / N go on, ← / Page Up / B go back and Esc leaves it.
func (g *Game) tourKeys(in *ui.Input) {
	t := &g.controls.tw
	set := func(key string, v any) {
		t.keyboard = true
		g.store.Apply(map[string]any{key: v})
	}
	open := g.st.Tour > 0
	if in.TakeChar("t") {
		if open {
			set("tour", 0)
		} else {
			g.controls.cardOpen = false
			set("tour", 1)
		}
		return
	}
	if in.TakeChar("w") {
		if g.st.Wording == "clinical" {
			set("wording", "plain")
		} else {
			set("wording", "clinical")
		}
	}
	if !open {
		return
	}
	switch {
	case in.Take(ui.KeyRight|ui.KeyPageDown) || in.TakeChar("n"):
		if g.st.Tour < tour.Len() || t.page < t.pages-1 {
			t.keyboard = true
			g.controls.move(1)
		}
	case in.Take(ui.KeyLeft|ui.KeyPageUp) || in.TakeChar("bp"):
		t.keyboard = true
		g.controls.move(-1)
	case !g.controls.cardOpen && in.Take(ui.KeyEscape):
		set("tour", 0)
	}
}

// followTour does what a change of step asks besides its patch: the step's
// action, the focus, the caption card and the announcement for screen
// readers. prev is the step shown before; textsChanged says the state's
// texts were renewed (the caption may read differently).
func (g *Game) followTour(prev int, textsChanged bool) {
	t := &g.controls.tw
	cur := g.st.Tour
	if cur == prev && !textsChanged {
		return
	}
	relayout := cur != prev
	if cur != prev {
		t.page = 0
	}
	if cur > 0 {
		title, body := g.model.TourCaption(&g.st, g.lang())
		if title != t.title || body != t.body {
			t.title, t.body = title, body
			relayout = true
		}
	}
	if cur == prev {
		if relayout {
			g.relayout()
		}
		return
	}
	step, _ := tour.At(cur)
	if step.Action == tour.ActionHeal {
		g.controls.heal.SetOn(true)
		t.heal = true
	} else if t.heal {
		g.controls.heal.SetOn(false)
		t.heal = false
	}
	if step.Action == tour.ActionOperation {
		g.replayOperation()
	}
	if g.reduced && g.st.Playing {
		// Nothing plays by itself for a person who asked for less motion.
		g.store.Apply(map[string]any{"playing": false})
	}
	g.relayout()
	// Opening the tour focuses Next (then Enter goes on); leaving it, the
	// start button. Back, disabled on the first step, hands over to Next.
	p := g.controls.panel
	if f := p.Focused(); cur == 0 {
		if !p.SetFocus(t.start, t.keyboard) {
			p.Blur()
		}
	} else if prev == 0 || f == nil || f.Hidden() || f.Disabled() {
		p.SetFocus(t.next, t.keyboard)
	}
	if cur > 0 {
		// Say the step now; the state's own description would wait for
		// the scene to settle, which the healing step never does.
		page.Announce(g.lang().F("tour.describe", cur, tour.Len(), t.title, t.body))
		key := g.st
		if key.Playing {
			key.Posture = 0
		}
		g.announceFor, g.announceWait = key, 0
	}
}

// drawTour draws the open tour's card, under the widgets; without the
// controls bar it draws the card's buttons too.
func (g *Game) drawTour(dst *ebiten.Image) {
	t := &g.controls.tw
	if t.card.Rect.Empty() {
		return
	}
	th := g.controls.th
	th.DrawCard(dst, t.card.Rect)
	g.scene.DrawTourCard(dst, &g.frame, &t.card)
	if g.st.Controls {
		return // the panel draws them with the others
	}
	p := g.controls.panel
	for _, w := range []ui.Widget{t.leave, t.back, t.next} {
		w.Draw(dst, th, p.Focused() == w && p.FocusVisible())
	}
}
