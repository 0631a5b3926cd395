package game

import (
	"image"
	"math"
	"slices"
	"strings"

	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/page"
	"spinefusion/game/state"
	"spinefusion/game/text"
	"spinefusion/game/ui"
)

// controls is the on-screen widget set. Every widget acts only through the
// state store's Apply, the one door for changes, and shows the state back.
type controls struct {
	store *state.Store
	th    *ui.Theme
	panel *ui.Panel

	play, setup, sources, help *ui.Button
	share, draw                *ui.Button // share panel; presenter tools
	motion, view, speed        *ui.Segmented
	region, from, count        *ui.Segmented
	approach, graft            *ui.Segmented
	labels                     *ui.Toggle
	opReplay, opNext           *ui.Button
	resetZoom                  *ui.Button // shown while the spines are zoomed
	heal                       *ui.Toggle // time moves on while playing
	timeline                   *ui.Slider
	tw                         tourWidgets // the guided tour's (tour_ui.go)

	// bar and card hold the widgets of the bottom bar and of the surgery
	// card, in layout order; captions label the card's widgets.
	bar, card []ui.Widget
	captions  []caption
	cardOpen  bool // on compact screens the card opens over the scene
	showOp    bool // the operation's buttons are shown
	opRect    image.Rectangle
	cardRect  image.Rectangle
	lang      *i18n.Lang
	// shownRegion is the region whose levels and approaches the card
	// offers now.
	shownRegion string
}

// caption is a small heading drawn above a widget of the card.
type caption struct {
	text string
	at   image.Point
}

var speeds = []float64{0.5, 1, 2}

func newControls(store *state.Store, tc *text.Cache) *controls {
	c := &controls{store: store, th: ui.Light(1, tc)}
	set := func(key string, v any) { store.Apply(map[string]any{key: v}) }
	c.play = ui.NewButton("", func() {
		st, _ := store.Get()
		set("playing", !st.Playing)
	})
	c.play.Primary = true
	c.motion = ui.NewSegmented("", nil, 0, func(i int) { set("motion", state.Motions[i]) })
	c.view = ui.NewSegmented("", nil, 0, func(i int) { set("view", state.Views[i]) })
	c.speed = ui.NewSegmented("", []string{"½×", "1×", "2×"}, 1, func(i int) { set("speed", speeds[i]) })
	c.labels = ui.NewToggle("", true, func(on bool) { set("labels", on) })
	c.sources = ui.NewButton("", nil)
	c.help = ui.NewButton("?", nil)
	c.share = ui.NewButton("", nil)
	c.draw = ui.NewButton("", nil)
	c.setup = ui.NewButton("", func() { c.cardOpen = !c.cardOpen })
	c.region = ui.NewSegmented("", nil, 0, func(i int) { set("region", state.Regions[i]) })
	c.from = ui.NewSegmented("", levelNames(cardFusable("lumbar")), 3, func(i int) { c.applyLevels(i, c.count.Selected()+1) })
	c.count = ui.NewSegmented("", []string{"1", "2", "3"}, 0, func(i int) { c.applyLevels(c.from.Selected(), i+1) })
	c.approach = ui.NewSegmented("", nil, 0, func(i int) { c.applyApproach(c.approaches()[i]) })
	c.graft = ui.NewSegmented("", nil, 0, func(i int) { set("graft", state.Grafts[i]) })
	c.timeline = ui.NewSlider("", 0, 100, 1, func(p float64) { set("months", positionMonths(p)) })
	c.timeline.BigStep = 10
	c.heal = ui.NewToggle("", false, nil)
	c.opReplay = ui.NewButton("", nil)
	c.opNext = ui.NewButton("", nil)
	c.resetZoom = ui.NewButton("", nil)
	c.bar = []ui.Widget{c.play, c.motion, c.view, c.speed, c.labels, c.setup, c.draw, c.share, c.sources, c.help}
	// The region and the number of levels share the card's first row.
	c.card = []ui.Widget{c.region, c.count, c.from, c.approach, c.graft}
	c.panel = ui.NewPanel(c.th, tabOrder(c)...)
	c.addTourWidgets()
	return c
}

