package scene

import (
	"image/color"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/motion"
	"spinefusion/game/surgery"
)

// loadHardware reads the implant table once.
var loadHardware = sync.OnceValues(func() (*surgery.Hardware, error) {
	return surgery.Load(assets.Data)
})

// Implant colours: titanium and the PEEK plastic look the same in every
// theme.
var (
	metalFill   = rgb(0xa9b2bc)
	metalHead   = rgb(0x9aa4af)
	metalEdge   = rgb(0x39414a)
	metalDark   = color.NRGBA{0x2e, 0x35, 0x3d, 0xb0}
	metalShade  = color.NRGBA{0x3a, 0x43, 0x4d, 0x50}
	metalLight  = color.NRGBA{0xf4, 0xf7, 0xfa, 0xd8}
	metalCap    = rgb(0x7d8893)
	rodFill     = rgb(0xb4bdc7)
	peekFill    = color.NRGBA{0xcd, 0xc9, 0xbe, 0xe0}
	peekFar     = color.NRGBA{0xb9, 0xb4, 0xa8, 0xd8}
	peekEdge    = rgb(0x5f584b)
	peekWindow  = color.NRGBA{0xcd, 0xc9, 0xbe, 0x40}
	markerColor = rgb(0x24272b)
)

// hardwareKey is what the implants' pictures depend on.
type hardwareKey struct {
	sp       *anatomy.Spine
	levels   string
	approach string
	scale    float64
	pal      *Palette
}

// rodSprite is one straight piece of the rod between two screw heads,
// drawn at the heads' distance in the neutral pose.
type rodSprite struct {
	outline, fill Sprite
	length        float64
}

// hardwareArt is one operation's implants rasterised at one scale.
type hardwareArt struct {
	key    hardwareKey
	plan   surgery.Plan
	ok     bool
	screws []Sprite
	rods   []rodSprite
	// plate is the pieces of an ACDF's anterior plate, built like the
	// rod's.
	plate []rodSprite
	cages []Sprite
	op    ebiten.DrawImageOptions
}

// hardware returns the implant art for the frame and spine in c, rebuilt
// when the levels, approach, scale or palette change; nil when there is
// nothing to draw.
func (s *Scene) hardware(c *spineCtx) *hardwareArt {
	st := c.f.State
	k := hardwareKey{sp: c.sp, levels: st.Levels, approach: st.Approach, scale: c.art.scale, pal: s.pal}
	a := &s.hardwareArt
	if a.key != k {
		a.dispose()
		a.build(k, st.LevelList())
	}
	if !a.ok {
		return nil
	}
	return a
}

func (a *hardwareArt) dispose() {
	deallocate(a.screws...)
	for _, r := range append(a.rods, a.plate...) {
		deallocate(r.outline, r.fill)
	}
	deallocate(a.cages...)
	*a = hardwareArt{}
}

func (a *hardwareArt) build(k hardwareKey, levels []string) {
	a.key = k
	hw, err := loadHardware()
	if err != nil {
		return
	}
	a.plan, err = hw.Plan(k.sp, levels, k.approach)
	if err != nil || len(a.plan.Discs) == 0 {
		return
	}
	a.ok = true
	sc := k.scale
	const line = 0.3 // outline width, mm
	rodR := a.plan.Rod.Diameter / 2
	for i := range a.plan.Screws {
		o := screwOutline(&a.plan.Screws[i], rodR)
		a.screws = append(a.screws, rasterise(sc,
			layer{shape: &o.Shank, fill: metalFill, stroke: line, line: metalEdge},
			layer{shape: &o.Shade, fill: metalShade},
			layer{shape: &o.Light, fill: metalLight},
			layer{shape: &o.Threads, fill: metalDark},
			layer{shape: &o.Ball, fill: metalHead, stroke: line, line: metalEdge},
			layer{shape: &o.Head, fill: metalHead, stroke: line, line: metalEdge},
			layer{shape: &o.HeadShade, fill: metalShade},
			layer{shape: &o.HeadLight, fill: metalLight},
			layer{shape: &o.Cap, fill: metalCap},
			layer{shape: &o.Socket, fill: metalDark},
		))
	}
	// The rod's pieces, each as long as the distance between its heads
	// in the neutral pose; the plate's likewise between its screw holes.
	a.rods = bandPieces(k, a.plan.Rod, rodPiece)
	a.plate = bandPieces(k, a.plan.Plate, platePiece)
	for i := range a.plan.Cages {
		c := &a.plan.Cages[i]
		o := cageOutline(c)
		body, edge := color.Color(peekFill), color.Color(peekEdge)
		if c.Far {
			body = peekFar
		}
		if c.Material == surgery.Titanium {
			body, edge = metalFill, metalEdge
		}
		a.cages = append(a.cages, rasterise(sc,
			layer{shape: &o.Body, fill: body, stroke: line, line: edge},
			layer{shape: &o.Window, fill: peekWindow},
			layer{shape: &o.Plate, fill: metalFill, stroke: line, line: metalEdge},
			layer{shape: &o.Markers, fill: markerColor},
		))
	}
}

// bandPieces rasterises a rod or plate as straight pieces between its
// points, each as long as their distance in the neutral pose, with the
// band's overhang past the end points; shape builds one piece.
func bandPieces(k hardwareKey, band surgery.Rod, shape func(length, r, before, after float64) *rodShapes) []rodSprite {
	pts := band.Points
	if len(pts) < 2 {
		return nil
	}
	const line = 0.3 // outline width, mm
	r := band.Diameter / 2
	pose := make([]motion.Affine, len(k.sp.Vertebrae))
	motion.Pose(k.sp, motion.Sagittal, make([]float64, len(k.sp.Discs)), pose)
	var out []rodSprite
	for i := 0; i+1 < len(pts); i++ {
		x0, y0 := pose[pts[i].Vertebra].Apply(pts[i].X, pts[i].Y)
		x1, y1 := pose[pts[i+1].Vertebra].Apply(pts[i+1].X, pts[i+1].Y)
		l := math.Hypot(x1-x0, y1-y0)
		before, after := r, r
		if i == 0 {
			before = math.Max(band.Overhang, r)
		}
		if i+2 == len(pts) {
			after = math.Max(band.Overhang, r)
		}
		o := shape(l, r, before, after)
		// The outline and the fill are separate sprites: every piece's
		// outline is drawn first, so the joints show none.
		out = append(out, rodSprite{length: l,
			outline: rasterise(k.scale, layer{shape: &o.Body, stroke: line, line: metalEdge}),
			fill: rasterise(k.scale,
				layer{shape: &o.Body, fill: rodFill},
				layer{shape: &o.Shade, fill: metalShade},
				layer{shape: &o.Light, fill: metalLight},
			)})
	}
	return out
}
