// Package surgery owns the operation: which implants a fusion uses for each
// approach, where they sit in each vertebra's local frame (side view,
// millimetres), and the sequence of steps in which the surgeon puts them in.
// Sizes come from the data table data/hardware.json with a source for each.
package surgery

import (
	"fmt"
	"io/fs"

	"spinefusion/game/jsondec"
)

// value is one number of the table with the key of its source.
type value struct {
	MM, Deg, Ratio float64
	Source         string
}

// ScrewSize is a screw's size and path.
type ScrewSize struct {
	// Diameter and Length are the threaded shank's outer diameter and
	// length; Lengths are the sizes to choose from (pedicle screws).
	Diameter, Length float64
	Lengths          []float64
	// CoreRatio is the shank's core diameter as a share of Diameter;
	// ThreadPitch is the distance between threads.
	CoreRatio, ThreadPitch float64
	// Angle is the screw's tilt in side view, in degrees: down toward the
	// front for lumbar pedicle screws, up toward the front for S1 screws,
	// away from the endplate for anterior screws.
	Angle float64
	// EntryBehindPedicle is how far behind the pedicle's back end the shank
	// starts; EntryBelowEndplate places the S1 screw's entry below the
	// sacrum's upper endplate; TipClearance is how far the tip stays behind
	// the front wall of the body.
	EntryBehindPedicle, EntryBelowEndplate, TipClearance float64
	// HeadWidth and HeadHeight are the head's size across and along the
	// axis (the polyaxial tulip, or an anterior screw's low head); RodSeat
	// is how far behind the shank's end the rod's axis lies in the tulip.
	HeadWidth, HeadHeight, RodSeat float64
}

// CageSize is an interbody cage's size and place for one approach.
type CageSize struct {
	Shape    CageShape
	Material Material
	// Length is the cage's extent front to back in side view.
	Length float64
	// FrontGap and BackGap place the cage from the front or the back rim
	// of the disc space; PairOffset shifts the second of a pair of cages.
	FrontGap, BackGap, PairOffset float64
	// MinHeight and MaxHeight are the range of heights made.
	MinHeight, MaxHeight float64
	// Teeth is the height of the teeth on the top and bottom surfaces;
	// Window is the graft window's share of the cage's length.
	Teeth, Window float64
	// Plate is the thickness of a titanium front plate, 0 for none.
	Plate float64
}

// Hardware is the implant table.
type Hardware struct {
	Pedicle, Sacral, Anterior ScrewSize
	// RodDiameter and RodOverhang are the rod's thickness and how far it
	// runs past the end screws' heads.
	RodDiameter, RodOverhang float64
	// Cages holds the cage for each approach that has one.
	Cages map[string]CageSize
	// Cervical holds the neck's implants.
	Cervical CervicalHardware
	// Sources maps source keys to their citations.
	Sources map[string]string
}

// CervicalHardware is the neck's implant table: the ACDF cage, the anterior
// plate and its screws, and the lateral mass screws and rods of a posterior
// fusion.
type CervicalHardware struct {
	Cage CageSize
	// PlateThickness and PlateWidth are the anterior plate's size front to
	// back and side to side; PlateOverhang is how far it runs past the end
	// screw holes; HoleNearDisc places an end vertebra's screw hole, as a
	// share of the body's height from the endplate next to the fused disc.
	PlateThickness, PlateWidth, PlateOverhang, HoleNearDisc float64
	PlateScrew, LateralMass                                 ScrewSize
	RodDiameter, RodOverhang                                float64
}

type rawScrew struct {
	Diameter, Length, CoreRatio, ThreadPitch, Angle value
	EntryBehindPedicle, EntryBelowEndplate          value
	TipClearance, HeadWidth, HeadHeight, RodSeat    value
	Lengths                                         struct{ MM []float64 }
}

type rawCage struct {
	Shape, Material                            string
	Length, FrontGap, BackGap, PairOffset      value
	MinHeight, MaxHeight, Teeth, Window, Plate value
}

