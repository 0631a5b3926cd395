// Package scene draws the explorer: the posed spines, the small figures, the
// labels and the panels around them. It is the only package that knows
// pixels; what it draws comes from the state and the model's figures.
package scene

import (
	"image"
	"image/color"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/anatomy"
	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/motion"
	"spinefusion/game/state"
	"spinefusion/game/text"
)

// Frame is what one picture shows.
type Frame struct {
	State   *state.State
	Figures *model.Figures
	Layout  Layout
	Lang    *i18n.Lang
	// Operation is how far the operation sequence has played: the index of
	// the current step and the progress through it, 0 to 1. When the
	// sequence is done, Step is past the last step.
	Operation OperationProgress
	// InfoReserved is the part of the timeline row that widgets use, which
	// the timeline's texts must leave free.
	InfoReserved image.Rectangle
	// HeaderReserved is the part of the header that widgets use, which the
	// title and the disclaimer must leave free on small screens.
	HeaderReserved image.Rectangle
	// Texts are the sentences of this state, made when it changes.
	Texts Texts
	// Camera zooms and pans the spines.
	Camera Camera
}

// Texts are the translated sentences a frame shows, built once per change of
// state so that drawing never formats text.
type Texts struct {
	BeforeCaption, AfterCaption string
	StageName, StageCaption     string
	Typical, NotPromise         string
	// Summary says in words how the motion changes with the fusion.
	Summary string
	// ConditionLine names the condition under the before caption;
	// ConditionFixed says what the fusion did for it; Cobb labels the
	// scoliosis curve before and after.
	ConditionLine, ConditionFixed string
	Cobb                          [2]string
}

// OperationProgress is a point in the operation sequence.
type OperationProgress struct {
	Step int
	T    float64
}

// Which says which spine a panel shows.
type Which int

// The two spines.
const (
	Before Which = iota
	After
)

// angle is segment i's angle in degrees on the panel's spine: before or
// after the fusion.
func (f *Frame) angle(i int, which Which) float64 {
	if which == After {
		return f.Figures.Segments[i].AngleAfter
	}
	return f.Figures.Segments[i].AngleBefore
}

// Scene draws frames, keeping the rasterised art between them.
type Scene struct {
	Text  *text.Cache
	model *model.Model

	pal    *Palette
	art    *SpineArt
	figure *figureArt
	bounds [4]float64 // world box of the spine over its motion, mm
	// posed is the spine the poses and bounds were made for.
	posed *anatomy.Spine

	drawers [2]spineDrawer
	angles  []float64
	poses   [2][]motion.Affine
	ctx     spineCtx
	extra   sceneExtras // the chart's and the overlays' caches
	// labelInk and angleInk tint the level labels and angle readouts.
	labelInk, angleInk ebiten.ColorScale
	// hardwareArt is the implants rasterised for the current plan.
	hardwareArt hardwareArt
	// graft is the graft and healing-bone art; views the front and top
	// views. Both are built on first use.
	graft *graftArt
	views *frontViews
	// clips are the screen limited to each panel (see clipped).
	clips [2]struct {
		dst *ebiten.Image
		r   image.Rectangle
		img *ebiten.Image
	}
	// cond is the state's condition as drawn.
	cond conditionScene
	// labels holds the level labels' images (see labelSheet), filled
	// only by playing frames (DrawPanels), not by whole ones (Draw):
	// wholeFrame says which is being drawn.
	labels     labelSheet
	wholeFrame bool
}

// spineCtx is what the layers drawn on a posed spine need to know.
type spineCtx struct {
	f     *Frame
	sp    *anatomy.Spine
	v     View
	pose  []motion.Affine
	which Which
	art   *SpineArt
	// panel is the panel the spine is drawn in.
	panel image.Rectangle
}

// New returns a scene drawing with the model's anatomy and the text cache.
func New(m *model.Model, tc *text.Cache) *Scene {
	return &Scene{model: m, Text: tc}
}

// Panels returns which spines the state's view shows, in panel order.
func Panels(st *state.State) []Which {
	switch st.View {
	case "before":
		return []Which{Before}
	case "after":
		return []Which{After}
	}
	return []Which{Before, After}
}

