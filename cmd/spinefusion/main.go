// Command spinefusion runs Spinal Fusion Explorer: in the browser when built
// for js/wasm, or in a desktop window.
package main

import (
	"log"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	game.StartUp()
	g, err := game.New(version)
	if err != nil {
		log.Fatal(err)
	}
	ebiten.SetWindowTitle("Spinal Fusion Explorer")
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetScreenClearedEveryFrame(false)
	if err := ebiten.RunGame(g); err != nil {
		log.Fatal(err)
	}
}
