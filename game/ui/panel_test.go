package ui_test

import (
	"image"
	"testing"

	"spinefusion/game/ui"
)

type testPanel struct {
	p      *ui.Panel
	play   *ui.Button
	labels *ui.Toggle
	motion *ui.Segmented
	time   *ui.Slider
	plays  int
}

func newTestPanel() *testPanel {
	tp := &testPanel{}
	tp.play = ui.NewButton("Play", func() { tp.plays++ })
	tp.labels = ui.NewToggle("Labels", false, nil)
	tp.motion = ui.NewSegmented("Motion", []string{"A", "B", "C"}, 0, nil)
	tp.time = ui.NewSlider("Timeline", 0, 10, 1, nil)
	tp.p = ui.NewPanel(ui.Light(1, nil), tp.play, tp.labels, tp.motion, tp.time)
	tp.p.LayoutColumn(image.Rect(10, 10, 310, 1000), 8)
	return tp
}

func (tp *testPanel) update(in ui.Input) (bool, ui.Key) {
	c := tp.p.Update(&in)
	return c, in.Keys
}

func far() ui.Input { return ui.Input{X: 2000, Y: 2000} }

func withKeys(k ui.Key) ui.Input {
	in := far()
	in.Keys = k
	return in
}

func TestLayoutColumn(t *testing.T) {
	tp := newTestPanel()
	prev := 0
	for _, w := range tp.p.Widgets() {
		b := w.Bounds()
		if b.Dx() != 300 || b.Dy() < 44 || b.Min.Y < prev+8 {
			t.Errorf("%s at %v", w.Label(), b)
		}
		prev = b.Max.Y
	}
}

func TestTabOrderCycles(t *testing.T) {
	tp := newTestPanel()
	if tp.p.Focused() != nil || tp.p.FocusVisible() {
		t.Fatal("focus before any input")
	}
	order := []ui.Widget{tp.play, tp.labels, tp.motion, tp.time, tp.play}
	for i, want := range order {
		if _, left := tp.update(withKeys(ui.KeyTab)); left != 0 {
			t.Fatalf("Tab %d not taken", i)
		}
		if tp.p.Focused() != want || !tp.p.FocusVisible() {
			t.Fatalf("Tab %d: focused %v, want %s", i, tp.p.Focused(), want.Label())
		}
	}
	tp.update(withKeys(ui.KeyShiftTab))
	if tp.p.Focused() != tp.time {
		t.Fatalf("Shift+Tab: focused %s", tp.p.Focused().Label())
	}
	tp.labels.SetHidden(true)
	tp.motion.SetDisabled(true)
	tp.update(withKeys(ui.KeyShiftTab))
	if tp.p.Focused() != tp.play {
		t.Fatalf("Shift+Tab should skip hidden and disabled widgets, focused %s", tp.p.Focused().Label())
	}
}

func TestFocusedWidgetGetsKeys(t *testing.T) {
	tp := newTestPanel()
	tp.update(withKeys(ui.KeyTab)) // play
	if _, left := tp.update(withKeys(ui.KeyEnter)); tp.plays != 1 || left != 0 {
		t.Fatalf("Enter on the focused button: plays %d, keys left %b", tp.plays, left)
	}
	tp.update(withKeys(ui.KeyTab))
	tp.update(withKeys(ui.KeySpace))
	if !tp.labels.On() {
		t.Fatal("Space on the focused toggle did not flip it")
	}
	tp.update(withKeys(ui.KeyTab))
	tp.update(withKeys(ui.KeyRight))
	if tp.motion.Selected() != 1 {
		t.Fatal("Right on the focused group did not select the next option")
	}
	tp.update(withKeys(ui.KeyTab))
	tp.update(withKeys(ui.KeyEnd))
	if tp.time.Value() != 10 {
		t.Fatal("End on the focused slider did not go to the end")
	}
	// Keys the slider does not use are left for the scene.
	if _, left := tp.update(withKeys(ui.KeySpace | ui.KeyQuestion)); left != ui.KeySpace|ui.KeyQuestion {
		t.Fatalf("keys left %b", left)
	}
	// Escape blurs but stays for the scene (e.g. to close the help).
	if _, left := tp.update(withKeys(ui.KeyEscape)); left != ui.KeyEscape || tp.p.Focused() != nil {
		t.Fatalf("Escape: keys left %b, focused %v", left, tp.p.Focused())
	}
	if _, left := tp.update(withKeys(ui.KeyLeft)); left != ui.KeyLeft {
		t.Fatal("with no focus, arrows belong to the scene")
	}
}

