package page

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"spinefusion/game/jsondec"
	"spinefusion/game/state"
)

// The types of the messages a host page and the app exchange with
// postMessage (see README.md, "Host pages").
const (
	// Host → app.
	MsgSet = "spinefusion:set" // {type, state: {...}}: change the state
	MsgGet = "spinefusion:get" // {type}: ask for a MsgState reply
	// App → host.
	MsgReady = "spinefusion:ready" // {type, state}: once, when the app is ready
	MsgState = "spinefusion:state" // {type, state}: after changes, coalesced
	MsgError = "spinefusion:error" // {type, message}: a message was refused
)

// msgPrefix starts the type of every message of ours.
const msgPrefix = "spinefusion:"

// maxMessage bounds the size of a host message in bytes of JSON; a state
// is a few hundred.
const maxMessage = 16 << 10

// ErrNotOurs says a message is not meant for the app (no "spinefusion:"
// type): other scripts on a page post messages too. Such messages are
// ignored without a reply.
var ErrNotOurs = errors.New("not a spinefusion message")

// Message is a host page's request, checked.
type Message struct {
	// Type is MsgSet or MsgGet.
	Type string
	// State is the partial state of a MsgSet, for state.Apply.
	State map[string]any
}

// ParseMessage checks a host message, given as the JSON text of its data,
// and returns it, ErrNotOurs, or an error that says in plain words why it is
// refused. It only reads: it never changes the state.
//
// A message is a JSON object with a "type". MsgGet has nothing else. MsgSet
// has a "state" object whose values are strings, numbers, booleans or lists
// of strings (levels); a "segments" key in it, read-only, is dropped, so a
// host may send back a state it received.
func ParseMessage(data string) (Message, error) {
	if len(data) > maxMessage {
		return Message{}, fmt.Errorf("the message is larger than %d bytes", maxMessage)
	}
	// Read as a json.Decoder reads one value of a stream (the decoder that
	// encoding/json has is left out of the download; see jsondec).
	var raw map[string]jsondec.RawMessage
	if rest, err := jsondec.Decode([]byte(data), &raw); err != nil || raw == nil || jsondec.More(rest) {
		return Message{}, ErrNotOurs
	}
	var typ string
	if jsondec.Unmarshal(raw["type"], &typ) != nil || len(typ) <= len(msgPrefix) || typ[:len(msgPrefix)] != msgPrefix {
		return Message{}, ErrNotOurs
	}
	switch typ {
	case MsgGet:
		if err := onlyKeys(raw, typ, "type"); err != nil {
			return Message{}, err
		}
		return Message{Type: MsgGet}, nil
	case MsgSet:
		if err := onlyKeys(raw, typ, "type", "state"); err != nil {
			return Message{}, err
		}
		st, err := parseState(raw["state"])
		if err != nil {
			return Message{}, err
		}
		return Message{Type: MsgSet, State: st}, nil
	case MsgReady, MsgState, MsgError:
		return Message{}, fmt.Errorf("%q is sent by the app, not to it", typ)
	}
	return Message{}, fmt.Errorf("unknown message type %s; use %q or %q", quoteShort(typ), MsgSet, MsgGet)
}

// onlyKeys refuses a message with keys other than allowed.
func onlyKeys(raw map[string]jsondec.RawMessage, typ string, allowed ...string) error {
	for k := range raw {
		if !slices.Contains(allowed, k) {
			return fmt.Errorf("a %q message has no %s field", typ, quoteShort(k))
		}
	}
	return nil
}

// parseState reads the "state" of a MsgSet: an object of plain values.
func parseState(raw jsondec.RawMessage) (map[string]any, error) {
	if raw == nil {
		return nil, fmt.Errorf(`a %q message needs a "state" object, such as {"months": 6}`, MsgSet)
	}
	var st map[string]any
	if jsondec.Unmarshal(raw, &st) != nil || st == nil {
		return nil, fmt.Errorf(`"state" must be an object, such as {"months": 6}`)
	}
	delete(st, "segments")
	for k, v := range st {
		switch v := v.(type) {
		case string, float64, bool:
		case []any:
			for _, e := range v {
				if _, ok := e.(string); !ok {
					return nil, fmt.Errorf("%s must be a list of names", quoteShort(k))
				}
			}
		default:
			return nil, fmt.Errorf("%s must be a string, a number, true or false, or a list of names", quoteShort(k))
		}
	}
	return st, nil
}

// ApplyAll applies a host's partial state all or nothing: if any key would
// be ignored, it changes nothing and returns what would be ignored.
func ApplyAll(store *state.Store, partial map[string]any) []state.Ignored {
	trial, _ := store.Get()
	if ign := trial.Apply(partial); len(ign) > 0 {
		return ign
	}
	return store.Apply(partial)
}

// quoteShort quotes text for a message, cut short if long.
func quoteShort(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		s = string(r[:37]) + "..."
	}
	b, _ := json.Marshal(s)
	return string(b)
}

// Policy decides which messages the app accepts and where it sends its own.
type Policy struct {
	// Embedded is set when the app runs in a frame of a host page.
	Embedded bool
	// Restricted is set when the link gave an allowlist (origin=); then
	// only Origins may talk to the app, and it sends only to them.
	Restricted bool
	Origins    []string
	// Parent is the host page's origin when known: from the frame's
	// ancestor origins, the referrer, or a message the app accepted.
	Parent string
}

// Accept reports whether a message from origin is to be read: it must come
// from the parent window of an embedded app and, with an allowlist, from an
// origin on it.
func (p Policy) Accept(fromParent bool, origin string) bool {
	if !p.Embedded || !fromParent {
		return false
	}
	return !p.Restricted || slices.Contains(p.Origins, origin)
}

// Targets returns the target origins for the app's ready and state
// messages: with an allowlist, the parent's origin if it is on it (or, if
// the parent's origin is unknown, each origin on it); else the parent's
// origin; else "*" (the state holds nothing secret).
func (p Policy) Targets() []string {
	switch {
	case !p.Embedded:
		return nil
	case p.Restricted && p.Parent != "":
		if slices.Contains(p.Origins, p.Parent) {
			return []string{p.Parent}
		}
		return nil
	case p.Restricted:
		return p.Origins
	case p.Parent != "":
		return []string{p.Parent}
	}
	return []string{"*"}
}

// ErrorTarget returns where to send the error for a refused message from
// origin, an accepted sender: that origin, unless it is opaque ("null"),
// where the error is not sent.
func (p Policy) ErrorTarget(origin string) (string, bool) {
	if origin == "" || origin == "null" {
		return "", false
	}
	return origin, true
}
