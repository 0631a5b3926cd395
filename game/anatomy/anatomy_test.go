package anatomy_test

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
)

func TestLoadLumbar(t *testing.T) {
	s, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(s.Discs); got != 6 {
		t.Fatalf("discs = %d, want 6", got)
	}
	if got := s.TotalLordosis(); math.Abs(got-49.8) > 1e-9 {
		t.Errorf("total lordosis = %v, want the measured 49.8", got)
	}
	// The lordosis rises toward the sacrum, as in the table.
	for i := 1; i < len(s.Discs); i++ {
		if s.Discs[i].Lordosis < s.Discs[i-1].Lordosis {
			t.Errorf("lordosis at %s (%v) below %s (%v)", s.Discs[i].Level, s.Discs[i].Lordosis, s.Discs[i-1].Level, s.Discs[i-1].Lordosis)
		}
	}
	tests := []struct {
		level  string
		height float64
	}{
		{"L1-L2", 8},
		{"L4-L5", 12},
	}
	for _, tt := range tests {
		i := s.DiscIndex(tt.level)
		if i < 0 {
			t.Fatalf("no %s", tt.level)
		}
		if s.Discs[i].Height != tt.height {
			t.Errorf("%s height = %v, want %v", tt.level, s.Discs[i].Height, tt.height)
		}
	}
	if !s.Vertebrae[len(s.Vertebrae)-1].Sacrum {
		t.Error("last vertebra is not the sacrum")
	}
	if s.DiscIndex("C5-C6") != -1 {
		t.Error("lumbar spine has a cervical level")
	}
}
