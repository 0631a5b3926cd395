package game

import (
	"image"
	"slices"
	"strings"

	"spinefusion/game/state"
	"spinefusion/game/ui"
)

// The surgery card's choices by region, in order: the levels a fusion may
// start at and the approaches.
var (
	cardApproachesByRegion = map[string][]string{
		"lumbar":   {"tlif", "plif", "posterolateral", "alif"},
		"cervical": {"acdf", "posterior"},
	}
	cardFusableByRegion = map[string][]string{
		"lumbar":   state.LumbarSegments[1:],
		"cervical": state.CervicalSegments,
	}
)

// cardFusable returns the levels the card offers for a region.
func cardFusable(region string) []string { return cardFusableByRegion[region] }

// levelNames writes level names as printed, with an en dash.
func levelNames(levels []string) []string {
	out := make([]string, len(levels))
	for i, n := range levels {
		out[i] = strings.ReplaceAll(n, "-", "–")
	}
	return out
}

// fusable returns the levels the card offers now.
func (c *controls) fusable() []string { return cardFusable(c.regionShown()) }

// approaches returns the approaches the card offers now.
func (c *controls) approaches() []string { return cardApproachesByRegion[c.regionShown()] }

func (c *controls) regionShown() string {
	if c.shownRegion == "" {
		return "lumbar"
	}
	return c.shownRegion
}

// showRegion gives the card the levels and approaches of the state's
// region when it changes (or the language does).
func (c *controls) showRegion(st *state.State) {
	c.region.SetSelected(slices.Index(state.Regions, st.Region))
	if st.Region == c.shownRegion {
		return
	}
	c.shownRegion = st.Region
	c.from.SetOptions(levelNames(cardFusable(st.Region)))
	if st.Region == "cervical" {
		c.approach.SetOptions([]string{"ACDF", c.lang.T("approach.short.posterior")})
	} else {
		c.approach.SetOptions([]string{"TLIF", "PLIF", "PLF", "ALIF"})
	}
}

// showCurveFusion shows, while a scoliosis fusion spans its curve whatever
// the chosen levels and approach, the span and approach really used, and
// leaves the levels and approach unchangeable until the condition changes
// (the chosen values are kept and come back then).
func (c *controls) showCurveFusion(st, eff *state.State) {
	curve := eff.Levels != st.Levels
	for _, w := range []*ui.Segmented{c.from, c.count, c.approach} {
		w.SetDisabled(curve)
	}
	c.from.SetLabel(c.lang.T("ui.levels.from"))
	if !curve {
		return
	}
	levels := strings.Split(eff.Levels, ",")
	top, _, _ := strings.Cut(levels[0], "-")
	_, bottom, _ := strings.Cut(levels[len(levels)-1], "-")
	c.from.SetLabel(c.lang.F("ui.levels.curve", top, bottom))
	c.from.SetNone()
	if len(levels) <= 3 {
		c.count.SetSelected(len(levels) - 1)
	} else {
		c.count.SetNone()
	}
	c.approach.SetSelected(slices.Index(c.approaches(), eff.Approach))
}

// pairFits reports whether the region and the number of levels fit side
// by side, with their captions, in a card w device pixels wide; if not,
// each takes a row of its own.
func (c *controls) pairFits(w int, th *ui.Theme) bool {
	gap := th.PxInt(8)
	x0, x1, mid := c.pairSplit(0, w, gap, th)
	caption := func(s string) int { m, _ := th.Text.Measure(s, th.SmallFontPx(), true); return m }
	return ui.MinWidth(c.region, th) <= mid-gap-x0 && caption(c.region.Label()) <= mid-gap-x0 &&
		caption(c.count.Label()) <= x1-(mid+gap)
}

// cardHeight is the height of the surgery card in the chart column, in
// device pixels at unit: taller when the region and the number of levels
// take a row each.
func (c *controls) cardHeight(w int, unit float64) int {
	c.th.Scale = unit
	if c.pairFits(w, c.th) {
		return int(340 * unit)
	}
	return int(410 * unit)
}

// pairSplit is where the region ends and the number of levels begins in a
// card from left to right.
func (c *controls) pairSplit(left, right, gap int, th *ui.Theme) (x0, x1, mid int) {
	x0, x1 = left+gap*2, right-gap*2
	mid = x0 + (x1-x0)*11/20
	// Each of the three counts keeps a full touch target (44 CSS px).
	if need := 3*th.TargetPx() + th.PxInt(8); x1-(mid+gap) < need {
		mid = x1 - need - gap
	}
	return x0, x1, mid
}

// pairRow places the region and the number of levels side by side in the
// card's row at y, each with its caption.
func (c *controls) pairRow(y, gap, h int, th *ui.Theme) {
	x0, x1, mid := c.pairSplit(c.cardRect.Min.X, c.cardRect.Max.X, gap, th)
	c.captions = append(c.captions, caption{text: c.count.Label(), at: image.Pt(mid+gap, y)})
	y += th.PxInt(20)
	c.region.SetBounds(image.Rect(x0, y, mid-gap, y+h))
	c.count.SetBounds(image.Rect(mid+gap, y, x1, y+h))
}

// applyApproach chooses an approach from the card. A posterior neck fusion
// joins two or three levels, so choosing it with one level fused takes in
// the level below too (the one above at the bottom of the neck).
func (c *controls) applyApproach(a string) {
	st, _ := c.store.Get()
	p := map[string]any{"approach": a}
	if a == "posterior" && !strings.Contains(st.Levels, ",") {
		fus := c.fusable()
		if i := slices.Index(fus, st.Levels); i >= 0 {
			i = min(i, len(fus)-2)
			p["levels"] = strings.Join(fus[i:i+2], ",")
		}
	}
	c.store.Apply(p)
}
