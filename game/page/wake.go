package page

// wake is signalled, without waiting, when something outside the game loop
// may need it: input on the page, a resize, a change of visibility, an
// action from the page's controls. A loop resting while nothing changes
// waits on it (see Woken).
var wake = make(chan struct{}, 1)

// Wake signals the loop; several signals before it looks count as one.
func Wake() {
	select {
	case wake <- struct{}{}:
	default:
	}
}

// Woken returns the channel Wake signals.
func Woken() <-chan struct{} { return wake }
