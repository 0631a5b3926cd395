package ui_test

import (
	"image"
	"slices"
	"testing"

	"spinefusion/game/ui"
)

// ptr is one tick of pointer input at (x, y).
type ptr struct {
	x, y                    float64
	down, pressed, released bool
}

func tick(w ui.Widget, focused bool, p ptr, keys ui.Key) (captured bool, left ui.Key) {
	in := &ui.Input{X: p.x, Y: p.y, Down: p.down, Pressed: p.pressed, Released: p.released, Keys: keys}
	captured = w.Update(in, focused)
	return captured, in.Keys
}

func press(x, y float64) ptr   { return ptr{x: x, y: y, down: true, pressed: true} }
func hold(x, y float64) ptr    { return ptr{x: x, y: y, down: true} }
func release(x, y float64) ptr { return ptr{x: x, y: y, released: true} }
func hover(x, y float64) ptr   { return ptr{x: x, y: y} }

func click(w ui.Widget, x, y float64) {
	tick(w, false, press(x, y), 0)
	tick(w, false, release(x, y), 0)
}

var box = image.Rect(100, 100, 300, 144)

func TestButtonClickFiresOnce(t *testing.T) {
	n := 0
	b := ui.NewButton("Play", func() { n++ })
	b.SetBounds(box)
	tick(b, false, hover(150, 120), 0)
	tick(b, false, press(150, 120), 0)
	tick(b, false, hold(152, 121), 0)
	if n != 0 {
		t.Fatalf("fired %d times before release", n)
	}
	tick(b, false, release(152, 121), 0)
	tick(b, false, hover(152, 121), 0)
	if n != 1 {
		t.Fatalf("fired %d times, want 1", n)
	}
}

func TestButtonReleaseOutsideDoesNotFire(t *testing.T) {
	n := 0
	b := ui.NewButton("Play", func() { n++ })
	b.SetBounds(box)
	tick(b, false, press(150, 120), 0)
	if c, _ := tick(b, false, hold(400, 400), 0); !c {
		t.Error("a press that started on the button should keep the pointer captured")
	}
	tick(b, false, release(400, 400), 0)
	if n != 0 {
		t.Fatalf("fired %d times", n)
	}
	// Pressed outside, released inside: not a click either.
	tick(b, false, press(10, 10), 0)
	tick(b, false, release(150, 120), 0)
	if n != 0 {
		t.Fatalf("fired %d times", n)
	}
}

func TestButtonKeys(t *testing.T) {
	n := 0
	b := ui.NewButton("Play", func() { n++ })
	b.SetBounds(box)
	if _, left := tick(b, false, hover(0, 0), ui.KeyEnter|ui.KeySpace); n != 0 || left != ui.KeyEnter|ui.KeySpace {
		t.Fatalf("unfocused button reacted (n=%d) or took keys (%b)", n, left)
	}
	if _, left := tick(b, true, hover(0, 0), ui.KeyEnter|ui.KeyLeft); n != 1 || left != ui.KeyLeft {
		t.Fatalf("Enter: n=%d, keys left %b", n, left)
	}
	tick(b, true, hover(0, 0), ui.KeySpace)
	if n != 2 {
		t.Fatalf("Space: n=%d", n)
	}
}

func TestDisabledButton(t *testing.T) {
	n := 0
	b := ui.NewButton("Play", func() { n++ })
	b.SetBounds(box)
	b.SetDisabled(true)
	click(b, 150, 120)
	tick(b, true, hover(0, 0), ui.KeyEnter)
	if n != 0 {
		t.Fatalf("disabled button fired %d times", n)
	}
	if c, _ := tick(b, false, hover(150, 120), 0); !c {
		t.Error("a disabled button should still capture the pointer over it")
	}
}

func TestToggleFlips(t *testing.T) {
	var got []bool
	tg := ui.NewToggle("Labels", false, func(on bool) { got = append(got, on) })
	tg.SetBounds(box)
	tg.SetStateTexts("Sí", "No")
	if tg.ValueText() != "No" || tg.Role() != ui.RoleToggle {
		t.Fatalf("ValueText %q", tg.ValueText())
	}
	click(tg, 290, 130)
	if !tg.On() || tg.ValueText() != "Sí" {
		t.Fatal("click did not turn it on")
	}
	tick(tg, true, hover(0, 0), ui.KeySpace)
	if tg.On() {
		t.Fatal("Space did not turn it off")
	}
	tg.SetOn(true) // the owner's change: no callback
	if len(got) != 2 || !got[0] || got[1] {
		t.Fatalf("OnChange calls %v, want [true false]", got)
	}
}

