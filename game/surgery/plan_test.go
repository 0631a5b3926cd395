package surgery_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/surgery"
)

func load(t *testing.T) (*anatomy.Spine, *surgery.Hardware) {
	t.Helper()
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	h, err := surgery.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	return sp, h
}

// levelSets returns every run of one to three neighbouring levels of l.
func levelSets(l []string) [][]string {
	var out [][]string
	for n := 1; n <= 3; n++ {
		for i := 0; i+n <= len(l); i++ {
			out = append(out, l[i:i+n])
		}
	}
	return out
}

// s1Body is the S1 body in the sacrum's frame, as the sacrum is drawn: from
// the upper endplate down to where the S1 segment meets S2.
const s1Body = 24

// bodyBox returns a vertebra's body as a box in its local frame.
func bodyBox(v anatomy.Vertebra) (x0, y0, x1, y1 float64) {
	if v.Sacrum {
		return -v.Depth / 2, -s1Body, v.Depth / 2, 0
	}
	return -v.Depth / 2, 0, v.Depth / 2, v.Height
}

func inBox(p surgery.Point, x0, y0, x1, y1 float64) bool {
	return p.X >= x0 && p.X <= x1 && p.Y >= y0 && p.Y <= y1
}

func TestLoadCitesEverySize(t *testing.T) {
	_, h := load(t)
	for _, k := range []string{"textbook-implants", "screw-trajectory", "catalogue"} {
		if h.Sources[k] == "" {
			t.Errorf("source %q missing", k)
		}
	}
	// The textbook sizes (domain.md section 6).
	if h.Pedicle.Diameter != 6.5 || h.Pedicle.Length != 45 {
		t.Errorf("pedicle screw %v x %v, want 6.5 x 45", h.Pedicle.Diameter, h.Pedicle.Length)
	}
	if h.RodDiameter < 5.5 || h.RodDiameter > 6 {
		t.Errorf("rod %v mm, want 5.5-6", h.RodDiameter)
	}
}

// TestPedicleScrewsLieInBone checks every pedicle screw: the entry behind
// the body's back wall, the shank through the pedicle's height, the tip in
// the body short of its front wall, the head behind the entry.
func TestPedicleScrewsLieInBone(t *testing.T) {
	sp, h := load(t)
	p := sp.Posterior
	for _, a := range []string{surgery.TLIF, surgery.PLIF, surgery.Posterolateral} {
		for _, levels := range levelSets(anatomy.FusableLumbarLevels) {
			plan, err := h.Plan(sp, levels, a)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range plan.Screws {
				v := sp.Vertebrae[s.Vertebra]
				name := a + " " + strings.Join(levels, ",") + " " + v.Name
				if s.Kind != surgery.PedicleScrew {
					t.Errorf("%s: screw kind %v", name, s.Kind)
				}
				back := v.Depth / 2
				if s.Entry.X <= back+p.PedicleLength {
					t.Errorf("%s: entry x %.1f not behind the pedicle (%.1f)", name, s.Entry.X, back+p.PedicleLength)
				}
				if x0, y0, x1, y1 := bodyBox(v); !inBox(s.Tip, x0+s.Diameter/2, y0+s.Diameter/2, x1, y1-s.Diameter/2) {
					t.Errorf("%s: tip %+v outside the body", name, s.Tip)
				}
				if s.Tip.X < -v.Depth/2+h.Pedicle.TipClearance-1e-9 {
					t.Errorf("%s: tip %.1f too near the front wall", name, s.Tip.X)
				}
				// Through the pedicle, the whole shank stays within its
				// top and bottom.
				lo, hi := p.PedicleBottom*v.Height, p.PedicleTop*v.Height
				if v.Sacrum {
					lo, hi = -16, -1.5
				}
				ax, ay := s.Axis()
				for x := back; x <= back+p.PedicleLength; x += 0.5 {
					y := s.Entry.Y + (x-s.Entry.X)*ay/ax
					if y-s.Diameter/2 < lo || y+s.Diameter/2 > hi {
						t.Errorf("%s: at x %.1f the shank (%.1f ± %.2f) leaves the pedicle %.1f..%.1f", name, x, y, s.Diameter/2, lo, hi)
						break
					}
				}
				// Lumbar screws point down toward the front, S1 screws up.
				tilt := math.Atan2(ay, -ax) * 180 / math.Pi
				if want := -h.Pedicle.Angle; !v.Sacrum && math.Abs(tilt-want) > 1e-6 {
					t.Errorf("%s: tilt %.1f°, want %.1f°", name, tilt, want)
				}
				if v.Sacrum && !(tilt > 0) {
					t.Errorf("%s: S1 screw tilt %.1f°, want up toward the promontory", name, tilt)
				}
				if s.Head.X <= s.Entry.X {
					t.Errorf("%s: head %.1f not behind the entry %.1f", name, s.Head.X, s.Entry.X)
				}
				if l := s.Length(); !slices.Contains(h.Pedicle.Lengths, math.Round(l)) || l > h.Pedicle.Length+1e-9 {
					t.Errorf("%s: length %.1f is not a catalogue size up to %v", name, l, h.Pedicle.Length)
				}
			}
		}
	}
}

