package model_test

import (
	"math"
	"strings"
	"testing"

	"spinefusion/game/model"
	"spinefusion/game/state"
)

// TestCervicalROM checks the neck's ranges of motion against White and
// Panjabi's table (domain §2), for every level and all three motions.
func TestCervicalROM(t *testing.T) {
	m := loadModel(t)
	want := []struct {
		level      string
		fe, lb, ar float64
	}{
		{"C2-C3", 10, 10, 3},
		{"C3-C4", 15, 11, 7},
		{"C4-C5", 20, 11, 7},
		{"C5-C6", 20, 8, 7},
		{"C6-C7", 17, 7, 6},
		{"C7-T1", 9, 4, 2},
	}
	for k, motion := range state.Motions {
		st := state.Default()
		st.Apply(map[string]any{"region": "cervical", "motion": motion, "posture": 1})
		var f model.Figures
		m.Compute(&st, &f)
		if len(f.Segments) != len(want) {
			t.Fatalf("%s: %d segments, want %d", motion, len(f.Segments), len(want))
		}
		for i, w := range want {
			s := f.Segments[i]
			deg := [3]float64{w.fe, w.lb, w.ar}[k]
			if s.Name != w.level || s.RomBefore != deg {
				t.Errorf("%s: segment %d = %s %v°, want %s %v°", motion, i, s.Name, s.RomBefore, w.level, deg)
			}
			// Flexion-extension is shared evenly; the others are one side.
			angle := deg
			if k == 0 {
				angle = deg / 2
			}
			if math.Abs(s.AngleBefore-angle) > 1e-9 {
				t.Errorf("%s %s: angle at full posture %v, want %v", motion, s.Name, s.AngleBefore, angle)
			}
		}
	}
}

// TestCervicalLordosis checks the neck's natural curve adds up to the
// measured C2-C7 lordosis (Guo 2018, 12.7°), with C7-T1 straight.
func TestCervicalLordosis(t *testing.T) {
	m := loadModel(t)
	sp := m.Cervical
	var c2c7 float64
	for _, d := range sp.Discs {
		if d.Level != "C7-T1" {
			c2c7 += d.Lordosis
		}
	}
	if math.Abs(c2c7-12.7) > 1e-9 || math.Abs(sp.TotalLordosis()-12.7) > 1e-9 {
		t.Errorf("C2-C7 lordosis %v (total %v), want 12.7", c2c7, sp.TotalLordosis())
	}
	// Cervical bodies are deeper than tall (C3-C7) and far smaller than
	// lumbar ones; C2 carries its dens.
	for _, v := range sp.Vertebrae[1:6] {
		if !(v.Depth > v.Height && v.Depth < 20) {
			t.Errorf("%s %v x %v mm, want deeper than tall and under 20 mm deep", v.Name, v.Height, v.Depth)
		}
	}
	if sp.Vertebrae[0].Name != "C2" || !(sp.Vertebrae[0].Dens > 10) {
		t.Errorf("top vertebra %+v, want C2 with its dens", sp.Vertebrae[0])
	}
	if b := sp.Vertebrae[len(sp.Vertebrae)-1]; b.Name != "T1" || b.Sacrum {
		t.Errorf("base %+v, want T1, not a sacrum", b)
	}
}