// applyLevels fuses count levels starting at the region's fusable[from],
// moving the start up when the block would run past the bottom.
func (c *controls) applyLevels(from, count int) {
	fusable := c.fusable()
	from = min(from, len(fusable)-count)
	c.store.Apply(map[string]any{"levels": strings.Join(fusable[from:from+count], ",")})
}

// The timeline's position runs 0 to 100 and maps to months on a square
// scale, so that the busy first months get room: 50 is 30 months.
func positionMonths(p float64) float64 {
	m := state.MaxMonths * (p / 100) * (p / 100)
	return math.Round(m*100) / 100
}

func monthsPosition(m float64) float64 { return 100 * math.Sqrt(m/state.MaxMonths) }

// setTheme gives the widgets the look of a theme.
func (c *controls) setTheme(name string) {
	var th *ui.Theme
	switch name {
	case "dark":
		th = ui.Dark(c.th.Scale, c.th.Text)
	case "contrast", "projector":
		th = ui.Contrast(c.th.Scale, c.th.Text)
	default:
		th = ui.Light(c.th.Scale, c.th.Text)
	}
	th.ReducedMotion = c.th.ReducedMotion
	c.th = th
	c.panel.Theme = th
}

// setLang sets every widget's text in the language.
func (c *controls) setLang(l *i18n.Lang) {
	if c.lang == l {
		return
	}
	c.lang = l
	c.shownRegion = "" // the card's options are renamed in show
	c.region.SetLabel(l.T("ui.region"))
	c.region.SetOptions([]string{l.T("region.lumbar"), l.T("region.cervical")})
	c.motion.SetLabel(l.T("ui.motion"))
	c.motion.SetOptions([]string{l.T("motion.short.flexion-extension"), l.T("motion.short.lateral-bending"), l.T("motion.short.axial-rotation")})
	c.view.SetLabel(l.T("ui.view"))
	c.view.SetOptions([]string{l.T("view.compare"), l.T("view.before"), l.T("view.after")})
	c.speed.SetLabel(l.T("ui.speed"))
	c.labels.SetLabel(l.T("ui.labels"))
	c.labels.SetStateTexts(l.T("ui.on"), l.T("ui.off"))
	c.sources.SetLabel(l.T("ui.sources"))
	c.help.SetLabel("?")
	c.share.SetLabel(l.T("share.button"))
	c.draw.SetLabel(l.T("present.button"))
	c.setup.SetLabel(l.T("ui.surgery"))
	c.from.SetLabel(l.T("ui.levels.from"))
	c.count.SetLabel(l.T("ui.levels.count"))
	c.approach.SetLabel(l.T("ui.approach"))
	c.graft.SetLabel(l.T("ui.graft"))
	c.graft.SetOptions([]string{l.T("graft.short.autograft"), l.T("graft.short.allograft"), l.T("graft.short.synthetic"), l.T("graft.short.bmp")})
	c.timeline.SetLabel(l.T("ui.timeline"))
	c.opReplay.SetLabel(l.T("ui.op.replay"))
	c.opNext.SetLabel(l.T("ui.op.next"))
	c.heal.SetLabel(l.T("ui.heal"))
	c.resetZoom.SetLabel(l.T("ui.zoom.reset"))
	c.heal.SetStateTexts(l.T("ui.on"), l.T("ui.off"))
	c.setTourLang(l)
	c.timeline.SetFormat(func(p float64) string { return model.TimeText(l, positionMonths(p)) })
	c.timeline.Marks = []ui.Mark{
		{Value: 0, Label: l.T("timeline.mark.surgery")},
		{Value: monthsPosition(3), Label: l.T("timeline.mark.3m")},
		{Value: monthsPosition(12), Label: l.T("timeline.mark.1y")},
		{Value: monthsPosition(24), Label: l.T("timeline.mark.2y")},
		{Value: monthsPosition(60), Label: l.T("timeline.mark.5y")},
		{Value: 100, Label: l.T("timeline.mark.10y")},
	}
}