// Load reads data/hardware.json from fsys.
func Load(fsys fs.FS) (*Hardware, error) {
	b, err := fs.ReadFile(fsys, "data/hardware.json")
	if err != nil {
		return nil, err
	}
	var raw struct {
		Sources                                  map[string]string
		PedicleScrew, SacralScrew, AnteriorScrew rawScrew
		Rod                                      struct{ Diameter, Overhang value }
		Cages                                    map[string]rawCage
		Cervical                                 struct {
			Cage  rawCage
			Plate struct {
				Thickness, Width, Overhang, HoleNearDisc value
			}
			PlateScrew, LateralMassScrew rawScrew
			Rod                          struct{ Diameter, Overhang value }
		}
	}
	if err := jsondec.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("hardware.json: %w", err)
	}
	h := &Hardware{
		Pedicle:     screwSize(raw.PedicleScrew),
		Anterior:    screwSize(raw.AnteriorScrew),
		RodDiameter: raw.Rod.Diameter.MM,
		RodOverhang: raw.Rod.Overhang.MM,
		Cages:       map[string]CageSize{},
		Sources:     raw.Sources,
	}
	// The S1 screw is a pedicle screw with its own length and path.
	h.Sacral = h.Pedicle
	h.Sacral.Length = raw.SacralScrew.Length.MM
	h.Sacral.Angle = raw.SacralScrew.Angle.Deg
	h.Sacral.EntryBelowEndplate = raw.SacralScrew.EntryBelowEndplate.MM
	h.Anterior.CoreRatio, h.Anterior.ThreadPitch = h.Pedicle.CoreRatio, h.Pedicle.ThreadPitch
	for name, c := range raw.Cages {
		z, err := cageSize(name, c)
		if err != nil {
			return nil, err
		}
		h.Cages[name] = z
	}
	rc := raw.Cervical
	cage, err := cageSize(ACDF, rc.Cage)
	if err != nil {
		return nil, err
	}
	h.Cages[ACDF] = cage
	h.Cervical = CervicalHardware{
		Cage:           cage,
		PlateThickness: rc.Plate.Thickness.MM, PlateWidth: rc.Plate.Width.MM,
		PlateOverhang: rc.Plate.Overhang.MM, HoleNearDisc: rc.Plate.HoleNearDisc.Ratio,
		PlateScrew: screwSize(rc.PlateScrew), LateralMass: screwSize(rc.LateralMassScrew),
		RodDiameter: rc.Rod.Diameter.MM, RodOverhang: rc.Rod.Overhang.MM,
	}
	for _, z := range []*ScrewSize{&h.Cervical.PlateScrew, &h.Cervical.LateralMass} {
		z.CoreRatio, z.ThreadPitch = h.Pedicle.CoreRatio, h.Pedicle.ThreadPitch*0.55
	}
	if err := h.check(); err != nil {
		return nil, fmt.Errorf("hardware.json: %w", err)
	}
	return h, nil
}

// cageSize reads one cage's size.
func cageSize(name string, c rawCage) (CageSize, error) {
	shape, ok := cageShapes[c.Shape]
	if !ok {
		return CageSize{}, fmt.Errorf("hardware.json: cage %s has unknown shape %q", name, c.Shape)
	}
	mat, ok := materials[c.Material]
	if !ok {
		return CageSize{}, fmt.Errorf("hardware.json: cage %s has unknown material %q", name, c.Material)
	}
	return CageSize{
		Shape: shape, Material: mat, Length: c.Length.MM,
		FrontGap: c.FrontGap.MM, BackGap: c.BackGap.MM, PairOffset: c.PairOffset.MM,
		MinHeight: c.MinHeight.MM, MaxHeight: c.MaxHeight.MM,
		Teeth: c.Teeth.MM, Window: c.Window.Ratio, Plate: c.Plate.MM,
	}, nil
}

func screwSize(r rawScrew) ScrewSize {
	return ScrewSize{
		Diameter: r.Diameter.MM, Length: r.Length.MM, Lengths: r.Lengths.MM,
		CoreRatio: r.CoreRatio.Ratio, ThreadPitch: r.ThreadPitch.MM, Angle: r.Angle.Deg,
		EntryBehindPedicle: r.EntryBehindPedicle.MM, EntryBelowEndplate: r.EntryBelowEndplate.MM,
		TipClearance: r.TipClearance.MM,
		HeadWidth:    r.HeadWidth.MM, HeadHeight: r.HeadHeight.MM, RodSeat: r.RodSeat.MM,
	}
}

// check verifies that every size the drawing needs is there and positive.
func (h *Hardware) check() error {
	for _, s := range []struct {
		name string
		z    ScrewSize
	}{{"pedicle screw", h.Pedicle}, {"sacral screw", h.Sacral}, {"anterior screw", h.Anterior}} {
		if !(s.z.Diameter > 0 && s.z.Length > 0 && s.z.HeadWidth > 0 && s.z.HeadHeight > 0) {
			return fmt.Errorf("%s has a missing size", s.name)
		}
	}
	if !(h.Pedicle.RodSeat > 0 && h.Pedicle.RodSeat < h.Pedicle.HeadHeight) {
		return fmt.Errorf("rod seat %v must lie inside the %v mm head", h.Pedicle.RodSeat, h.Pedicle.HeadHeight)
	}
	if !(h.RodDiameter > 0) {
		return fmt.Errorf("rod has no diameter")
	}
	c := h.Cervical
	for _, s := range []struct {
		name string
		z    ScrewSize
	}{{"plate screw", c.PlateScrew}, {"lateral mass screw", c.LateralMass}} {
		if !(s.z.Diameter > 0 && s.z.Length > 0 && s.z.HeadWidth > 0 && s.z.HeadHeight > 0) {
			return fmt.Errorf("%s has a missing size", s.name)
		}
	}
	if !(c.PlateThickness > 0 && c.PlateWidth > 0 && c.HoleNearDisc > 0 && c.HoleNearDisc < 0.5) {
		return fmt.Errorf("cervical plate has bad sizes")
	}
	if !(c.RodDiameter > 0 && c.LateralMass.RodSeat > 0 && c.LateralMass.RodSeat < c.LateralMass.HeadHeight) {
		return fmt.Errorf("cervical rod or lateral mass screw head has bad sizes")
	}
	for _, a := range []string{TLIF, PLIF, ALIF, ACDF} {
		c, ok := h.Cages[a]
		if !ok {
			return fmt.Errorf("no cage for %s", a)
		}
		if !(c.Length > 0 && c.MinHeight > 0 && c.MaxHeight >= c.MinHeight && c.Teeth >= 0 && c.Window >= 0 && c.Window < 1) {
			return fmt.Errorf("cage for %s has bad sizes", a)
		}
	}
	return nil
}