func TestCapturedOnlyOverWidgets(t *testing.T) {
	tp := newTestPanel()
	c := tp.play.Bounds().Min.Add(image.Pt(5, 5))
	if got, _ := tp.update(ui.Input{X: float64(c.X), Y: float64(c.Y)}); !got || !tp.p.Hovered() {
		t.Error("hover over a button: not captured")
	}
	if got, _ := tp.update(far()); got || tp.p.Hovered() {
		t.Error("pointer away from every widget: captured")
	}
	gap := tp.play.Bounds().Max.Y + 3 // between two widgets
	if got, _ := tp.update(ui.Input{X: 100, Y: float64(gap)}); got {
		t.Error("pointer in the gap between widgets: captured")
	}
	if got, _ := tp.update(ui.Input{X: 2000, Y: 2000, Down: true, Pressed: true}); got {
		t.Error("press on the scene: captured")
	}
	tp.p.Backdrop = image.Rect(0, 0, 320, 600)
	if got, _ := tp.update(ui.Input{X: 100, Y: float64(gap)}); !got {
		t.Error("pointer on the backdrop card: not captured")
	}
	// A touch that has lifted is nowhere: no capture, no hover.
	tp.p.Backdrop = image.Rectangle{}
	if got, _ := tp.update(ui.Input{X: float64(c.X), Y: float64(c.Y), Touch: true}); got {
		t.Error("a lifted finger captured")
	}
}

func TestPointerFocusAndFocusVisible(t *testing.T) {
	tp := newTestPanel()
	b := tp.time.Bounds()
	x, y := float64(b.Min.X+b.Dx()/2), float64(b.Max.Y-12)
	tp.update(ui.Input{X: x, Y: y, Down: true, Pressed: true})
	if tp.p.Focused() != tp.time || tp.p.FocusVisible() {
		t.Fatalf("a click should focus without the ring: %v %v", tp.p.Focused(), tp.p.FocusVisible())
	}
	tp.update(ui.Input{X: x, Y: y, Released: true})
	tp.update(ui.Input{X: x, Y: y, Keys: ui.KeyRight})
	if !tp.p.FocusVisible() {
		t.Error("arrow keys on the focused slider should show the ring")
	}
	tp.update(ui.Input{X: 2000, Y: 2000, Down: true, Pressed: true})
	if tp.p.Focused() != nil {
		t.Error("a press on the scene should clear the focus")
	}
}

func TestRoles(t *testing.T) {
	tp := newTestPanel()
	want := []string{"button", "switch", "radiogroup", "slider"}
	for i, w := range tp.p.Widgets() {
		if w.Role().String() != want[i] {
			t.Errorf("%s: role %s, want %s", w.Label(), w.Role(), want[i])
		}
	}
	if tp.labels.ValueText() != "Off" || tp.motion.ValueText() != "A" || tp.time.ValueText() != "0" || tp.play.ValueText() != "" {
		t.Error("default value texts")
	}
}

func TestUpdateDoesNotAllocate(t *testing.T) {
	tp := newTestPanel()
	tp.time.SetFormat(func(v float64) string { return "x" })
	b := tp.time.Bounds()
	in := ui.Input{X: float64(b.Min.X + 30), Y: float64(b.Max.Y - 12), Down: true}
	n := testing.AllocsPerRun(200, func() {
		in.Keys = ui.KeyTab
		tp.p.Update(&in)
	})
	if n != 0 {
		t.Errorf("Panel.Update allocates %v times per tick", n)
	}
}

func TestPanelTabLeaves(t *testing.T) {
	a, b, c := ui.NewButton("A", nil), ui.NewButton("B", nil), ui.NewButton("C", nil)
	c.SetHidden(true)
	p := ui.NewPanel(ui.Light(1, nil), a, b, c)
	if p.TabLeaves(false) || p.TabLeaves(true) {
		t.Error("with nothing focused, Tab and Shift+Tab enter the panel")
	}
	p.SetFocus(a, true)
	if !p.TabLeaves(true) || p.TabLeaves(false) {
		t.Error("on the first widget only Shift+Tab leaves")
	}
	p.SetFocus(b, true)
	if p.TabLeaves(true) || !p.TabLeaves(false) {
		t.Error("on the last focusable widget (the next is hidden) Tab leaves")
	}
	a.SetHidden(true)
	b.SetHidden(true)
	if !p.TabLeaves(false) || !p.TabLeaves(true) {
		t.Error("with nothing focusable, Tab leaves")
	}
}
