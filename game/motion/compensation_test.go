package motion_test

import (
	"testing"

	"spinefusion/assets"
	"spinefusion/game/motion"
)

func TestCompensation(t *testing.T) {
	c, err := motion.LoadCompensation(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	for name, key := range c.SourceOf {
		if c.Sources[key] == "" {
			t.Errorf("%s: source %q not cited", name, key)
		}
	}
	// Lumbar flexion-extension, T12-L1 to L5-S1.
	before := []float64{12, 12, 14, 15, 16, 17}
	tests := []struct {
		name   string
		fused  []int
		fusion float64
	}{
		{"L4-L5 on the day", []int{4}, 0},
		{"L4-L5 healed", []int{4}, 1},
		{"L4-S1", []int{4, 5}, 0.5},
		{"L2-L5 three levels", []int{2, 3, 4}, 1},
		{"L1-L2 top", []int{1}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mob := []float64{1, 1, 1, 1, 1, 1}
			isFused := map[int]bool{}
			for _, i := range tt.fused {
				mob[i] = c.Mobility(true, tt.fusion)
				isFused[i] = true
			}
			after := make([]float64, len(before))
			tb, ta := c.Redistribute(before, mob, after)
			var own float64
			for i := range before {
				if isFused[i] {
					own += before[i]
					// A fused, instrumented level moves at most 1° once fused,
					// and at most its small residual before.
					if tt.fusion == 1 && after[i] > 1 {
						t.Errorf("fused level %d moves %v°", i, after[i])
					}
					if after[i] > before[i]*c.ResidualInstrumented+1e-9 {
						t.Errorf("fused level %d moves %v°, more than the residual", i, after[i])
					}
					continue
				}
				if after[i] < before[i] {
					t.Errorf("level %d moves less after (%v) than before (%v)", i, after[i], before[i])
				}
				adjacent := isFused[i-1] || isFused[i+1]
				if adjacent && !(after[i] > before[i]) {
					t.Errorf("adjacent level %d takes up nothing", i)
				}
			}
			if !(ta < tb && ta > tb-own) {
				t.Errorf("total after %v, want between %v and %v", ta, tb-own, tb)
			}
			// The adjacent levels take up more per degree than the others.
			var adjGain, farGain float64
			for i := range before {
				if isFused[i] {
					continue
				}
				g := (after[i] - before[i]) / before[i]
				if isFused[i-1] || isFused[i+1] {
					adjGain = max(adjGain, g)
				} else {
					farGain = max(farGain, g)
				}
			}
			if farGain > 0 && adjGain <= farGain {
				t.Errorf("adjacent gain %v not above far gain %v", adjGain, farGain)
			}
		})
	}
}

func TestNoFusionChangesNothing(t *testing.T) {
	c, _ := motion.LoadCompensation(assets.Data)
	before := []float64{12, 12, 14, 15, 16, 17}
	after := make([]float64, 6)
	c.Redistribute(before, []float64{1, 1, 1, 1, 1, 1}, after)
	for i := range before {
		if after[i] != before[i] {
			t.Errorf("level %d: %v -> %v", i, before[i], after[i])
		}
	}
}
