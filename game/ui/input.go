package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Key is a set of keyboard events of one tick, as bit flags.
type Key uint32

// The keys widgets react to. The arrow keys also repeat while held.
const (
	KeyTab Key = 1 << iota
	KeyShiftTab
	KeyEnter
	KeySpace
	KeyLeft
	KeyRight
	KeyUp
	KeyDown
	KeyHome
	KeyEnd
	KeyPageUp
	KeyPageDown
	KeyEscape
	KeyQuestion
	// KeyZoomIn, KeyZoomOut and KeyZoomReset are the typed "+", "-" and
	// "0" (wherever the keyboard layout puts them).
	KeyZoomIn
	KeyZoomOut
	KeyZoomReset
)

// Input is everything the widgets read in one tick: the pointer (the mouse,
// or the first touch merged into it) and a few keys. Fill it once per tick
// with ReadInput, or by hand in tests. Widgets remove the keys they use
// (see Take), so what is left in Keys after Panel.Update is for the scene.
type Input struct {
	// X and Y are the pointer position in device (screen) pixels.
	X, Y float64
	// Down reports whether the pointer button or finger is held.
	Down bool
	// Pressed reports whether the pointer went down this tick.
	Pressed bool
	// Released reports whether the pointer went up this tick; X and Y are
	// where it went up.
	Released bool
	// Touch reports that the pointer is a finger: it has no hover, so it is
	// only somewhere while Down or on the tick it is Released.
	Touch bool
	// Second reports that a second finger is down too, at X2, Y2: a pinch.
	Second bool
	X2, Y2 float64
	// WheelX and WheelY are this tick's wheel offsets.
	WheelX, WheelY float64
	// Keys are the keys pressed this tick (and arrow-key repeats).
	Keys Key
	// Chars are the characters typed this tick, for letter shortcuts (a
	// buffer reused between ticks: read it, do not keep it).
	Chars []rune

	reader inputReader // ReadInput's state between ticks
}

// Key reports whether any key of k was pressed this tick and not yet taken.
func (in *Input) Key(k Key) bool { return in.Keys&k != 0 }

// Take reports whether any key of k was pressed this tick and not yet
// taken, and removes all of k so nothing else reacts to them.
func (in *Input) Take(k Key) bool {
	hit := in.Keys&k != 0
	in.Keys &^= k
	return hit
}

// Present reports whether the pointer is anywhere: always for a mouse, and
// for a finger only while it touches or as it lifts.
func (in *Input) Present() bool { return !in.Touch || in.Down || in.Released }

// Over reports whether the pointer is present and inside r.
func (in *Input) Over(r image.Rectangle) bool {
	if !in.Present() {
		return false
	}
	return in.X >= float64(r.Min.X) && in.X < float64(r.Max.X) &&
		in.Y >= float64(r.Min.Y) && in.Y < float64(r.Max.Y)
}

// inputReader is what ReadInput keeps between ticks: reused buffers and the
// touch it follows.
type inputReader struct {
	touches    []ebiten.TouchID
	runes      []rune
	touchID    ebiten.TouchID
	touching   bool
	mouseX     float64
	mouseY     float64
	mouseKnown bool
}

// TakeChar reports whether any of the letters in set was typed this tick,
// in either case, and removes them from Chars so nothing else reacts.
func (in *Input) TakeChar(set string) bool {
	hit := false
	for i, r := range in.Chars {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		for _, s := range set {
			if r == s {
				in.Chars[i] = 0
				hit = true
			}
		}
	}
	return hit
}
