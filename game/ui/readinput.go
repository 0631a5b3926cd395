package ui

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Key repeat for held arrow keys, in seconds.
const (
	repeatDelay    = 0.4
	repeatInterval = 0.05
)

// ReadInput fills in from Ebitengine for this tick. Call it once at the top
// of Game.Update, on an Input kept across ticks (it follows the first touch
// and reuses its buffers, so it allocates nothing in steady state).
// Positions are Ebitengine's screen coordinates: device pixels when the
// game's Layout returns the outside size times the device scale factor.
func ReadInput(in *Input) {
	r := &in.reader
	in.Pressed, in.Released, in.Second = false, false, false
	in.WheelX, in.WheelY = ebiten.Wheel()
	in.Keys = readKeys(in, r)

	// The first touch, followed until it lifts, wins over the mouse.
	r.touches = ebiten.AppendTouchIDs(r.touches[:0])
	switch {
	case r.touching && slices.Contains(r.touches, r.touchID):
		in.X, in.Y = ebiten.TouchPositionF(r.touchID)
		in.Down, in.Touch = true, true
		readSecond(r, in)
		return
	case r.touching: // lifted: report the release where it was last seen
		r.touching = false
		in.Down, in.Released, in.Touch = false, true, true
		return
	case len(r.touches) > 0:
		r.touchID, r.touching = r.touches[0], true
		in.X, in.Y = ebiten.TouchPositionF(r.touchID)
		in.Down, in.Pressed, in.Touch = true, true, true
		readSecond(r, in)
		return
	}

	mx, my := ebiten.CursorPositionF()
	moved := !r.mouseKnown || mx != r.mouseX || my != r.mouseY
	r.mouseX, r.mouseY, r.mouseKnown = mx, my, true
	in.Pressed = inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft)
	in.Released = inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft)
	in.Down = ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	if in.Touch && !moved && !in.Pressed && !in.Released {
		return // a finger was last: a stale cursor is not a hover
	}
	in.Touch = false
	in.X, in.Y = mx, my
}

func readKeys(in *Input, r *inputReader) Key {
	var k Key
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	if inpututil.IsKeyJustPressed(ebiten.KeyTab) {
		if shift {
			k |= KeyShiftTab
		} else {
			k |= KeyTab
		}
	}
	just := func(flag Key, keys ...ebiten.Key) {
		for _, key := range keys {
			if inpututil.IsKeyJustPressed(key) {
				k |= flag
			}
		}
	}
	just(KeyEnter, ebiten.KeyEnter, ebiten.KeyNumpadEnter)
	just(KeySpace, ebiten.KeySpace)
	just(KeyHome, ebiten.KeyHome)
	just(KeyEnd, ebiten.KeyEnd)
	just(KeyPageUp, ebiten.KeyPageUp)
	just(KeyPageDown, ebiten.KeyPageDown)
	just(KeyEscape, ebiten.KeyEscape)
	repeat := func(flag Key, key ebiten.Key) {
		// A tap whose press and release fall between two ticks (a quick
		// key, or WebKit's WebDriver) has no duration but is just pressed.
		if inpututil.IsKeyJustPressed(key) || repeating(inpututil.KeyPressDuration(key)) {
			k |= flag
		}
	}
	repeat(KeyLeft, ebiten.KeyArrowLeft)
	repeat(KeyRight, ebiten.KeyArrowRight)
	repeat(KeyUp, ebiten.KeyArrowUp)
	repeat(KeyDown, ebiten.KeyArrowDown)
	// "?" is wherever the layout puts it, so read the typed character.
	r.runes = ebiten.AppendInputChars(r.runes[:0])
	in.Chars = r.runes
	for _, c := range r.runes {
		switch c {
		case '?':
			k |= KeyQuestion
		case '+', '=':
			k |= KeyZoomIn
		case '-', '_', '−':
			k |= KeyZoomOut
		case '0':
			k |= KeyZoomReset
		}
	}
	return k
}

// repeating reports whether a key held for d ticks fires this tick: on the
// first tick, then after repeatDelay every repeatInterval.
func repeating(d int) bool {
	if d == 1 {
		return true
	}
	tps := float64(ebiten.TPS())
	delay := int(repeatDelay * tps)
	every := max(1, int(repeatInterval*tps))
	return d > delay && (d-delay)%every == 0
}

// readSecond reports a second finger, for pinching.
func readSecond(r *inputReader, in *Input) {
	for _, id := range r.touches {
		if id != r.touchID {
			in.X2, in.Y2 = ebiten.TouchPositionF(id)
			in.Second = true
			return
		}
	}
}
