package scene

import (
	"math"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/surgery"
)

// TestImplantOutlinesStayInPlace checks that each implant's outline lies
// where the plan puts it: a screw's shank between its tip and its entry, its
// head behind the entry; a cage within its ends and the disc height.
func TestImplantOutlinesStayInPlace(t *testing.T) {
	sp, err := anatomy.LoadLumbar(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	hw, err := surgery.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	neck, err := anatomy.LoadCervical(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range surgery.Approaches {
		spine, levels := sp, []string{"L3-L4", "L4-L5", "L5-S1"}
		if surgery.Cervical(a) {
			spine, levels = neck, []string{"C4-C5", "C5-C6", "C6-C7"}
		}
		plan, err := hw.Plan(spine, levels, a)
		if err != nil {
			t.Fatal(err)
		}
		for i := range plan.Screws {
			sc := &plan.Screws[i]
			o := screwOutline(sc, plan.Rod.Diameter/2)
			x0, y0, x1, y1 := o.Shank.Bounds()
			r := sc.Diameter/2 + 0.01
			for _, p := range []surgery.Point{sc.Tip, sc.Entry} {
				if p.X < x0-r || p.X > x1+r || p.Y < y0-r || p.Y > y1+r {
					t.Errorf("%s screw %d: %+v outside its shank %.1f,%.1f..%.1f,%.1f", a, i, p, x0, y0, x1, y1)
				}
			}
			if l := math.Hypot(x1-x0, y1-y0); l < sc.Length()*0.95 || l > sc.Length()+2*sc.Diameter {
				t.Errorf("%s screw %d: shank spans %.1f mm for a %.1f mm screw", a, i, l, sc.Length())
			}
			if o.Head.Empty() || o.Threads.Empty() {
				t.Errorf("%s screw %d: no head or threads", a, i)
			}
			ax, ay := sc.Axis()
			hx0, hy0, hx1, hy1 := o.Head.Bounds()
			cx, cy := (hx0+hx1)/2, (hy0+hy1)/2
			if (cx-sc.Entry.X)*ax+(cy-sc.Entry.Y)*ay >= 0 {
				t.Errorf("%s screw %d: head not behind the entry", a, i)
			}
		}
		for i := range plan.Cages {
			c := &plan.Cages[i]
			o := cageOutline(c)
			x0, y0, x1, y1 := o.Body.Bounds()
			top := math.Max(c.FrontTop, c.BackTop)
			if x0 < c.Front-0.01 || x1 > c.Back+0.01 || y0 < c.Bottom-0.01 || y1 > top+0.01 {
				t.Errorf("%s cage %d: outline %.1f,%.1f..%.1f,%.1f outside %.1f,%.1f..%.1f,%.1f", a, i, x0, y0, x1, y1, c.Front, c.Bottom, c.Back, top)
			}
			if o.Window.Empty() {
				t.Errorf("%s cage %d: no graft window", a, i)
			}
			if (c.Plate > 0) == o.Plate.Empty() {
				t.Errorf("%s cage %d: plate %v but outline %v", a, i, c.Plate, !o.Plate.Empty())
			}
		}
	}
	o := rodPiece(30, 2.75, 3, 2.75)
	if x0, y0, x1, y1 := o.Body.Bounds(); x0 != -3 || x1 != 32.75 || y0 != -2.75 || y1 != 2.75 {
		t.Errorf("rod piece spans %v,%v..%v,%v", x0, y0, x1, y1)
	}
}