// Draw draws the whole frame.
func (s *Scene) Draw(dst *ebiten.Image, f *Frame) {
	s.pal = PaletteFor(f.State.Theme)
	dst.Fill(s.pal.Background)
	s.wholeFrame = true
	s.drawPanels(dst, f)
	s.drawHeader(dst, f)
}

// DrawPanels draws only the spine panels, each clipped to its rectangle:
// enough when nothing but the posture changed since the last whole frame
// (the screen keeps the rest).
func (s *Scene) DrawPanels(dst *ebiten.Image, f *Frame) {
	s.wholeFrame = false
	s.drawPanels(dst, f)
}

// drawPanels draws the spine panels of a whole frame or of a playing one.
func (s *Scene) drawPanels(dst *ebiten.Image, f *Frame) {
	s.pal = PaletteFor(f.State.Theme)
	pal := s.pal
	s.labelInk = inkOf(pal.TextSoft)
	s.angleInk = inkOf(pal.Accent)
	// Draw the state a condition implies (a scoliosis fusion spans its
	// curve).
	s.cond.eff = s.model.Effective(f.State)
	s.cond.frame = *f
	s.cond.frame.State = &s.cond.eff
	f = &s.cond.frame
	sp := s.model.Spine(f.State)
	s.ensurePoses(sp)
	s.conditionGeometry(f)
	s.bounds = s.conditionBounds()
	panels := Panels(f.State)
	scale := s.fitScale(sp, f.Layout)
	if !s.art.Matches(sp, scale, pal) {
		if s.art != nil {
			s.art.Dispose()
			s.figure.dispose()
		}
		s.art = NewSpineArt(sp, scale, pal)
		s.figure = newFigureArt(scale*0.9, pal)
	}
	s.prepareCondition(f, sp, scale)
	// Each panel draws clipped to its rectangle and the margin around it;
	// the margins are cleared first, as a frame of the panels alone leaves
	// the rest of the screen as it was.
	m := f.Layout.Margin
	for i := range panels {
		if i < len(f.Layout.Panels) {
			r := f.Layout.Panels[i]
			fillAround(dst, r, r.Inset(-m), pal.Background)
		}
	}
	for i, which := range panels {
		if i < len(f.Layout.Panels) {
			r := f.Layout.Panels[i]
			s.drawPanel(s.clipped(dst, i, r.Inset(-m)), f, sp, which, r, scale)
		}
	}
}

// fillAround fills the part of outer outside r with c, in one draw call.
func fillAround(dst *ebiten.Image, r, outer image.Rectangle, c color.RGBA) {
	b := &boxes
	b.rect(dst, image.Rect(outer.Min.X, outer.Min.Y, outer.Max.X, r.Min.Y), c)
	b.rect(dst, image.Rect(outer.Min.X, r.Max.Y, outer.Max.X, outer.Max.Y), c)
	b.rect(dst, image.Rect(outer.Min.X, r.Min.Y, r.Min.X, r.Max.Y), c)
	b.rect(dst, image.Rect(r.Max.X, r.Min.Y, outer.Max.X, r.Max.Y), c)
	b.flush()
}

// clipped returns dst limited to r, kept between frames so that drawing
// allocates nothing.
func (s *Scene) clipped(dst *ebiten.Image, i int, r image.Rectangle) *ebiten.Image {
	if i >= len(s.clips) {
		return dst
	}
	c := &s.clips[i]
	if c.dst != dst || c.r != r || c.img == nil {
		sub, ok := dst.SubImage(r).(*ebiten.Image)
		if !ok || sub == nil {
			return dst // a disposed image has no sub-images
		}
		c.dst, c.r, c.img = dst, r, sub
	}
	return c.img
}

