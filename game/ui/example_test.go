package ui_test

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game/text"
	"spinefusion/game/ui"
)

// exampleGame shows the wiring: one Input read per tick, the panel first,
// the scene only when the UI did not capture the pointer.
type exampleGame struct {
	in    ui.Input
	th    *ui.Theme
	panel *ui.Panel
	play  *ui.Button
}

func (g *exampleGame) Update() error {
	ui.ReadInput(&g.in)
	if captured := g.panel.Update(&g.in); !captured {
		g.orbit(&g.in) // the pointer and wheel are the scene's
	}
	if g.in.Take(ui.KeySpace) { // keys the UI left over are the scene's
		g.play.Press()
	}
	return nil
}

func (g *exampleGame) orbit(*ui.Input) {}

func (g *exampleGame) Draw(screen *ebiten.Image) {
	screen.Fill(g.th.Backdrop)
	// … the 3D scene …
	g.panel.Draw(screen)
	g.th.EndFrame()
	g.th.Text.EndFrame() // the game owns the shared text cache
}

func (g *exampleGame) Layout(w, h int) (int, int) {
	s := ebiten.Monitor().DeviceScaleFactor()
	g.th.Scale = s // × the user's zoom
	dw, dh := int(float64(w)*s), int(float64(h)*s)
	pad := g.th.PxInt(16)
	g.panel.Backdrop = image.Rect(pad, pad, pad+g.th.PxInt(320), dh-pad)
	g.panel.LayoutColumn(g.panel.Backdrop.Inset(g.th.PxInt(14)), g.th.PxInt(10))
	return dw, dh
}

func Example() {
	tc := text.NewCache()
	g := &exampleGame{th: ui.Light(1, tc)}
	playing := false
	g.play = ui.NewButton("Play", nil)
	g.play.Primary = true
	g.play.OnPress = func() {
		playing = !playing
		if playing {
			g.play.SetLabel("Pause") // owners set translated texts
		} else {
			g.play.SetLabel("Play")
		}
	}
	motion := ui.NewSegmented("Motion", []string{"Flexion / extension", "Lateral bending", "Axial rotation"}, 0, func(i int) {})
	labels := ui.NewToggle("Labels", true, func(on bool) {})
	labels.SetStateTexts("On", "Off")
	timeline := ui.NewSlider("Healing timeline", 0, 24, 1, func(months float64) {})
	timeline.Marks = []ui.Mark{{Value: 0, Label: "Surgery"}, {Value: 6, Label: "6 mo"}, {Value: 24, Label: "2 yr"}}
	timeline.SetFormat(func(v float64) string { return "6 months after surgery" }) // e.g. lang.F("timeline.months", int(v))
	g.panel = ui.NewPanel(g.th, g.play, motion, labels, timeline)
	_ = g // ebiten.RunGame(g)
}
