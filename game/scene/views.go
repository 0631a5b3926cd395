package scene

import (
	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/surgery"
)

// frontViews is what the front (coronal) and top (axial) views keep
// between frames: the sizes across the body, the hardware table, the art
// at the current scale and the buffers the drawing reuses.
type frontViews struct {
	spine    *anatomy.Spine
	front    *anatomy.Front
	hardware *surgery.Hardware

	coronal *coronalArt
	axial   *axialArt
	figure  *frontFigureArt
	top     *topFigureArt

	// bounds is the world box the coronal spine sweeps through full
	// bending, mm; stack is the axial stack's layout.
	bounds [4]float64
	stack  axialStack

	angles []float64
	poses  [2][]motion.Affine
	turns  [2][]float64
	mesh   triMesh
	op     ebiten.DrawImageOptions

	// The text colours for the palette pal, as ColorScales so that
	// drawing text allocates nothing.
	pal          *Palette
	soft, accent ebiten.ColorScale
}

// textColours updates the text colours for the palette.
func (fv *frontViews) textColours(pal *Palette) {
	if fv.pal == pal {
		return
	}
	fv.pal = pal
	fv.soft, fv.accent = ebiten.ColorScale{}, ebiten.ColorScale{}
	fv.soft.ScaleWithColor(pal.TextSoft)
	fv.accent.ScaleWithColor(pal.Accent)
}

// frontViewsFor returns the scene's front and top views for the spine,
// loading the tables on first use. It returns nil if they cannot load.
func (s *Scene) frontViewsFor(sp *anatomy.Spine) *frontViews {
	fv := s.views
	if fv != nil && fv.spine == sp {
		return fv
	}
	front, err := anatomy.LoadFront(assets.Data, sp)
	if err != nil {
		return nil
	}
	hw, err := surgery.Load(assets.Data)
	if err != nil {
		return nil
	}
	fv = &frontViews{spine: sp, front: front, hardware: hw}
	n := len(sp.Vertebrae)
	fv.angles = make([]float64, n-1)
	for i := range fv.poses {
		fv.poses[i] = make([]motion.Affine, n)
		fv.turns[i] = make([]float64, n)
	}
	fv.bounds = coronalBounds(sp, front, s.model.ROM, fv.angles, fv.poses[0])
	fv.stack = newAxialStack(sp, front)
	s.views = fv
	return fv
}

// stepPlaced is how far the part put in at an operation step has gone in
// the frame, eased, from 0 to 1: all of it once the sequence is done or
// months have passed since surgery.
func stepPlaced(f *Frame, step int) float64 {
	if f.State.Months > 0 {
		return 1
	}
	t := surgery.Placed(f.Operation.Step, f.Operation.T, step)
	if t != t { // NaN
		return 0
	}
	return t * t * (3 - 2*t)
}