func (s *Scene) ensurePoses(sp *anatomy.Spine) {
	n := len(sp.Vertebrae)
	if s.posed == sp {
		return
	}
	s.posed = sp
	s.angles = make([]float64, n-1)
	for i := range s.poses {
		s.poses[i] = make([]motion.Affine, n)
	}
	// The box the spine sweeps through full flexion and extension.
	s.bounds = [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range []float64{-1, 0, 1} {
		for i, d := range sp.Discs {
			s.angles[i] = s.model.ROM.Angle(s.model.ROM.Degrees(d.Level, motion.FlexionExtension), motion.FlexionExtension, p)
		}
		motion.Pose(sp, motion.Sagittal, s.angles, s.poses[0])
		// The arch reaches about 60 mm behind a lumbar body, 40 mm behind
		// a neck one; C2's dens and C1 rise above its body.
		reach := 60.0
		if sp.Cervical() {
			reach = 40
		}
		for i, v := range sp.Vertebrae {
			top := v.Height + v.Dens
			for _, c := range [][2]float64{{-v.Depth / 2, 0}, {-v.Depth / 2, top}, {v.Depth/2 + reach, top}, {v.Depth/2 + reach, 0}} {
				y := c[1]
				if v.Sacrum {
					y = -v.Height * c[1] / math.Max(v.Height, 1)
				}
				x, wy := s.poses[0][i].Apply(c[0], y)
				s.bounds[0], s.bounds[1] = math.Min(s.bounds[0], x), math.Min(s.bounds[1], wy)
				s.bounds[2], s.bounds[3] = math.Max(s.bounds[2], x), math.Max(s.bounds[3], wy)
			}
		}
	}
	s.cond.bounds = s.bounds
}

// spineArea is the part of a panel the spine fills, leaving the caption
// above and the figure's corner.
func spineArea(r image.Rectangle, l Layout) image.Rectangle {
	// Room for the caption and, under it, the summary line.
	top := int(50 * l.Unit)
	if l.Compact {
		top = int(36 * l.Unit)
	}
	a := image.Rect(r.Min.X, r.Min.Y+top, r.Max.X, r.Max.Y)
	return a.Inset(int(6 * l.Unit))
}

// labelRoom is the width kept in front of the spine's sweep box for the
// level names and angles, so that a fully bent spine's labels stay inside
// its panel.
func labelRoom(l Layout) float64 { return 34 * l.Unit }

// fitScale is the pixels per millimetre at which the spine fits every panel.
func (s *Scene) fitScale(sp *anatomy.Spine, l Layout) float64 {
	if len(l.Panels) == 0 {
		return 1
	}
	a := spineArea(l.Panels[0], l)
	bw, bh := s.bounds[2]-s.bounds[0], s.bounds[3]-s.bounds[1]
	sc := math.Min((float64(a.Dx())*0.72-labelRoom(l))/bw, float64(a.Dy())/bh)
	// Round so that small resizes reuse the art.
	sc = math.Max(0.2, math.Floor(sc*20)/20)
	return sc
}

func (s *Scene) drawPanel(dst *ebiten.Image, f *Frame, sp *anatomy.Spine, which Which, r image.Rectangle, scale float64) {
	pal := s.pal
	u := f.Layout.Unit
	boxes.rect(dst, r, pal.Panel)
	boxes.outline(dst, r, float32(u), pal.PanelLine)
	boxes.flush()

	caption := f.Texts.BeforeCaption
	if which == After {
		caption = f.Texts.AfterCaption
	}
	size := 15 * u
	if f.Layout.Compact {
		size = 12 * u
	}
	ink, soft := inkOf(pal.Text), inkOf(pal.TextSoft)
	s.Text.DrawScaled(dst, caption, size, true, float64(r.Min.X)+12*u, float64(r.Min.Y)+9*u, text.Left, ink)
	if which == After {
		// The change in words, under the caption.
		s.drawFitted2(dst, f.Texts.Summary, size*0.82, r.Dx()-int(24*u), float64(r.Min.X)+12*u, float64(r.Min.Y)+9*u+size*1.35, soft)
	} else {
		// The condition, under the caption.
		s.drawFitted2(dst, f.Texts.ConditionLine, size*0.82, r.Dx()-int(24*u), float64(r.Min.X)+12*u, float64(r.Min.Y)+9*u+size*1.35, soft)
	}

	// Pose the spine.
	var total float64
	for i := range sp.Discs {
		s.angles[i] = f.angle(i, which)
		total += s.angles[i]
	}
	pose := s.poses[which]
	motion.PoseDeformed(sp, motion.Sagittal, s.angles, &s.cond.deform[which], pose)

	area := spineArea(r, f.Layout)
	// Bending sideways is seen from the front, twisting from above; a
	// sideways curve is seen from the front too.
	switch {
	case f.State.Motion == "lateral-bending" || s.model.FrontView(f.State):
		s.drawCoronal(dst, f, sp, which, area)
		return
	case f.State.Motion == "axial-rotation":
		s.drawAxial(dst, f, sp, which, area)
		return
	}
	bw := s.bounds[2] - s.bounds[0]
	// Centre the spine's sweep box in the left part of the area, sacrum at
	// the bottom.
	room := labelRoom(f.Layout)
	left := float64(area.Min.X) + room + (float64(area.Dx())*0.72-room-bw*scale)/2
	v := f.Camera.apply(View{Scale: scale, OX: left - s.bounds[0]*scale, OY: float64(area.Max.Y) + s.bounds[1]*scale}, area)
	c := &s.ctx
	*c = spineCtx{f: f, sp: sp, v: v, pose: pose, which: which, art: s.art, panel: r}
	d := &s.drawers[which]
	d.drawBack(dst, s.art, v, pose, s.removedDiscs(c)|s.conditionHidden(which))
	s.drawConditionBack(dst, c, d)
	if which == After {
		s.drawDiscSpace(dst, c)
		s.drawCages(dst, c)
	}
	s.drawConditionBones(dst, c, d)
	if which == After {
		s.drawFusionMass(dst, c)
	}
	d.drawRoots(dst, s.art, v, pose)
	if which == After {
		s.drawHardware(dst, c)
	}
	s.planCloseUp(c, area)
	s.drawConditionMarks(dst, c)
	s.drawCloseUp(dst, c, d)
	if f.State.Labels {
		s.drawLevelLabels(dst, f, sp, which, v, pose)
	}

	// The figure stands in the right part, its hip turned by the low back's
	// bend and the hips' share of it, or its head nodding with the neck.
	fig := sp.Figure
	hip := total * fig.HipPerLumbarFlexion
	if total < 0 {
		hip = total * fig.HipPerLumbarExtension
	}
	tilt, nod := total+hip, 0.0
	if sp.Cervical() {
		tilt, nod = 0, total*fig.HeadPerNeckFlexion
	}
	fs := s.figure.scale / 0.9 * 0.9
	figH := 160.0 * fs
	maxH := float64(area.Dy()) * 0.55
	fscale := fs
	if figH > maxH {
		fscale = fs * maxH / figH
	}
	fx := float64(area.Max.X) - 30*fscale
	fy := float64(area.Max.Y) - 88*fscale
	fillBox(dst, fx-30*fscale, float64(area.Max.Y)-u, 55*fscale, 2*u, pal.Ground)
	s.figure.draw(dst, View{Scale: fscale, OX: fx, OY: fy}, tilt, nod, 0.95)
}

// drawLevelLabels names each vertebra beside the front of its body.
func (s *Scene) drawLevelLabels(dst *ebiten.Image, f *Frame, sp *anatomy.Spine, which Which, v View, pose []motion.Affine) {
	u := f.Layout.Unit
	size, small := 12*u, 10.5*u
	// A small spine has little room between its levels: names and angles
	// shrink a little with it, then the angles give way to the names (the
	// chart has them too), which keep the whole step between levels.
	pitch := levelPitch(sp) * v.Scale
	angles := true
	if fit := pitch / (22 * u); fit < 0.85 {
		angles = false
		size *= max(0.7, min(1, pitch/(14*u)))
	} else if fit < 1 {
		size, small = size*fit, small*fit
	}
	// In the neck the labels stand clear of an anterior plate's screws.
	gap := 3.0
	if sp.Cervical() {
		gap = 7
	}
	l := &s.labels
	l.reset()
	adding := !s.wholeFrame
	for i, vt := range sp.Vertebrae {
		y := vt.Height / 2
		if vt.Sacrum {
			y = -12
		}
		wx, wy := pose[i].Apply(-vt.Depth/2-gap, y)
		x, sy := v.Point(wx, wy)
		l.draw(dst, s.Text, vt.Name, size, true, x, sy-size*0.6, s.labelInk, adding)
	}
	if angles {
		// Each level's angle now, beside its disc, in the accent colour.
		for i, d := range sp.Discs {
			up := sp.Vertebrae[i]
			wx, wy := pose[i].Apply(-up.Depth/2-gap-1, -d.Height/2)
			x, sy := v.Point(wx, wy)
			l.draw(dst, s.Text, angleText(f.angle(i, which)), small, false, x, sy-small*0.6, s.angleInk, adding)
		}
	}
	l.batch.flush()
}

// levelPitch is the smallest distance from one vertebra's middle to the
// next one's along the spine, in millimetres: where the labels of two
// levels come closest.
func levelPitch(sp *anatomy.Spine) float64 {
	pitch := math.Inf(1)
	for i, d := range sp.Discs {
		if i+1 < len(sp.Vertebrae) {
			pitch = min(pitch, (sp.Vertebrae[i].Height+sp.Vertebrae[i+1].Height)/2+d.Height)
		}
	}
	if math.IsInf(pitch, 1) {
		return 0
	}
	return pitch
}

// angleTexts holds the readouts of whole degrees from -90 to 90, made once,
// so that drawing a changing angle formats nothing.
var angleTexts = func() []string {
	t := make([]string, 181)
	for i := range t {
		d := i - 90
		switch {
		case d > 0:
			t[i] = "+" + strconv.Itoa(d) + "°"
		case d < 0:
			t[i] = "−" + strconv.Itoa(-d) + "°"
		default:
			t[i] = "0°"
		}
	}
	return t
}()

// angleText returns the readout of an angle in whole degrees.
func angleText(deg float64) string {
	i := int(math.Round(deg)) + 90
	return angleTexts[max(0, min(180, i))]
}

func (s *Scene) drawHeader(dst *ebiten.Image, f *Frame) {
	r := f.Layout.Header
	u := f.Layout.Unit
	pal := s.pal
	ink, soft := inkOf(pal.Text), inkOf(pal.TextSoft)
	small := 12 * u
	right := r.Max.X // where the texts must end
	if !f.HeaderReserved.Empty() {
		right = f.HeaderReserved.Min.X - int(4*u)
	}
	if f.Layout.Tiny {
		s.drawFitted(dst, f.Lang.T("disclaimer"), 11*u, right-r.Min.X-int(16*u), float64(r.Min.X)+8*u, float64(r.Min.Y)+5*u, soft)
		return
	}
	if f.Layout.Compact {
		// Title over the disclaimer.
		size := 15 * u
		s.drawFittedBold(dst, f.Lang.T("app.title"), size, right-r.Min.X-int(24*u), float64(r.Min.X)+12*u, float64(r.Min.Y)+5*u, ink)
		s.drawFitted(dst, f.Lang.T("disclaimer"), 11*u, right-r.Min.X-int(24*u), float64(r.Min.X)+12*u, float64(r.Min.Y)+5*u+size*1.3, soft)
		return
	}
	size := 20 * u
	y := float64(r.Min.Y) + (float64(r.Dy())-size*1.25)/2
	s.Text.DrawScaled(dst, f.Lang.T("app.title"), size, true, float64(r.Min.X)+16*u, y, text.Left, ink)
	s.Text.DrawScaled(dst, f.Lang.T("disclaimer"), small, false, float64(r.Max.X)-16*u, float64(r.Min.Y)+(float64(r.Dy())-small*1.25)/2, text.Right, soft)
}

func fillRect(dst *ebiten.Image, r image.Rectangle, c color.RGBA) {
	fillBox(dst, float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy()), c)
}

