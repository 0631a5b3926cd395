package surgery_test

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/surgery"
)

func loadNeck(t *testing.T) (*anatomy.Spine, *surgery.Hardware) {
	t.Helper()
	_, h := load(t)
	sp, err := anatomy.LoadCervical(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	return sp, h
}

// TestCervicalHardwareSizes checks the neck's implant table against the
// domain notes (§6): cage 5-8 mm, plate 2-2.5 mm with 12-16 mm screws,
// lateral mass screws 3.5 x about 16 mm.
func TestCervicalHardwareSizes(t *testing.T) {
	_, h := loadNeck(t)
	c := h.Cervical
	checks := []struct {
		name        string
		got, lo, hi float64
	}{
		{"cage min height", c.Cage.MinHeight, 5, 5},
		{"cage max height", c.Cage.MaxHeight, 8, 8},
		{"plate thickness", c.PlateThickness, 2, 2.5},
		{"plate screw length", c.PlateScrew.Length, 12, 16},
		{"plate screw diameter", c.PlateScrew.Diameter, 4, 4},
		{"lateral mass screw diameter", c.LateralMass.Diameter, 3.5, 3.5},
		{"lateral mass screw length", c.LateralMass.Length, 14, 16},
		{"cervical rod", c.RodDiameter, 3, 4},
	}
	for _, ck := range checks {
		if ck.got < ck.lo || ck.got > ck.hi {
			t.Errorf("%s = %v, want %v to %v", ck.name, ck.got, ck.lo, ck.hi)
		}
	}
}

// TestACDFPlan checks every run of one to three neck levels: a cage in each
// fused disc space, filling it and within the catalogue heights; one plate
// screw per vertebra, in the body, stopping short of its back wall, the end
// screws angled away from the fused discs; a plate on the front of the
// bodies; the discs out; no rods.
func TestACDFPlan(t *testing.T) {
	sp, h := loadNeck(t)
	for _, levels := range levelSets(anatomy.CervicalLevels) {
		p, err := h.Plan(sp, levels, surgery.ACDF)
		if err != nil {
			t.Fatalf("%v: %v", levels, err)
		}
		if len(p.Cages) != len(levels) || len(p.Screws) != len(levels)+1 || len(p.Plate.Points) != len(levels)+1 {
			t.Fatalf("%v: %d cages, %d screws, %d plate points", levels, len(p.Cages), len(p.Screws), len(p.Plate.Points))
		}
		if len(p.Rod.Points) != 0 {
			t.Errorf("%v: an ACDF has no rods", levels)
		}
		for k, d := range p.Discs {
			if p.RemovedDiscs()&(1<<d) == 0 {
				t.Errorf("%v: disc %d not removed", levels, d)
			}
			c := p.Cages[k]
			s := surgery.DiscSpace(sp, d)
			if c.Front < s.Front || c.Back > s.Back || c.Back-c.Front < 8 {
				t.Errorf("%v: cage %v..%v outside the space %v..%v or too short", levels, c.Front, c.Back, s.Front, s.Back)
			}
			if hgt := (c.FrontTop+c.BackTop)/2 - c.Bottom; hgt < 4 || hgt > 8 {
				t.Errorf("%v: cage %v mm tall, want about the 5-8 mm made", levels, hgt)
			}
		}
		last := len(p.Screws) - 1
		for k, sc := range p.Screws {
			v := sp.Vertebrae[sc.Vertebra]
			if sc.Kind != surgery.AnteriorScrew || sc.Vertebra != p.Vertebrae[k] {
				t.Errorf("%v: screw %d is %+v", levels, k, sc)
			}
			if sc.Entry.X != -v.Depth/2 || !(sc.Tip.X > sc.Entry.X) || sc.Tip.X > v.Depth/2-1.5 {
				t.Errorf("%v %s: screw from %v to %v, want from the front wall into the body, short of the back wall %v", levels, v.Name, sc.Entry.X, sc.Tip.X, v.Depth/2)
			}
			if sc.Tip.Y < 0 || sc.Tip.Y > v.Height || sc.Entry.Y < 0 || sc.Entry.Y > v.Height {
				t.Errorf("%v %s: screw leaves the body (%v..%v of %v)", levels, v.Name, sc.Entry.Y, sc.Tip.Y, v.Height)
			}
			rise := sc.Tip.Y - sc.Entry.Y
			switch k {
			case 0:
				if !(rise > 0) {
					t.Errorf("%v %s: top screw does not aim up, away from the fused disc", levels, v.Name)
				}
			case last:
				if !(rise < 0) {
					t.Errorf("%v %s: bottom screw does not aim down", levels, v.Name)
				}
			default:
				if rise != 0 {
					t.Errorf("%v %s: middle screw tilted", levels, v.Name)
				}
			}
			if l := sc.Length(); l < 12-1e-9 || l > 16+1e-9 {
				t.Errorf("%v %s: screw %v mm", levels, v.Name, l)
			}
			pt := p.Plate.Points[k]
			if pt.Vertebra != sc.Vertebra || math.Abs(pt.X-(-v.Depth/2-p.Plate.Diameter/2)) > 1e-9 {
				t.Errorf("%v %s: plate point %+v not on the front of the body", levels, v.Name, pt)
			}
		}
	}
}

// TestPosteriorCervicalPlan checks the lateral mass screws and rods: one
// screw per vertebra, aimed forward and up behind the body, the rod through
// their heads, the discs kept.
func TestPosteriorCervicalPlan(t *testing.T) {
	sp, h := loadNeck(t)
	for _, levels := range levelSets(anatomy.CervicalLevels) {
		p, err := h.Plan(sp, levels, surgery.Posterior)
		if err != nil {
			t.Fatalf("%v: %v", levels, err)
		}
		if len(p.Cages) != 0 || p.RemovedDiscs() != 0 || len(p.Plate.Points) != 0 {
			t.Errorf("%v: posterior fusion keeps the discs and has no cage or plate", levels)
		}
		if len(p.Screws) != len(levels)+1 || len(p.Rod.Points) != len(p.Screws) || p.Rod.Diameter != h.Cervical.RodDiameter {
			t.Fatalf("%v: %d screws, rod %+v", levels, len(p.Screws), p.Rod)
		}
		for k, sc := range p.Screws {
			v := sp.Vertebrae[sc.Vertebra]
			if sc.Kind != surgery.LateralMassScrew {
				t.Errorf("%v: screw %d kind %v", levels, k, sc.Kind)
			}
			// Behind the body, aimed forward and up, parallel to the
			// facets.
			if !(sc.Tip.X > v.Depth/2 && sc.Tip.X < sc.Entry.X && sc.Tip.Y > sc.Entry.Y) {
				t.Errorf("%v %s: screw %v -> %v, want forward and up, behind the body", levels, v.Name, sc.Entry, sc.Tip)
			}
			if a := math.Atan2(sc.Tip.Y-sc.Entry.Y, sc.Entry.X-sc.Tip.X) * 180 / math.Pi; math.Abs(a-30) > 1e-6 {
				t.Errorf("%v %s: screw angle %v°, want 30°", levels, v.Name, a)
			}
			if p.Rod.Points[k].Point != sc.Head {
				t.Errorf("%v %s: rod misses the head", levels, v.Name)
			}
		}
	}
}

// TestCervicalApproachesFitTheNeck checks that a plan refuses an approach
// of the other region.
func TestCervicalApproachesFitTheNeck(t *testing.T) {
	sp, h := loadNeck(t)
	if _, err := h.Plan(sp, []string{"C5-C6"}, surgery.TLIF); err == nil {
		t.Error("TLIF planned on the neck")
	}
	lumbar, _ := load(t)
	if _, err := h.Plan(lumbar, []string{"L4-L5"}, surgery.ACDF); err == nil {
		t.Error("ACDF planned on the low back")
	}
	for _, c := range []struct {
		approach string
		step     int
		want     string
	}{
		{surgery.ACDF, surgery.DiscPrepared, "op.step.0.acdf"},
		{surgery.ACDF, surgery.ScrewsPlaced, "op.step.2.acdf"},
		{surgery.ACDF, surgery.GraftPacked, "op.step.4"},
		{surgery.Posterior, surgery.ScrewsPlaced, "op.step.2.posterior"},
		{surgery.Posterior, surgery.RodsFixed, "op.step.3"},
	} {
		if got := surgery.StepKey(c.approach, c.step); got != c.want {
			t.Errorf("StepKey(%s, %d) = %q, want %q", c.approach, c.step, got, c.want)
		}
	}
	if surgery.Shows(surgery.ACDF, surgery.RodsFixed) || !surgery.Shows(surgery.ACDF, surgery.CagePlaced) ||
		surgery.Shows(surgery.Posterior, surgery.CagePlaced) || !surgery.Shows(surgery.Posterior, surgery.RodsFixed) {
		t.Error("ACDF shows rods or no cage, or posterior shows a cage or no rods")
	}
}