// TestCervicalCompensation checks how the neck shares the motion lost at a
// fusion: the fused levels nearly stop, the neighbours move more, the next
// ones to the fusion most, and the total still falls.
func TestCervicalCompensation(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		levels   string
		approach string
		// adjacent are the levels next to the fusion; far one that is
		// not.
		adjacent []string
		far      string
	}{
		{"C5-C6", "acdf", []string{"C4-C5", "C6-C7"}, "C2-C3"},
		{"C4-C5,C5-C6", "acdf", []string{"C3-C4", "C6-C7"}, "C2-C3"},
		{"C4-C5,C5-C6,C6-C7", "posterior", []string{"C3-C4", "C7-T1"}, "C2-C3"},
	}
	for _, tt := range tests {
		st := state.Default()
		if ign := st.Apply(map[string]any{"region": "cervical", "levels": tt.levels, "approach": tt.approach, "months": 24}); len(ign) > 0 {
			t.Fatalf("%s: %v", tt.levels, ign)
		}
		var f model.Figures
		m.Compute(&st, &f)
		by := map[string]model.Segment{}
		var lost float64
		for _, s := range f.Segments {
			by[s.Name] = s
			if st.IsFused(s.Name) {
				if !s.Fused || s.RomAfter > 0.05*s.RomBefore+1e-9 {
					t.Errorf("%s: fused %s keeps %v of %v°", tt.levels, s.Name, s.RomAfter, s.RomBefore)
				}
				lost += s.RomBefore - s.RomAfter
			}
		}
		farGain := by[tt.far].RomAfter/by[tt.far].RomBefore - 1
		for _, a := range tt.adjacent {
			s := by[a]
			if g := s.RomAfter/s.RomBefore - 1; !(g > 0 && g > farGain*1.9) {
				t.Errorf("%s: %s gains %.3f, want about twice %s's %.3f", tt.levels, a, g, tt.far, farGain)
			}
		}
		// A quarter of the lost motion is taken up (in-vivo estimate).
		if got, want := f.TotalBefore-f.TotalAfter, 0.75*lost; math.Abs(got-want) > 0.02 {
			t.Errorf("%s: total falls %v°, want %v° (three quarters of the %v° lost)", tt.levels, got, want, lost)
		}
	}
	if m.CervicalCompensation.AdjacentWeight != 2 || m.CervicalCompensation.TakeUp != 0.25 {
		t.Errorf("cervical compensation %+v", *m.CervicalCompensation)
	}
}

// TestCervicalTexts checks describe(), the summary, the snapshot and the
// sources for the neck, in every language.
func TestCervicalTexts(t *testing.T) {
	m, cat := loadAll(t)
	st := state.Default()
	st.Apply(map[string]any{"region": "cervical", "levels": "C5-C6,C6-C7", "approach": "posterior", "months": 12, "posture": 1, "playing": false})
	var f model.Figures
	m.Compute(&st, &f)
	for _, lang := range cat.Languages() {
		l := cat.Lang(lang)
		d := m.Describe(st, l)
		for _, want := range []string{"C2", "T1", "C5–C6, C6–C7", "%"} {
			if !strings.Contains(d, want) {
				t.Errorf("%s: %q lacks %q", lang, d, want)
			}
		}
		sum := model.Summary(&f, &st, l, false)
		if sum == "" || strings.Contains(sum, "summary.") || strings.Contains(sum, "%!") {
			t.Errorf("%s: summary %q", lang, sum)
		}
	}
	en := cat.Lang("en")
	if d := m.Describe(st, en); !strings.Contains(d, "neck") || strings.Contains(d, "lower back") {
		t.Errorf("en: %q does not speak of the neck", d)
	}
	if s := model.Summary(&f, &st, en, false); !strings.Contains(s, "neck") || !strings.Contains(s, "C4–C5") {
		t.Errorf("en summary %q, want the neck and C4–C5 just above", s)
	}
	snap := m.Snapshot(st)
	segs := snap["segments"].([]any)
	if len(segs) != 6 || segs[0].(map[string]any)["name"] != "C2-C3" || snap["region"] != "cervical" {
		t.Errorf("snapshot %v", snap)
	}
	var anat, neck bool
	for _, e := range m.Sources(&st, en) {
		anat = anat || strings.Contains(e.Citation, "Guo 2018")
		neck = neck || strings.Contains(e.Citation, "Anderst")
		if strings.Contains(e.Citation, "Panjabi MM et al. Human lumbar") {
			t.Errorf("neck sources cite the lumbar anatomy: %q", e.Citation)
		}
	}
	if !anat || !neck {
		t.Errorf("neck sources lack the lordosis (%v) or Anderst's compensation (%v)", anat, neck)
	}
}

// TestCervicalHealing checks the ACDF healing curve against its anchors
// (Oshina 2018: 90.2% at 1 year, 94.7% at 2).
func TestCervicalHealing(t *testing.T) {
	m := loadModel(t)
	for _, c := range []struct{ months, want float64 }{{12, 0.902}, {24, 0.947}} {
		if got := m.Healing.Fusion("autograft", "acdf", c.months); math.Abs(got-c.want) > 0.03 {
			t.Errorf("ACDF fusion at %v months = %.3f, want about %.3f", c.months, got, c.want)
		}
	}
}
