package anatomy_test

import (
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
)

func TestLoadLumbarFront(t *testing.T) {
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	f, err := anatomy.LoadFront(assets.Data, sp)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]anatomy.FrontLevel{}
	for _, l := range f.Levels {
		byName[l.Name] = l
	}
	// L3 is 45-50 mm wide (Panjabi 1992).
	if w := byName["L3"].Width; w < 45 || w > 50 {
		t.Errorf("L3 width %v, want 45 to 50", w)
	}
	// Pedicles widen and turn in more from L1 to L5; the canal widens.
	lumbar := []string{"L1", "L2", "L3", "L4", "L5"}
	for k := 1; k < len(lumbar); k++ {
		a, b := byName[lumbar[k-1]], byName[lumbar[k]]
		if !(b.PedicleWidth > a.PedicleWidth && b.PedicleAngle > a.PedicleAngle && b.CanalWidth > a.CanalWidth) {
			t.Errorf("%s to %s: pedicles or canal do not grow: %+v %+v", a.Name, b.Name, a, b)
		}
	}
	if !(f.AxialCentre > 0) {
		t.Errorf("axial centre %v", f.AxialCentre)
	}
}
