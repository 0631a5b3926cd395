package surgery_test

import (
	"testing"

	"spinefusion/game/surgery"
)

func TestSequence(t *testing.T) {
	n := surgery.StepTicks
	tests := []struct {
		name  string
		seek  int // -1 for none
		ticks int
		step  int
		t     float64
		done  bool
	}{
		{"start", -1, 0, 0, 0, false},
		{"one tick", -1, 1, 0, 1.0 / float64(n), false},
		{"half the first step", -1, n / 2, 0, 0.5, false},
		{"second step", -1, n, 1, 0, false},
		{"last tick", -1, surgery.Steps*n - 1, surgery.Steps - 1, float64(n-1) / float64(n), false},
		{"done", -1, surgery.Steps * n, surgery.Steps, 0, true},
		{"stays done", -1, surgery.Steps*n + 500, surgery.Steps, 0, true},
		{"seek screws", surgery.ScrewsPlaced, 0, surgery.ScrewsPlaced, 0, false},
		{"seek and play", surgery.RodsFixed, n / 2, surgery.RodsFixed, 0.5, false},
		{"seek past the end", 99, 0, surgery.Steps, 0, true},
		{"seek before the start", -5, 0, 0, 0, false},
	}
	for _, tc := range tests {
		var s surgery.Sequence
		if tc.seek != -1 {
			s.Seek(tc.seek)
		}
		for i := 0; i < tc.ticks; i++ {
			s.Step()
		}
		step, tt := s.Progress()
		if step != tc.step || tt != tc.t || s.Done() != tc.done {
			t.Errorf("%s: (%d, %.3f, done %v), want (%d, %.3f, done %v)", tc.name, step, tt, s.Done(), tc.step, tc.t, tc.done)
		}
		s.Restart()
		if step, tt := s.Progress(); step != 0 || tt != 0 || s.Done() {
			t.Errorf("%s: restart gives (%d, %v)", tc.name, step, tt)
		}
	}
}

func TestStepLastsAboutOneAndAHalfSeconds(t *testing.T) {
	if s := float64(surgery.StepTicks) / 60; s < 1 || s > 2 {
		t.Errorf("a step lasts %.2f s", s)
	}
}

func TestPlaced(t *testing.T) {
	tests := []struct {
		step int
		t    float64
		part int
		want float64
	}{
		{0, 0.5, surgery.ScrewsPlaced, 0},
		{surgery.ScrewsPlaced, 0, surgery.ScrewsPlaced, 0},
		{surgery.ScrewsPlaced, 0.25, surgery.ScrewsPlaced, 0.25},
		{surgery.RodsFixed, 0, surgery.ScrewsPlaced, 1},
		{surgery.Steps, 0, surgery.GraftPacked, 1},
		{surgery.CagePlaced, 1.5, surgery.CagePlaced, 1},
	}
	for _, tc := range tests {
		if got := surgery.Placed(tc.step, tc.t, tc.part); got != tc.want {
			t.Errorf("Placed(%d, %v, %d) = %v, want %v", tc.step, tc.t, tc.part, got, tc.want)
		}
	}
}

func TestStepsByApproach(t *testing.T) {
	tests := []struct {
		approach string
		shows    [surgery.Steps]bool
		first    string
	}{
		{surgery.TLIF, [surgery.Steps]bool{true, true, true, true, true}, "op.step.0"},
		{surgery.PLIF, [surgery.Steps]bool{true, true, true, true, true}, "op.step.0"},
		{surgery.Posterolateral, [surgery.Steps]bool{true, false, true, true, true}, "op.step.0.posterolateral"},
		{surgery.ALIF, [surgery.Steps]bool{true, true, true, false, true}, "op.step.0"},
	}
	for _, tc := range tests {
		for s := 0; s < surgery.Steps; s++ {
			if got := surgery.Shows(tc.approach, s); got != tc.shows[s] {
				t.Errorf("Shows(%s, %d) = %v", tc.approach, s, got)
			}
		}
		if got := surgery.StepKey(tc.approach, 0); got != tc.first {
			t.Errorf("StepKey(%s, 0) = %q, want %q", tc.approach, got, tc.first)
		}
		if got := surgery.StepKey(tc.approach, surgery.RodsFixed); got != "op.step.3" {
			t.Errorf("StepKey(%s, rods) = %q", tc.approach, got)
		}
		if got := surgery.StepKey(tc.approach, surgery.Steps); got != "" {
			t.Errorf("StepKey past the end = %q", got)
		}
	}
}
