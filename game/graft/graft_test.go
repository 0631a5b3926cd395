package graft_test

import (
	"reflect"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/graft"
)

func load(t *testing.T) *graft.Table {
	t.Helper()
	tb, err := graft.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestEveryGraftHasALook(t *testing.T) {
	tb := load(t)
	for _, name := range []string{"autograft", "allograft", "synthetic", "bmp"} {
		l := tb.Grafts[name]
		if l == nil {
			t.Fatalf("no look for %s", name)
		}
		if tb.Sources[l.Source] == "" {
			t.Errorf("%s: source %q not cited", name, l.Source)
		}
	}
	if tb.Look("nonsense") != tb.Grafts["autograft"] {
		t.Error("unknown graft does not fall back to autograft")
	}
}

// Disc spaces and gutters of the sizes the picture uses, in millimetres.
var spaces = []struct{ w, h float64 }{
	{35, 11}, // L4-L5 disc space
	{38, 9},  // L5-S1, lower
	{12, 36}, // posterolateral gutter
}

func TestLayoutIsDeterministic(t *testing.T) {
	tb := load(t)
	for name, l := range tb.Grafts {
		a := graft.Layout(l, 35, 11, 7)
		b := graft.Layout(l, 35, 11, 7)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: same seed, different layouts", name)
		}
		c := graft.Layout(l, 35, 11, 8)
		if reflect.DeepEqual(a, c) {
			t.Errorf("%s: different seeds, same layout", name)
		}
	}
}

func TestLayoutStaysInsideTheSpace(t *testing.T) {
	tb := load(t)
	for name, l := range tb.Grafts {
		for _, sp := range spaces {
			ps := graft.Layout(l, sp.w, sp.h, 3)
			if len(ps) == 0 {
				t.Errorf("%s in %vx%v: no particles", name, sp.w, sp.h)
			}
			for _, p := range ps {
				ex, ey := p.Extent()
				x, y := p.U*sp.w, p.W*sp.h
				if x-ex < -1e-9 || x+ex > sp.w+1e-9 || y-ey < -1e-9 || y+ey > sp.h+1e-9 {
					t.Errorf("%s in %vx%v: particle at (%.2f, %.2f) ±(%.2f, %.2f) sticks out", name, sp.w, sp.h, x, y, ex, ey)
				}
				if p.Variant < 0 || p.Variant >= l.Variants {
					t.Errorf("%s: variant %d of %d", name, p.Variant, l.Variants)
				}
				if d := p.Depth(); d < 0 || d > 1 {
					t.Errorf("%s: depth %v", name, d)
				}
			}
		}
	}
}

func TestCountsByGraft(t *testing.T) {
	tb := load(t)
	n := map[string]int{}
	for name, l := range tb.Grafts {
		n[name] = len(graft.Layout(l, 35, 11, 1))
		if want := l.Count(35, 11); float64(n[name]) < 0.8*float64(want) {
			t.Errorf("%s: placed %d of %d", name, n[name], want)
		}
	}
	// Ceramic granules are many and small; a few sponge strips fill the
	// space; chips lie between.
	if !(n["synthetic"] > n["autograft"] && n["autograft"] > n["bmp"] && n["allograft"] > n["bmp"]) {
		t.Errorf("counts %v: want synthetic > chips > sponge", n)
	}
	if n["bmp"] < 2 || n["bmp"] > 12 {
		t.Errorf("bmp: %d sponge strips", n["bmp"])
	}
}

func TestColumns(t *testing.T) {
	a := graft.Columns(5, 17)
	if !reflect.DeepEqual(a, graft.Columns(5, 17)) {
		t.Error("columns not deterministic")
	}
	for i, v := range a {
		if v < -1 || v > 1 {
			t.Errorf("column %d = %v", i, v)
		}
	}
}

// TestGrowthIsMonotone checks that at any time more bridging never means
// less bone or more visible graft.
func TestGrowthIsMonotone(t *testing.T) {
	tb := load(t)
	for _, months := range []float64{0, 1, 3, 6, 12, 24, 60, 120} {
		prev := graft.At(0, months, &tb.Tissue)
		for b := 0.02; b <= 1.0001; b += 0.02 {
			p := graft.At(b, months, &tb.Tissue)
			if p.Reach < prev.Reach || p.Remodel < prev.Remodel || p.Bridged() < prev.Bridged() {
				t.Errorf("months %v, bridging %.2f: %+v after %+v", months, b, p, prev)
			}
			for name, l := range tb.Grafts {
				for _, d := range []float64{0, 0.3, 0.7, 1} {
					for _, n := range []float64{-1, 0, 1} {
						t0, t1 := prev.Taken(d, n), p.Taken(d, n)
						if t1 < t0 {
							t.Errorf("%s: taken fell %v -> %v", name, t0, t1)
						}
						if a0, a1 := l.Alpha(prev, t0), l.Alpha(p, t1); a1 > a0+1e-12 {
							t.Errorf("%s months %v bridging %.2f depth %v: alpha rose %v -> %v", name, months, b, d, a0, a1)
						}
					}
				}
			}
			prev = p
		}
	}
}

func TestStages(t *testing.T) {
	tb := load(t)
	day0 := graft.At(0, 0, &tb.Tissue)
	if day0.Reach != 0 || day0.Remodel != 0 || day0.Clot != 1 || day0.Bridged() != 0 {
		t.Errorf("day 0: %+v", day0)
	}
	for name, l := range tb.Grafts {
		if a := l.Alpha(day0, 0); a != 1 {
			t.Errorf("%s: day-0 graft alpha %v, want 1", name, a)
		}
	}
	// Nearly bridged at two years: one solid remodelled bone.
	late := graft.At(0.95, 24, &tb.Tissue)
	if late.Bridged() != 1 || late.Remodel < 0.95 {
		t.Errorf("24 months: %+v, bridged %v", late, late.Bridged())
	}
	if a := tb.Grafts["autograft"].Alpha(late, 1); a > 0.05 {
		t.Errorf("autograft still visible at 24 months: %v", a)
	}
	// Half way: fronts near the middle, the first columns meeting, not yet
	// remodelled.
	mid := graft.At(0.5, 9, &tb.Tissue)
	if !(mid.Bridged() > 0 && mid.Bridged() < 1 && mid.Remodel < 0.1) {
		t.Errorf("half way: %+v, bridged %v", mid, mid.Bridged())
	}
}