// show makes the widgets show st; eff is the state the pictures are drawn
// for (see model.Effective), which a scoliosis fusion's span overrides.
func (c *controls) show(st, eff *state.State) {
	if st.Playing {
		c.play.SetLabel(c.lang.T("ui.pause"))
	} else {
		c.play.SetLabel(c.lang.T("ui.play"))
	}
	c.motion.SetSelected(slices.Index(state.Motions, st.Motion))
	c.view.SetSelected(slices.Index(state.Views, st.View))
	c.speed.SetSelected(slices.IndexFunc(speeds, func(s float64) bool { return s >= st.Speed-1e-9 }))
	c.labels.SetOn(st.Labels)
	c.showRegion(st)
	c.approach.SetSelected(slices.Index(c.approaches(), st.Approach))
	c.graft.SetSelected(slices.Index(state.Grafts, st.Graft))
	first, _, _ := strings.Cut(st.Levels, ",")
	c.from.SetSelected(slices.Index(c.fusable(), first))
	c.count.SetSelected(strings.Count(st.Levels, ","))
	c.showCurveFusion(st, eff)
	c.showTour(st)
	if !c.timeline.Dragging() {
		c.timeline.SetValue(monthsPosition(st.Months))
	}
}

// arrange places the widgets for the screen's layout.
func (c *controls) arrange(bar, timeline, card image.Rectangle, compact bool, unit float64) {
	th := c.th
	th.Scale = unit
	hidden := bar.Empty()
	for _, w := range c.panel.Widgets() {
		setHidden(w, hidden)
	}
	if hidden {
		return
	}
	gap := th.PxInt(8)
	h := th.TargetPx()
	// A short bar (a small frame, a phone on its side) has one row; the
	// motion choice then moves into the sheet.
	oneRow := compact && bar.Dy() < 2*h+3*gap
	margin := gap * 2
	if oneRow {
		margin = gap // a short frame's one row needs every pixel
	}
	row := image.Rect(bar.Min.X+margin, bar.Min.Y+(bar.Dy()-h)/2, bar.Max.X-margin, bar.Min.Y+(bar.Dy()-h)/2+h)
	barWidgets := c.bar
	// A bar too narrow for all its widgets at the legible floor (large
	// text: the projector theme) keeps the essentials, like a small
	// screen, and the rest goes in the sheet.
	crowded := compact || !rowFits(row, gap, th, c.bar)
	if crowded && !compact {
		for _, w := range []ui.Widget{c.speed, c.labels, c.draw, c.share, c.sources, c.help} {
			setHidden(w, true)
		}
		barWidgets = []ui.Widget{c.play, c.motion, c.view, c.setup}
		c.setup.SetLabel(c.lang.T("ui.more"))
		card = image.Rectangle{} // the surgery card opens as a sheet too
	} else if compact {
		// Small screens keep the essentials in two rows; the rest opens
		// in a sheet with the "more" button.
		for _, w := range []ui.Widget{c.speed, c.labels, c.draw, c.share, c.sources, c.help} {
			setHidden(w, true)
		}
		c.setup.SetLabel(c.lang.T("ui.more"))
		barWidgets = []ui.Widget{c.play, c.view, c.setup}
		if !oneRow {
			top := image.Rect(row.Min.X, bar.Min.Y+gap, row.Max.X, bar.Min.Y+gap+h)
			topWidgets := []ui.Widget{c.motion}
			// Large text: Play moves up beside the motions when the
			// views would not fit beside it.
			if !rowFits(row, gap, th, barWidgets) && rowFits(row, gap, th, []ui.Widget{c.play, c.motion}) {
				topWidgets = []ui.Widget{c.play, c.motion}
				barWidgets = []ui.Widget{c.view, c.setup}
			}
			layoutRow(top, gap, th, topWidgets)
			row = image.Rect(row.Min.X, top.Max.Y+gap, row.Max.X, top.Max.Y+gap+h)
		}
	} else {
		c.setup.SetLabel(c.lang.T("ui.surgery"))
	}
	c.setup.SetHidden(!card.Empty() && !compact)
	var visible []ui.Widget
	for _, w := range barWidgets {
		if !w.Hidden() {
			visible = append(visible, w)
		}
	}
	layoutRow(row, gap, th, visible)

	// Without room for the timeline, it moves into the sheet.
	tiny := timeline.Empty()
	tl := timeline.Inset(gap)
	tl.Max.X = tl.Min.X + tl.Dx()*55/100
	if compact {
		// Full width, and all the height: the controls below keep a gap.
		tl = image.Rect(timeline.Min.X+gap, timeline.Min.Y+gap/4, timeline.Max.X-gap, timeline.Max.Y)
	}
	c.timeline.SetBounds(tl)

	// On the day of surgery, the operation's buttons sit at the row's end;
	// later, the switch that lets time move on while playing.
	setHidden(c.opReplay, !c.showOp)
	setHidden(c.opNext, !c.showOp)
	setHidden(c.heal, c.showOp || compact)
	c.opRect = image.Rectangle{}
	if !c.showOp && !compact {
		r := image.Rect(timeline.Max.X-gap*2-th.PxInt(190), timeline.Min.Y+(timeline.Dy()-h)/2, timeline.Max.X-gap*2, timeline.Min.Y+(timeline.Dy()-h)/2+h)
		c.heal.SetBounds(r)
		c.opRect = r
	}
	if c.showOp {
		r := image.Rect(timeline.Max.X-gap*2-th.PxInt(280), timeline.Min.Y+(timeline.Dy()-h)/2, timeline.Max.X-gap*2, timeline.Min.Y+(timeline.Dy()-h)/2+h)
		if compact {
			above := timeline
			if tiny {
				above = bar // no timeline row: above the bar
			}
			r = image.Rect(above.Min.X+gap, above.Min.Y-h-gap, above.Max.X-gap, above.Min.Y-gap)
			// Only as wide as their words, at the right, over the small
			// figure's corner rather than across the spines.
			if need := preferredWidth(c.opReplay, th) + preferredWidth(c.opNext, th) + gap; need < r.Dx() {
				r.Min.X = r.Max.X - need
			}
		}
		layoutRow(r, gap, th, []ui.Widget{c.opReplay, c.opNext})
		c.opRect = r
	}

	// The surgery card: in the chart column on wide screens, else a sheet
	// over the scene when opened.
	c.cardRect = card
	if card.Empty() || crowded {
		c.cardRect = image.Rectangle{}
		if c.cardOpen {
			w := min(bar.Dx()-4*gap, th.PxInt(420))
			c.cardRect = image.Rect(bar.Min.X+(bar.Dx()-w)/2, 0, bar.Min.X+(bar.Dx()+w)/2, 0)
			n := len(c.card) + 5
			if tiny {
				n++ // the timeline
			}
			if oneRow {
				n += 2 // the motion and the tour's start
			}
			hh := n*(h+th.PxInt(26)) + th.PxInt(40)
			c.cardRect.Max.Y = bar.Min.Y - gap
			if !tiny {
				c.cardRect.Max.Y = timeline.Min.Y - gap
			}
			c.cardRect.Min.Y = max(gap, c.cardRect.Max.Y-hh)
		}
	}
	cardWidgets := slices.Clone(c.card)
	if crowded {
		cardWidgets = append(cardWidgets, c.speed, c.labels, c.draw, c.share, c.sources, c.help)
	}
	if oneRow {
		cardWidgets = append([]ui.Widget{c.motion}, cardWidgets...)
	}
	if tiny {
		cardWidgets = append([]ui.Widget{c.timeline}, cardWidgets...)
	}
	cardWidgets = c.tourSheet(cardWidgets, oneRow)
	for _, w := range cardWidgets {
		setHidden(w, c.cardRect.Empty())
	}
	c.captions = c.captions[:0]
	c.panel.Backdrop = c.cardRect
	if c.cardRect.Empty() {
		return
	}
	y := c.cardRect.Min.Y + gap + th.PxInt(30)
	paired := c.pairFits(c.cardRect.Dx(), th)
	for k, w := range cardWidgets {
		if y+th.PxInt(20)+h > c.cardRect.Max.Y {
			setHidden(w, true) // a tiny frame shows what fits
			continue
		}
		if w == c.count && k > 0 && cardWidgets[k-1] == c.region && paired {
			continue // placed beside the region
		}
		c.captions = append(c.captions, caption{text: w.Label(), at: image.Pt(c.cardRect.Min.X+gap*2, y)})
		if w == c.region && k+1 < len(cardWidgets) && cardWidgets[k+1] == c.count && paired {
			c.pairRow(y, gap, h, th)
			y += th.PxInt(20) + h + th.PxInt(6)
			continue
		}
		y += th.PxInt(20)
		wh := h
		if _, ok := w.(*ui.Slider); ok && !tiny {
			wh = w.PreferredHeight(th)
		}
		w.SetBounds(image.Rect(c.cardRect.Min.X+gap*2, y, c.cardRect.Max.X-gap*2, y+wh))
		y += wh + th.PxInt(6)
	}
}