func TestSegmentedClickAndKeys(t *testing.T) {
	var got []int
	s := ui.NewSegmented("Motion", []string{"Flexion", "Bending", "Rotation"}, 0, func(i int) { got = append(got, i) })
	s.SetBounds(image.Rect(0, 0, 300, 44)) // segments of 100 px
	click(s, 250, 20)
	if s.Selected() != 2 || s.ValueText() != "Rotation" {
		t.Fatalf("click: selected %d", s.Selected())
	}
	click(s, 250, 20) // already selected: no callback
	tick(s, false, press(150, 20), 0)
	tick(s, false, release(50, 20), 0) // released on another segment
	if s.Selected() != 2 {
		t.Fatalf("press on one segment, release on another selected %d", s.Selected())
	}
	steps := []struct {
		k    ui.Key
		want int
	}{
		{ui.KeyRight, 0}, // wraps
		{ui.KeyRight, 1},
		{ui.KeyLeft, 0},
		{ui.KeyUp, 2}, // wraps back
		{ui.KeyHome, 0},
		{ui.KeyEnd, 2},
		{ui.KeyDown, 0},
	}
	for _, st := range steps {
		_, left := tick(s, true, hover(-1, -1), st.k)
		if s.Selected() != st.want || left != 0 {
			t.Fatalf("key %b: selected %d want %d (keys left %b)", st.k, s.Selected(), st.want, left)
		}
	}
	if want := []int{2, 0, 1, 0, 2, 0, 2, 0}; !slices.Equal(got, want) {
		t.Fatalf("OnSelect calls %v, want %v", got, want)
	}
	if _, left := tick(s, false, hover(-1, -1), ui.KeyRight); s.Selected() != 0 || left != ui.KeyRight {
		t.Error("unfocused group reacted to keys")
	}
	s.SetOptions([]string{"A", "B"})
	if s.Selected() != 0 || s.ValueText() != "A" {
		t.Errorf("after SetOptions: %d %q", s.Selected(), s.ValueText())
	}
}

func newTimeline(got *[]float64) *ui.Slider {
	s := ui.NewSlider("Healing timeline", 0, 24, 1, func(v float64) { *got = append(*got, v) })
	s.BigStep = 6
	s.Marks = []ui.Mark{{Value: 0, Label: "0"}, {Value: 12, Label: "12 mo"}, {Value: 24, Label: "24 mo"}}
	s.Ticks = 1
	s.SetBounds(image.Rect(100, 0, 500, 100))
	return s
}

func TestSliderDragClampsAndFollows(t *testing.T) {
	var got []float64
	s := newTimeline(&got)
	g := s.Bounds()
	y := float64(g.Max.Y - 30)       // on the track band, below the label row
	tick(s, false, press(300, y), 0) // the middle of the bounds is the middle of the track
	if s.Value() != 12 || !s.Dragging() {
		t.Fatalf("click in the middle: %v (dragging %v)", s.Value(), s.Dragging())
	}
	if c, _ := tick(s, false, hold(-1000, 999), 0); !c || s.Value() != 0 {
		t.Fatalf("drag far left: %v, captured %v", s.Value(), c)
	}
	tick(s, false, hold(5000, y), 0)
	if s.Value() != 24 {
		t.Fatalf("drag far right: %v", s.Value())
	}
	tick(s, false, release(300, y), 0)
	if s.Dragging() || s.Value() != 12 {
		t.Fatalf("release: %v dragging %v", s.Value(), s.Dragging())
	}
	tick(s, false, hover(120, y), 0)
	if s.Value() != 12 {
		t.Fatal("hover after release moved the value")
	}
	for _, v := range got {
		if v != float64(int(v)) || v < 0 || v > 24 {
			t.Errorf("OnChange(%v) not a step in range", v)
		}
	}
}

func TestSliderLabelRowDoesNotJump(t *testing.T) {
	var got []float64
	s := newTimeline(&got)
	tick(s, false, press(480, 2), 0) // on the label text, near the right end
	if s.Value() != 0 || len(got) != 0 {
		t.Fatalf("press on the label row moved the value to %v", s.Value())
	}
}

