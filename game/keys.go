package game

import (
	"spinefusion/game/healing"
	"spinefusion/game/ui"
)

// shortcut is one row of the help card: the keys it covers, and the i18n
// keys of their names and of what they do. Every key the app handles has a
// row (keys_test.go checks it).
type shortcut struct {
	keys       ui.Key
	name, does string
}

// shortcuts are the help card's rows, in order.
var shortcuts = []shortcut{
	{ui.KeySpace, "key.space", "a11y.help.space"},
	{ui.KeyQuestion, "key.question", "help.question"},
	{ui.KeyTab | ui.KeyShiftTab, "key.tab", "help.tab"},
	{ui.KeyEnter, "key.enter", "a11y.help.enter"},
	{ui.KeyLeft | ui.KeyRight, "a11y.key.leftright", "a11y.help.leftright"},
	{ui.KeyUp | ui.KeyDown, "a11y.key.updown", "a11y.help.updown"},
	{ui.KeyPageUp | ui.KeyPageDown, "key.pageupdown", "a11y.help.pageupdown"},
	{ui.KeyHome | ui.KeyEnd, "key.homeend", "a11y.help.homeend"},
	{ui.KeyZoomIn | ui.KeyZoomOut, "key.zoom", "help.zoomkeys"},
	{ui.KeyZoomReset, "key.zoomreset", "help.zoomreset"},
	{0, "key.pinch", "help.pinch"}, // pointer gestures, no key
	{ui.KeyEscape, "key.escape", "a11y.help.escape"},
	{0, "key.tour", "help.tour"},       // typed letters, read by the tour
	{0, "key.tournav", "help.tournav"}, // the tour's own keys
	{0, "key.wording", "help.wording"},
}

// makeShortcuts translates the help card's rows.
func makeShortcuts(tr interface{ T(string) string }) [][2]string {
	out := make([][2]string, len(shortcuts))
	for i, k := range shortcuts {
		out[i] = [2]string{tr.T(k.name), tr.T(k.does)}
	}
	return out
}

// timelineKeys gives the keys no focused control took to the healing
// timeline: Left and Right move it a step, Page Up and Page Down to the
// next or previous healing stage, Home and End to its ends. They work with
// the controls hidden too.
func (c *controls) timelineKeys(in *ui.Input) {
	if in.Take(ui.KeyLeft) {
		c.timeline.StepBy(-1)
	}
	if in.Take(ui.KeyRight) {
		c.timeline.StepBy(1)
	}
	c.timeline.Keys(in)
}

// setStages makes Page Up and Page Down on the timeline stop at the start
// of each healing stage.
func (c *controls) setStages(stages []healing.Period) {
	c.timeline.Stops = c.timeline.Stops[:0]
	for _, st := range stages {
		c.timeline.Stops = append(c.timeline.Stops, monthsPosition(st.From))
	}
}

// tabOrder lists the widgets in the order Tab visits them, which is also
// the order of the hidden HTML controls: play and the timeline with what
// sits on its row, the bar's choices, the surgery card (opened by the
// button before it on small screens), then the information buttons.
func tabOrder(c *controls) []ui.Widget {
	out := []ui.Widget{c.play, c.timeline, c.opReplay, c.opNext, c.heal,
		c.resetZoom, c.motion, c.view, c.speed, c.labels, c.setup}
	out = append(out, c.card...)
	return append(out, c.draw, c.share, c.sources, c.help)
}