// layoutRow places widgets in a row, each as wide as its content needs,
// sharing out what is left.
func layoutRow(r image.Rectangle, gap int, th *ui.Theme, ws []ui.Widget) {
	need := make([]int, len(ws))
	total := 0
	for i, w := range ws {
		need[i] = preferredWidth(w, th)
		total += need[i]
	}
	free := r.Dx() - gap*(len(ws)-1)
	wd := make([]int, len(ws))
	for i := range ws {
		wd[i] = need[i]
		if total > 0 {
			wd[i] = need[i] * free / total
		}
	}
	if total > free {
		// Too narrow for every text at its size: each widget first gets
		// what its texts need at the legible floor, then a share of the
		// rest by how much more it would like.
		least, more := 0, 0
		floor := make([]int, len(ws))
		for i, w := range ws {
			floor[i] = min(need[i], ui.MinWidth(w, th))
			least += floor[i]
			more += need[i] - floor[i]
		}
		if least <= free && more > 0 {
			for i := range ws {
				wd[i] = floor[i] + (need[i]-floor[i])*(free-least)/more
			}
		}
	}
	// Keep every touch target: widen what fell below it, taking the
	// pixels from the widest widget.
	for i := range wd {
		if short := th.TargetPx() - wd[i]; short > 0 {
			widest := 0
			for j := range wd {
				if wd[j] > wd[widest] {
					widest = j
				}
			}
			if wd[widest]-short >= th.TargetPx() {
				wd[i] += short
				wd[widest] -= short
			}
		}
	}
	x := r.Min.X
	for i, w := range ws {
		w.SetBounds(image.Rect(x, r.Min.Y, x+wd[i], r.Max.Y))
		x += wd[i] + gap
	}
}

