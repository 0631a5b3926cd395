package ui

import "testing"

// TestFitLabelMemo checks that a label's fit is kept, gives the same
// answer as fitting it afresh, and is worked out again when the theme's
// sizes or the box change.
func TestFitLabelMemo(t *testing.T) {
	th := Light(1, nil)
	const s = "Fused levels start at the fourth lumbar"
	for _, w := range []int{400, 120, 60} {
		got := th.fitLabel(s, true, w, 60)
		if want := th.fitLabelNow(s, true, w, 60); got != want {
			t.Errorf("width %d: kept %+v, afresh %+v", w, got, want)
		}
		if again := th.fitLabel(s, true, w, 60); again != got {
			t.Errorf("width %d: second call %+v, first %+v", w, again, got)
		}
	}
	if len(th.fitted) != 3 {
		t.Errorf("%d fits kept for three boxes", len(th.fitted))
	}
	small := th.fitLabel(s, true, 120, 60)
	th.Scale = 2 // the sizes double: the kept fit no longer applies
	if big := th.fitLabel(s, true, 120, 60); big == small || big != th.fitLabelNow(s, true, 120, 60) {
		t.Errorf("after the scale changed: %+v (was %+v)", big, small)
	}
}
