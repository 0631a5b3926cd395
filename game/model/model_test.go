package model_test

import (
	"math"
	"testing"

	"spinefusion/game/model"
	"spinefusion/game/state"
)

func TestComputeMatchesTheTable(t *testing.T) {
	m := loadModel(t)
	want := map[string]float64{"L1-L2": 12, "L2-L3": 14, "L3-L4": 15, "L4-L5": 16, "L5-S1": 17}
	for _, posture := range []float64{-1, -0.5, 0, 0.3, 1} {
		st := state.Default()
		st.Posture = posture
		var f model.Figures
		m.Compute(&st, &f)
		for _, s := range f.Segments {
			if w, ok := want[s.Name]; ok && s.RomBefore != w {
				t.Errorf("%s romBefore = %v, want %v", s.Name, s.RomBefore, w)
			}
			if got, w := s.AngleBefore, posture*s.RomBefore/2; math.Abs(got-w) > 1e-9 {
				t.Errorf("posture %v: %s angleBefore = %v, want %v", posture, s.Name, got, w)
			}
		}
	}
}

func TestFusedLevelStopsAndNeighboursTakeUp(t *testing.T) {
	m := loadModel(t)
	st := state.Default()
	st.Apply(map[string]any{"levels": "L4-L5", "months": 24, "graft": "autograft", "approach": "tlif", "posture": 1})
	var f model.Figures
	m.Compute(&st, &f)
	for _, s := range f.Segments {
		switch s.Name {
		case "L4-L5":
			if !s.Fused || s.RomAfter > 1 || s.Fusion < 0.8 {
				t.Errorf("L4-L5 = %+v, want fused, moving under 1°, fusion ≥ 0.8", s)
			}
		case "L3-L4", "L5-S1":
			if s.Fused || !(s.RomAfter > s.RomBefore) || !(s.AngleAfter > s.AngleBefore) {
				t.Errorf("%s = %+v, want more motion after", s.Name, s)
			}
		}
	}
	if !(f.TotalAfter < f.TotalBefore) {
		t.Errorf("total %v -> %v", f.TotalBefore, f.TotalAfter)
	}
	// The day of surgery: no bone yet, but the screws already hold it.
	st.Months = 0
	m.Compute(&st, &f)
	for _, s := range f.Segments {
		if s.Name == "L4-L5" && (s.Fusion != 0 || s.RomAfter > 1) {
			t.Errorf("day 0: %+v", s)
		}
	}
}

func TestComputeDoesNotAllocate(t *testing.T) {
	m := loadModel(t)
	st := state.Default()
	var f model.Figures
	m.Compute(&st, &f)
	allocs := testing.AllocsPerRun(100, func() {
		st.Posture = -st.Posture + 0.1
		m.Compute(&st, &f)
	})
	if allocs != 0 {
		t.Errorf("Compute allocates %v times", allocs)
	}
}