// rowFits reports whether the visible widgets of ws fit side by side in r
// at the legible floor.
func rowFits(r image.Rectangle, gap int, th *ui.Theme, ws []ui.Widget) bool {
	need := -gap
	for _, w := range ws {
		if !w.Hidden() {
			need += ui.MinWidth(w, th) + gap
		}
	}
	return need <= r.Dx()
}

// preferredWidth is how wide a widget's texts need it to be.
func preferredWidth(w ui.Widget, th *ui.Theme) int {
	pad := th.PxInt(28)
	tw := func(s string) int { m, _ := th.Text.Measure(s, th.FontPx(), false); return m }
	switch w := w.(type) {
	case *ui.Segmented:
		n := 0
		for _, o := range w.Options() {
			n += tw(o) + pad
		}
		return n
	case *ui.Toggle:
		return tw(w.Label()) + th.PxInt(72) + pad/2 // the switch and its margins
	case *ui.Button:
		return max(th.TargetPx(), tw(w.Label())+pad+th.PxInt(8))
	}
	return th.PxInt(100)
}

// setHidden hides or shows any of our widgets.
func setHidden(w ui.Widget, hidden bool) {
	if h, ok := w.(interface{ SetHidden(bool) }); ok {
		h.SetHidden(hidden)
	}
}