// strokeRect draws the frame of r, w pixels wide inside it, in one draw
// call.
func strokeRect(dst *ebiten.Image, r image.Rectangle, w float32, c color.RGBA) {
	boxes.outline(dst, r, w, c)
	boxes.flush()
}

// boxes batches the boxes of a frame or a surround (see quadBatch); it is
// flushed by whoever fills it, before anything else is drawn.
var boxes quadBatch

// boxOp is reused by fillBox, so that filling allocates nothing.
var boxOp ebiten.DrawImageOptions

// fillBox fills the box at x, y of size w×h (pixels) with c, not
// antialiased.
func fillBox(dst *ebiten.Image, x, y, w, h float64, c color.RGBA) {
	if w <= 0 || h <= 0 {
		return
	}
	op := &boxOp
	op.GeoM.Reset()
	op.GeoM.Scale(w, h)
	op.GeoM.Translate(x, y)
	op.ColorScale = inkOf(c)
	dst.DrawImage(whitePixel, op)
}

// inkOf is the colour scale that tints white to c (premultiplied), made
// without boxing c into a color.Color, which would allocate each frame.
func inkOf(c color.RGBA) ebiten.ColorScale {
	var cs ebiten.ColorScale
	cs.Scale(float32(c.R)/0xff, float32(c.G)/0xff, float32(c.B)/0xff, float32(c.A)/0xff)
	return cs
}
