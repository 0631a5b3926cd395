// Package text owns the app's text rendering: Go-font faces per pixel size
// and weight, and a bounded cache of strings rasterised once into
// white-on-transparent *ebiten.Image values that callers tint with a
// ColorScale. It also owns LRU, the bounded image cache that other drawing
// code (the ui package's shapes) reuses.
//
// It deliberately avoids Ebitengine's text/v2 (too large for the WASM
// build); glyphs are drawn with golang.org/x/image/font/opentype.
// Nothing here is safe for concurrent use: call it from the game loop.
package text