// publish tells the page where the visible controls are and what they say,
// and renews the hidden HTML controls that mirror them.
func (c *controls) publish(unit float64) {
	var out []page.Widget
	focused := c.panel.Focused()
	css := func(r image.Rectangle) (x, y, w, h float64) {
		return float64(r.Min.X) / unit, float64(r.Min.Y) / unit, float64(r.Dx()) / unit, float64(r.Dy()) / unit
	}
	for i, w := range c.panel.Widgets() {
		if w.Hidden() {
			continue
		}
		pw := page.Widget{Index: i, Role: w.Role().String(), Label: w.Label(), Value: w.ValueText(), Focused: w == focused, Disabled: w.Disabled()}
		if w == c.help {
			pw.Label = c.lang.T("a11y.name.help") // "?" alone says little aloud
		}
		pw.X, pw.Y, pw.W, pw.H = css(w.Bounds())
		switch w := w.(type) {
		case *ui.Segmented:
			pw.Selected = w.Selected()
			for j, o := range w.Options() {
				opt := page.Option{Label: o}
				opt.X, opt.Y, opt.W, opt.H = css(w.SegmentBounds(j))
				pw.Options = append(pw.Options, opt)
			}
		case *ui.Slider:
			pw.Min, pw.Max, pw.Step, pw.Num = w.Min, w.Max, w.Step, w.Value()
		case *ui.Toggle:
			pw.On = w.On()
		}
		out = append(out, pw)
	}
	page.PublishWidgets(out)
	page.Mirror(out)
	page.SetTabEdges(c.panel.TabLeaves(true), c.panel.TabLeaves(false))
}

// publishScene tells the page where the spine panels are and the zoom.
func publishScene(panels []image.Rectangle, unit, zoom float64) {
	ps := make([]page.Rect, len(panels))
	for i, r := range panels {
		ps[i] = page.Rect{X: float64(r.Min.X) / unit, Y: float64(r.Min.Y) / unit, W: float64(r.Dx()) / unit, H: float64(r.Dy()) / unit}
	}
	page.PublishScene(ps, max(zoom, 1))
}

// act carries out a request from the page's hidden controls.
func (c *controls) act(a page.Action) {
	ws := c.panel.Widgets()
	if a.Index < 0 || a.Index >= len(ws) {
		return
	}
	switch w := ws[a.Index].(type) {
	case *ui.Button:
		if a.Kind == page.ActPress {
			w.Press()
		}
	case *ui.Toggle:
		if a.Kind == page.ActFlip {
			w.Flip()
		}
	case *ui.Segmented:
		if a.Kind == page.ActSelect && a.Option >= 0 && a.Option < len(w.Options()) {
			w.Select(a.Option)
		}
	case *ui.Slider:
		if a.Kind == page.ActSet && !math.IsNaN(a.Num) {
			w.Change(math.Max(w.Min, math.Min(w.Max, a.Num)))
		}
	}
	if a.Kind == page.ActFocus {
		c.panel.SetFocus(ws[a.Index], true)
	}
}
