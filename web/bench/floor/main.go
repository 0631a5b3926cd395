// Command floor is the performance floor that make bench measures the app
// against: the smallest Ebitengine app that draws one moving shape and one
// line of text through golang.org/x/image/font/opentype. It is built with
// the same Go, Ebitengine and flags as the app and served with the same page
// shell, and it sets window.spinefusion.ready and firstFrameMs the same way,
// so one harness measures both. It redraws every frame, as a plain
// Ebitengine app does.
package main

import (
	"image"
	"image/color"
	"log"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// version is set at build time with -ldflags "-X main.version=...", as for
// the app.
var version = "dev"

// floor is the game: a square sliding to and fro under a line of text.
type floor struct {
	shape, label *ebiten.Image
	tick         int
	op           ebiten.DrawImageOptions
	drawn        bool
}

// Update moves time on by one tick.
func (f *floor) Update() error {
	f.tick++
	return nil
}

// Draw draws the square and the text.
func (f *floor) Draw(screen *ebiten.Image) {
	w, h := screen.Bounds().Dx(), screen.Bounds().Dy()
	screen.Fill(color.RGBA{0xf3, 0xf5, 0xf7, 0xff})
	x := (0.5 + 0.4*math.Sin(float64(f.tick)/60)) * float64(w-64)
	f.op.GeoM.Reset()
	f.op.GeoM.Translate(x, float64(h)/2)
	screen.DrawImage(f.shape, &f.op)
	f.op.GeoM.Reset()
	f.op.GeoM.Translate(24, 24)
	screen.DrawImage(f.label, &f.op)
	if !f.drawn {
		f.drawn = true
		mark("first-draw")
		frameDrawn()
	}
}

// Layout sizes the screen in device pixels, as the app does.
func (f *floor) Layout(w, h int) (int, int) {
	fw, fh := f.LayoutF(float64(w), float64(h))
	return int(fw), int(fh)
}

// LayoutF sizes the screen in device pixels, as the app does.
func (f *floor) LayoutF(w, h float64) (float64, float64) {
	unit := ebiten.Monitor().DeviceScaleFactor()
	if !(unit > 0) {
		unit = 1
	}
	return math.Ceil(w * unit), math.Ceil(h * unit)
}

// rasterise draws s in the Go font at size pixels into a new image.
func rasterise(s string, size float64) (*ebiten.Image, error) {
	ft, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	face, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, err
	}
	defer face.Close()
	m := face.Metrics()
	d := font.Drawer{Face: face, Src: image.NewUniform(color.RGBA{0x1f, 0x2a, 0x37, 0xff})}
	w := d.MeasureString(s).Ceil()
	rgba := image.NewRGBA(image.Rect(0, 0, max(w, 1), (m.Ascent + m.Descent).Ceil()))
	d.Dst = rgba
	d.Dot = fixed.Point26_6{Y: m.Ascent}
	d.DrawString(s)
	return ebiten.NewImageFromImage(rgba), nil
}

func main() {
	mark("new")
	label, err := rasterise("Ebitengine floor "+version, 24)
	if err != nil {
		log.Fatal(err)
	}
	shape := ebiten.NewImage(64, 64)
	shape.Fill(color.RGBA{0x2b, 0x6c, 0xb0, 0xff})
	startPage(version)
	mark("built")
	ebiten.SetWindowTitle("Ebitengine floor")
	ebiten.SetWindowSize(1280, 720)
	if err := ebiten.RunGame(&floor{shape: shape, label: label}); err != nil {
		log.Fatal(err)
	}
}
