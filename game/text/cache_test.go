package text_test

import (
	"fmt"
	"strings"
	"testing"

	"spinefusion/game/text"
)

func TestMeasureMonotone(t *testing.T) {
	c := text.NewCache()
	for _, bold := range []bool{false, true} {
		for _, size := range []float64{11, 16, 23.5, 40} {
			prevW, prevH := -1, -1
			s := ""
			for _, r := range "Spinal fusion: L4–L5, 6 months ✓" {
				s += string(r)
				w, h := c.Measure(s, size, bold)
				if w < prevW {
					t.Fatalf("Measure(%q, %v, %v) width %d < %d for a shorter prefix", s, size, bold, w, prevW)
				}
				if prevH >= 0 && h != prevH {
					t.Fatalf("line box height changed with the string: %d vs %d", h, prevH)
				}
				prevW, prevH = w, h
			}
			if prevH < int(size*0.9) {
				t.Errorf("height %d too small for size %v", prevH, size)
			}
		}
	}
	w1, _ := c.Measure("Labels", 16, false)
	w2, _ := c.Measure("Labels", 32, false)
	if w2 <= w1 {
		t.Errorf("doubling the size did not widen the text: %d vs %d", w1, w2)
	}
	wr, _ := c.Measure("Labels", 16, false)
	wb, _ := c.Measure("Labels", 16, true)
	if wb < wr {
		t.Errorf("bold narrower than regular: %d vs %d", wb, wr)
	}
	if w, h := c.Measure("", 16, false); w != 0 || h <= 0 {
		t.Errorf("Measure(\"\") = %d, %d", w, h)
	}
}

func TestMeasureHitDoesNotAllocate(t *testing.T) {
	c := text.NewCache()
	c.Measure("Play", 18, true)
	s := strings.Repeat("Pause", 1) // not a constant, like a real label
	if n := testing.AllocsPerRun(100, func() { c.Measure(s, 18, true) }); n != 0 {
		t.Errorf("Measure cache hit allocates %v times", n)
	}
}

func TestLRUBoundsEntries(t *testing.T) {
	var evicted []int
	l := text.LRU[int, int]{Max: 3, OnEvict: func(k, _ int) { evicted = append(evicted, k) }}
	for i := range 5 {
		l.Put(i, i*10)
	}
	if l.Len() != 3 {
		t.Fatalf("Len = %d, want 3", l.Len())
	}
	if fmt.Sprint(evicted) != "[0 1]" {
		t.Errorf("evicted %v, want [0 1]", evicted)
	}
	l.Get(2) // now most recent: 3 is the oldest
	l.Put(5, 50)
	if _, ok := l.Get(3); ok {
		t.Error("3 should have been evicted")
	}
	if v, ok := l.Get(2); !ok || v != 20 {
		t.Errorf("Get(2) = %v, %v", v, ok)
	}
}

func TestLRUIdleEviction(t *testing.T) {
	l := text.LRU[string, int]{Max: 100, MaxIdle: 2}
	l.Put("kept", 1)
	l.Put("dropped", 2)
	for range 5 {
		l.Get("kept")
		l.EndFrame()
	}
	if _, ok := l.Get("dropped"); ok {
		t.Error("idle entry survived")
	}
	if _, ok := l.Get("kept"); !ok {
		t.Error("used entry evicted")
	}
}

func TestLRUGetDoesNotAllocate(t *testing.T) {
	var l text.LRU[[2]int, int]
	for i := range 10 {
		l.Put([2]int{i, i}, i)
	}
	if n := testing.AllocsPerRun(100, func() { l.Get([2]int{3, 3}); l.Get([2]int{7, 7}) }); n != 0 {
		t.Errorf("Get allocates %v times", n)
	}
}

func TestCacheEvictionBoundsEntries(t *testing.T) {
	c := text.NewCache()
	c.SetLimits(16, 0)
	for i := range 1000 {
		c.Measure(fmt.Sprintf("%d°", i), 14, false) // a readout changing every frame
	}
	if c.Len() != 16 {
		t.Errorf("Len = %d after 1000 strings, want 16", c.Len())
	}
	c.SetLimits(100, 3)
	for range 4 {
		c.EndFrame()
	}
	if c.Len() != 0 {
		t.Errorf("Len = %d after idle frames, want 0", c.Len())
	}
}

func TestWrap(t *testing.T) {
	c := text.NewCache()
	s := "Educational illustration, not medical advice. Press Esc or ? to close.\nSecond paragraph"
	const width = 150
	lines := c.Wrap(s, 16, false, width)
	if len(lines) < 3 {
		t.Fatalf("Wrap gave %d lines: %q", len(lines), lines)
	}
	for _, l := range lines {
		if w, _ := c.Measure(l, 16, false); w > width {
			t.Errorf("line %q is %d px wide, over %d", l, w, width)
		}
	}
	if lines[len(lines)-1] != "Second paragraph" {
		t.Errorf("last line %q: the newline was not a hard break", lines[len(lines)-1])
	}
	if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); got != strings.Join(strings.Fields(s), " ") {
		t.Errorf("words lost: %q", got)
	}
	long := c.Wrap("Wirbelsäulenversteifungsoperationsnachsorge", 16, true, 60)
	if len(long) < 2 || strings.Join(long, "") != "Wirbelsäulenversteifungsoperationsnachsorge" {
		t.Errorf("long word split into %q", long)
	}
	if got := c.Wrap("", 16, false, 100); len(got) != 1 || got[0] != "" {
		t.Errorf("Wrap(\"\") = %q", got)
	}
}

func TestWrapDegenerateWidth(t *testing.T) {
	c := text.NewCache()
	lines := c.Wrap("ab c", 16, false, 0)
	if strings.Join(lines, "") != "abc" {
		t.Errorf("Wrap at width 0 = %q", lines)
	}
	for _, l := range lines {
		if l == "" {
			t.Errorf("Wrap at width 0 made an empty line: %q", lines)
		}
	}
	if got := c.Wrap("a\n\nb", 16, false, 100); len(got) != 3 || got[1] != "" {
		t.Errorf("blank paragraph lost: %q", got)
	}
}

func TestNearlyEqualSizesShareEntries(t *testing.T) {
	c := text.NewCache()
	for i := range 100 {
		c.Measure("Zoom", 16+float64(i)*1e-4, false) // an animated size
	}
	if c.Len() != 1 {
		t.Errorf("%d entries for sizes within a quarter pixel", c.Len())
	}
	for i := range 200 {
		c.Face(8+float64(i), i%2 == 0) // many distinct faces stay bounded
	}
}