func TestSliderKeys(t *testing.T) {
	var got []float64
	s := newTimeline(&got)
	s.SetValue(12)
	steps := []struct {
		k    ui.Key
		want float64
	}{
		{ui.KeyRight, 13}, {ui.KeyUp, 14}, {ui.KeyLeft, 13}, {ui.KeyDown, 12},
		{ui.KeyPageUp, 18}, {ui.KeyPageUp, 24}, {ui.KeyPageUp, 24}, {ui.KeyRight, 24},
		{ui.KeyPageDown, 18}, {ui.KeyHome, 0}, {ui.KeyLeft, 0}, {ui.KeyPageDown, 0},
		{ui.KeyEnd, 24},
	}
	for _, st := range steps {
		tick(s, true, hover(0, 0), st.k)
		if s.Value() != st.want {
			t.Fatalf("key %b: %v, want %v", st.k, s.Value(), st.want)
		}
	}
	if len(got) != 9 {
		t.Errorf("OnChange called %d times (%v), want 9: not when clamped in place", len(got), got)
	}
}

func TestSliderStops(t *testing.T) {
	var got []float64
	s := newTimeline(&got)
	s.Stops = []float64{1.5, 3.25, 9, 20}
	s.SetValue(2)
	steps := []struct {
		k    ui.Key
		want float64
	}{
		{ui.KeyPageUp, 3.25}, {ui.KeyPageUp, 9}, {ui.KeyPageUp, 20}, {ui.KeyPageUp, 24}, {ui.KeyPageUp, 24},
		{ui.KeyPageDown, 20}, {ui.KeyPageDown, 9}, {ui.KeyLeft, 8}, {ui.KeyPageDown, 3.25},
		{ui.KeyPageDown, 1.5}, {ui.KeyPageDown, 0}, {ui.KeyPageDown, 0}, {ui.KeyPageUp, 1.5},
	}
	for _, st := range steps {
		tick(s, true, hover(0, 0), st.k)
		if s.Value() != st.want {
			t.Fatalf("key %b: %v, want %v", st.k, s.Value(), st.want)
		}
	}
	if want := []float64{3.25, 9, 20, 24, 20, 9, 8, 3.25, 1.5, 0, 1.5}; !slices.Equal(got, want) {
		t.Errorf("OnChange got %v, want %v", got, want)
	}
	// Keys left over by the focused widget drive an unfocused slider too.
	in := &ui.Input{Keys: ui.KeyEnd | ui.KeyTab}
	s.Keys(in)
	if s.Value() != 24 || in.Keys != ui.KeyTab {
		t.Errorf("Keys(End): value %v, keys left %b", s.Value(), in.Keys)
	}
	s.SetValue(5.5) // shown exactly, not snapped: the owner's value
	if s.Value() != 5.5 {
		t.Errorf("SetValue(5.5) = %v", s.Value())
	}
}

func TestSliderSnapAndValueText(t *testing.T) {
	s := ui.NewSlider("Speed", 0.25, 2, 0.25, nil)
	s.Change(1.1)
	if s.Value() != 1 {
		t.Errorf("Change(1.1) = %v, want 1", s.Value())
	}
	s.SetValue(99)
	if s.Value() != 2 {
		t.Errorf("SetValue(99) = %v, want 2", s.Value())
	}
	calls := 0
	s.SetFormat(func(v float64) string { calls++; return "×" + string(rune('0'+int(v))) })
	if s.ValueText() != "×2" || s.ValueText() != "×2" || calls != 1 {
		t.Errorf("ValueText %q after %d format calls", s.ValueText(), calls)
	}
	if n := testing.AllocsPerRun(100, func() { _ = s.ValueText() }); n != 0 {
		t.Errorf("ValueText with an unchanged value allocates %v times", n)
	}
	c := ui.NewSlider("Zoom", 0, 1, 0, nil) // continuous
	c.Change(0.123)
	if c.Value() != 0.123 {
		t.Errorf("continuous slider snapped to %v", c.Value())
	}
}

func TestToggleReducedMotionSwitchesAtOnce(t *testing.T) {
	th := ui.Light(1, nil)
	th.ReducedMotion = true
	sw := ui.NewToggle("Labels", false, nil)
	p := ui.NewPanel(th, sw)
	sw.SetBounds(box)
	sw.SetOn(true)
	p.Update(&ui.Input{X: -1, Y: -1})
	if k := sw.Knob(); k != 1 {
		t.Errorf("with reduced motion the knob is at %v after one tick, want 1", k)
	}
	th.ReducedMotion = false
	sw.SetOn(false)
	p.Update(&ui.Input{X: -1, Y: -1})
	if k := sw.Knob(); k <= 0 || k >= 1 {
		t.Errorf("without reduced motion the knob eases: %v after one tick", k)
	}
}