// TestPlacementsCoverTheFusedLevels checks that screws, rods and cages are
// placed at every fused vertebra and disc and nowhere else.
func TestPlacementsCoverTheFusedLevels(t *testing.T) {
	sp, h := load(t)
	tests := []struct {
		approach      string
		screwsPerBone int // pedicle screws per fused bone
		cagesPerDisc  int
		rod, anterior bool
		removes       bool
	}{
		{surgery.TLIF, 1, 1, true, false, true},
		{surgery.PLIF, 1, 2, true, false, true},
		{surgery.Posterolateral, 1, 0, true, false, false},
		{surgery.ALIF, 0, 1, false, true, true},
	}
	for _, tc := range tests {
		for _, levels := range levelSets(anatomy.FusableLumbarLevels) {
			name := tc.approach + " " + strings.Join(levels, ",")
			plan, err := h.Plan(sp, levels, tc.approach)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var wantBones []int
			var wantMask uint64
			for _, l := range levels {
				d := sp.DiscIndex(l)
				wantMask |= 1 << d
				if !slices.Contains(wantBones, d) {
					wantBones = append(wantBones, d)
				}
				wantBones = append(wantBones, d+1)
			}
			if !slices.Equal(plan.Vertebrae, wantBones) {
				t.Errorf("%s: vertebrae %v, want %v", name, plan.Vertebrae, wantBones)
			}
			pedicle := map[int]int{}
			anterior := map[int]int{}
			for _, s := range plan.Screws {
				if !slices.Contains(wantBones, s.Vertebra) {
					t.Errorf("%s: screw in unfused bone %d", name, s.Vertebra)
				}
				if s.Kind == surgery.PedicleScrew {
					pedicle[s.Vertebra]++
				} else {
					anterior[s.Vertebra]++
				}
			}
			for _, b := range wantBones {
				if pedicle[b] != tc.screwsPerBone {
					t.Errorf("%s: %d pedicle screws in bone %d, want %d", name, pedicle[b], b, tc.screwsPerBone)
				}
				if tc.anterior != (anterior[b] > 0) {
					t.Errorf("%s: %d anterior screws in bone %d", name, anterior[b], b)
				}
			}
			if tc.anterior && len(anterior) > 0 && sumValues(anterior) != 2*len(levels) {
				t.Errorf("%s: %d anterior screws, want 2 per level", name, sumValues(anterior))
			}
			if got := len(plan.Rod.Points) > 0; got != tc.rod {
				t.Errorf("%s: rod %v, want %v", name, got, tc.rod)
			}
			if len(plan.Cages) != tc.cagesPerDisc*len(levels) {
				t.Errorf("%s: %d cages, want %d", name, len(plan.Cages), tc.cagesPerDisc*len(levels))
			}
			for _, c := range plan.Cages {
				if !slices.Contains(plan.Discs, c.Disc) || c.Vertebra != c.Disc+1 {
					t.Errorf("%s: cage in disc %d, bone %d", name, c.Disc, c.Vertebra)
				}
			}
			if surgery.RemovesDisc(tc.approach) != tc.removes {
				t.Errorf("RemovesDisc(%s) = %v", tc.approach, !tc.removes)
			}
			want := uint64(0)
			if tc.removes {
				want = wantMask
			}
			if got := plan.RemovedDiscs(); got != want {
				t.Errorf("%s: removed discs %b, want %b", name, got, want)
			}
		}
	}
}

