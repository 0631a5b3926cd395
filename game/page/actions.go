package page

// ActionKind says what a control in the page asks of a widget.
type ActionKind int

// The actions the page's controls can ask for.
const (
	ActPress  ActionKind = iota // press a button
	ActFlip                     // flip a switch
	ActSelect                   // choose option Option of a radio group
	ActSet                      // set a slider to Num
	ActFocus                    // move the canvas focus ring to the widget
	ActExport                   // save the frame as a picture (presenter tools)
)

// Action is a request from the page's controls, queued for Update.
type Action struct {
	Index  int
	Kind   ActionKind
	Option int
	Num    float64
}

// actions queues requests from JavaScript callbacks for the game loop;
// callbacks never wait on it: when it is full the request is dropped.
var actions = make(chan Action, 64)

// queue offers an action without blocking.
func queue(a Action) {
	select {
	case actions <- a:
	default:
	}
	Wake()
}

// NextAction returns a queued action, if any, without waiting.
func NextAction() (Action, bool) {
	select {
	case a := <-actions:
		return a, true
	default:
		return Action{}, false
	}
}