func sumValues(m map[int]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// TestRodJoinsTheScrewHeads checks that the rod runs through every screw
// head, top to bottom, and ends at the end screws' heads.
func TestRodJoinsTheScrewHeads(t *testing.T) {
	sp, h := load(t)
	for _, levels := range levelSets(anatomy.FusableLumbarLevels) {
		plan, err := h.Plan(sp, levels, surgery.TLIF)
		if err != nil {
			t.Fatal(err)
		}
		r := plan.Rod
		if len(r.Points) != len(plan.Screws) {
			t.Fatalf("%v: %d rod points for %d screws", levels, len(r.Points), len(plan.Screws))
		}
		for k, s := range plan.Screws {
			a := r.Points[k]
			if a.Vertebra != s.Vertebra || a.Point != s.Head {
				t.Errorf("%v: rod point %d %+v is not screw head %d %+v", levels, k, a, s.Vertebra, s.Head)
			}
			if k > 0 && a.Vertebra <= r.Points[k-1].Vertebra {
				t.Errorf("%v: rod points not top to bottom", levels)
			}
		}
		if r.Diameter != h.RodDiameter {
			t.Errorf("rod diameter %v, want %v", r.Diameter, h.RodDiameter)
		}
	}
}

// TestCagesFitTheDiscSpace checks that each cage lies within the disc
// space's depth and fills its height, with TLIF cages in the front half,
// PLIF cages further back and ALIF cages filling most of the depth.
func TestCagesFitTheDiscSpace(t *testing.T) {
	sp, h := load(t)
	for _, a := range []string{surgery.TLIF, surgery.PLIF, surgery.ALIF} {
		for _, levels := range levelSets(anatomy.FusableLumbarLevels) {
			plan, err := h.Plan(sp, levels, a)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range plan.Cages {
				s := surgery.DiscSpace(sp, c.Disc)
				name := a + " " + sp.Discs[c.Disc].Level
				if !(c.Front >= s.Front && c.Back <= s.Back && c.Front < c.Back) {
					t.Errorf("%s: cage %.1f..%.1f outside the space %.1f..%.1f", name, c.Front, c.Back, s.Front, s.Back)
				}
				lower := sp.Vertebrae[c.Vertebra]
				if want := lower.Height; lower.Sacrum {
					want = 0
					if c.Bottom != want {
						t.Errorf("%s: cage bottom %v, want the S1 endplate %v", name, c.Bottom, want)
					}
				} else if c.Bottom != want {
					t.Errorf("%s: cage bottom %v, want the endplate %v", name, c.Bottom, want)
				}
				for _, x := range []float64{c.Front, (c.Front + c.Back) / 2, c.Back} {
					if d := c.TopAt(x) - s.TopAt(x); math.Abs(d) > 1e-9 {
						t.Errorf("%s: cage top at %.1f is %.2f off the endplate", name, x, d)
					}
					if hgt := c.TopAt(x) - c.Bottom; !(hgt > 2*c.Teeth+2) {
						t.Errorf("%s: cage height %.1f at %.1f", name, hgt, x)
					}
				}
				depth := s.Back - s.Front
				mid := (c.Front + c.Back) / 2
				switch a {
				case surgery.TLIF:
					if !(c.Back <= (s.Front+s.Back)/2+3) {
						t.Errorf("%s: TLIF cage %.1f..%.1f not in the front half", name, c.Front, c.Back)
					}
				case surgery.PLIF:
					if !(mid > (s.Front+s.Back)/2-3) {
						t.Errorf("%s: PLIF cage centred at %.1f, not toward the back", name, mid)
					}
				case surgery.ALIF:
					if l := c.Back - c.Front; l < 0.7*depth {
						t.Errorf("%s: ALIF cage %.1f long in a %.1f space", name, l, depth)
					}
					if !(c.Plate > 0) {
						t.Errorf("%s: ALIF cage without a front plate", name)
					}
					// The front (anterior) height is the larger: a wedge.
					if !(c.FrontTop-c.Bottom > c.BackTop-c.Bottom) {
						t.Errorf("%s: ALIF cage not lordotic", name)
					}
				}
			}
		}
	}
}

// TestAnteriorScrewsEnterTheBodies checks the ALIF screws: they start at
// the cage's front and end inside the bodies above and below.
func TestAnteriorScrewsEnterTheBodies(t *testing.T) {
	sp, h := load(t)
	for _, levels := range levelSets(anatomy.FusableLumbarLevels) {
		plan, err := h.Plan(sp, levels, surgery.ALIF)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range plan.Screws {
			v := sp.Vertebrae[s.Vertebra]
			x0, y0, x1, y1 := bodyBox(v)
			if !inBox(s.Tip, x0, y0, x1, y1) {
				t.Errorf("%v %s: anterior screw tip %+v outside the body", levels, v.Name, s.Tip)
			}
			if inBox(s.Head, x0, y0, x1, y1) {
				t.Errorf("%v %s: anterior screw head %+v inside the body, want in the disc space", levels, v.Name, s.Head)
			}
			if s.Tip.X <= s.Entry.X {
				t.Errorf("%v %s: anterior screw does not run backward", levels, v.Name)
			}
		}
	}
}

func TestPlanRejectsBadInput(t *testing.T) {
	sp, h := load(t)
	tests := []struct {
		name     string
		levels   []string
		approach string
		err      string // "" for no error
	}{
		{"one level", []string{"L4-L5"}, surgery.TLIF, ""},
		{"no levels", nil, surgery.TLIF, ""},
		{"unknown approach", []string{"L4-L5"}, "lateral", "approach"},
		{"cervical approach", []string{"L4-L5"}, "acdf", "approach"},
		{"empty approach", []string{"L4-L5"}, "", "approach"},
		{"unknown level", []string{"C5-C6"}, surgery.TLIF, "level"},
		{"gap", []string{"L2-L3", "L4-L5"}, surgery.PLIF, "next to"},
		{"four levels", []string{"L1-L2", "L2-L3", "L3-L4", "L4-L5"}, surgery.TLIF, "at most"},
		{"twice", []string{"L4-L5", "L4-L5"}, surgery.ALIF, "twice"},
		{"bottom up", []string{"L5-S1", "L4-L5"}, surgery.Posterolateral, ""},
	}
	for _, tc := range tests {
		plan, err := h.Plan(sp, tc.levels, tc.approach)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want one about %q", tc.name, err, tc.err)
		case err != nil && (len(plan.Screws) > 0 || len(plan.Cages) > 0 || plan.RemovedDiscs() != 0):
			t.Errorf("%s: failed plan still has implants", tc.name)
		}
	}
}

func TestApproachPredicates(t *testing.T) {
	tests := []struct {
		approach                 string
		known, removes, pedicled bool
	}{
		{surgery.TLIF, true, true, true},
		{surgery.PLIF, true, true, true},
		{surgery.Posterolateral, true, false, true},
		{surgery.ALIF, true, true, false},
		{surgery.ACDF, true, true, false},
		{surgery.Posterior, true, false, false},
		{"", false, false, false},
	}
	for _, tc := range tests {
		if got := surgery.Known(tc.approach); got != tc.known {
			t.Errorf("Known(%q) = %v", tc.approach, got)
		}
		if got := surgery.RemovesDisc(tc.approach); got != tc.removes {
			t.Errorf("RemovesDisc(%q) = %v", tc.approach, got)
		}
		if got := surgery.Pedicled(tc.approach); got != tc.pedicled {
			t.Errorf("Pedicled(%q) = %v", tc.approach, got)
		}
	}
}
