package page_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"spinefusion/game/page"
	"spinefusion/game/state"
)

func TestParseMessage(t *testing.T) {
	tests := []struct {
		name string
		data string
		want page.Message
		err  string // "" for accepted, "ours" for ErrNotOurs, else part of the error
	}{
		{"get", `{"type":"spinefusion:get"}`, page.Message{Type: page.MsgGet}, ""},
		{"set", `{"type":"spinefusion:set","state":{"months":6,"levels":["L4-L5"],"playing":false,"view":"after"}}`,
			page.Message{Type: page.MsgSet, State: map[string]any{"months": 6.0, "levels": []any{"L4-L5"}, "playing": false, "view": "after"}}, ""},
		{"set drops segments", `{"type":"spinefusion:set","state":{"months":6,"segments":[{"name":"L4-L5"}]}}`,
			page.Message{Type: page.MsgSet, State: map[string]any{"months": 6.0}}, ""},
		{"empty state", `{"type":"spinefusion:set","state":{}}`, page.Message{Type: page.MsgSet, State: map[string]any{}}, ""},

		{"not json", `hello`, page.Message{}, "ours"},
		{"a string", `"spinefusion:get"`, page.Message{}, "ours"},
		{"an array", `[{"type":"spinefusion:get"}]`, page.Message{}, "ours"},
		{"null", `null`, page.Message{}, "ours"},
		{"another library's", `{"type":"webpackOk"}`, page.Message{}, "ours"},
		{"no type", `{"state":{"months":6}}`, page.Message{}, "ours"},
		{"type not a string", `{"type":7}`, page.Message{}, "ours"},
		{"bare prefix", `{"type":"spinefusion:"}`, page.Message{}, "ours"},

		{"unknown type", `{"type":"spinefusion:explode"}`, page.Message{}, "unknown message type"},
		{"our own type", `{"type":"spinefusion:state","state":{}}`, page.Message{}, "sent by the app"},
		{"set without state", `{"type":"spinefusion:set"}`, page.Message{}, `needs a "state" object`},
		{"state not an object", `{"type":"spinefusion:set","state":"months=6"}`, page.Message{}, "must be an object"},
		{"state null", `{"type":"spinefusion:set","state":null}`, page.Message{}, "must be an object"},
		{"state a list", `{"type":"spinefusion:set","state":[1]}`, page.Message{}, "must be an object"},
		{"nested object", `{"type":"spinefusion:set","state":{"view":{"x":1}}}`, page.Message{}, `"view" must be`},
		{"null value", `{"type":"spinefusion:set","state":{"view":null}}`, page.Message{}, `"view" must be`},
		{"list of numbers", `{"type":"spinefusion:set","state":{"levels":[1,2]}}`, page.Message{}, `"levels" must be a list`},
		{"extra field", `{"type":"spinefusion:set","state":{},"run":"alert(1)"}`, page.Message{}, `no "run" field`},
		{"get with extra", `{"type":"spinefusion:get","state":{}}`, page.Message{}, `no "state" field`},
		{"too big", `{"type":"spinefusion:set","state":{"x":"` + strings.Repeat("a", 20000) + `"}}`, page.Message{}, "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := page.ParseMessage(tt.data)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.err == "ours" && !errors.Is(err, page.ErrNotOurs):
				t.Fatalf("err = %v, want ErrNotOurs", err)
			case tt.err != "" && tt.err != "ours" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("err = %v, want one containing %q", err, tt.err)
			}
			if got.Type != tt.want.Type || !sameMap(got.State, tt.want.State) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func sameMap(a, b map[string]any) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok {
			return false
		}
		if l, isList := v.([]any); isList {
			m, _ := w.([]any)
			if !slices.Equal(l, m) {
				return false
			}
		} else if v != w {
			return false
		}
	}
	return true
}

func TestPolicy(t *testing.T) {
	const school, other = "https://school.example", "https://other.example"
	tests := []struct {
		name       string
		p          page.Policy
		fromParent bool
		origin     string
		accept     bool
		targets    []string
	}{
		{"top level accepts nothing", page.Policy{}, true, school, false, nil},
		{"embedded, from the parent", page.Policy{Embedded: true}, true, school, true, []string{"*"}},
		{"embedded, opaque parent", page.Policy{Embedded: true}, true, "null", true, []string{"*"}},
		{"embedded, not the parent", page.Policy{Embedded: true}, false, school, false, []string{"*"}},
		{"parent known", page.Policy{Embedded: true, Parent: school}, true, school, true, []string{school}},
		{"allowlisted", page.Policy{Embedded: true, Restricted: true, Origins: []string{other, school}}, true, school, true, []string{other, school}},
		{"not on the allowlist", page.Policy{Embedded: true, Restricted: true, Origins: []string{other}, Parent: school}, true, school, false, nil},
		{"allowlisted parent known", page.Policy{Embedded: true, Restricted: true, Origins: []string{other, school}, Parent: school}, true, school, true, []string{school}},
		{"allowlisted but not the parent", page.Policy{Embedded: true, Restricted: true, Origins: []string{school}}, false, school, false, []string{school}},
		{"empty allowlist", page.Policy{Embedded: true, Restricted: true}, true, school, false, nil},
		{"opaque origin with an allowlist", page.Policy{Embedded: true, Restricted: true, Origins: []string{school}}, true, "null", false, []string{school}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Accept(tt.fromParent, tt.origin); got != tt.accept {
				t.Errorf("Accept = %v, want %v", got, tt.accept)
			}
			if got := tt.p.Targets(); !slices.Equal(got, tt.targets) {
				t.Errorf("Targets = %v, want %v", got, tt.targets)
			}
		})
	}
	p := page.Policy{Embedded: true}
	if o, ok := p.ErrorTarget(school); !ok || o != school {
		t.Errorf("ErrorTarget(school) = %q, %v", o, ok)
	}
	if _, ok := p.ErrorTarget("null"); ok {
		t.Error("errors must not be sent to an opaque origin with \"*\"")
	}
}

func TestApplyAll(t *testing.T) {
	store := state.NewStore(state.Default())
	if ign := page.ApplyAll(store, map[string]any{"months": 6.0, "speed": "fast"}); len(ign) != 1 || ign[0].Key != "speed" {
		t.Errorf("ignored %v, want speed", ign)
	}
	if s, v := store.Get(); s != state.Default() || v != 0 {
		t.Errorf("a refused message changed the state: %+v (version %d)", s, v)
	}
	if ign := page.ApplyAll(store, map[string]any{"months": 6.0, "view": "after"}); len(ign) != 0 {
		t.Errorf("ignored %v", ign)
	}
	if s, _ := store.Get(); s.Months != 6 || s.View != "after" {
		t.Errorf("state = %+v", s)
	}
}

// FuzzParseMessage feeds arbitrary text to ParseMessage: it must never
// panic; what it accepts is a get or a set with a state of plain values; and
// ApplyAll of an accepted set either changes nothing or leaves a valid
// state. The seeds in testdata/fuzz/FuzzParseMessage are kept as regression
// cases.
func FuzzParseMessage(f *testing.F) {
	for _, seed := range []string{
		`{"type":"spinefusion:get"}`,
		`{"type":"spinefusion:set","state":{"months":6,"levels":["L4-L5","L5-S1"],"playing":false}}`,
		`{"type":"spinefusion:set","state":{"region":"cervical","levels":"C5-C6","approach":"acdf"}}`,
		`{"type":"spinefusion:set","state":{"speed":"fast","segments":[]}}`,
		`{"type":"spinefusion:set","state":{"view":{"__proto__":{"x":1}}}}`,
		`{"type":"spinefusion:set","state":null,"type":"spinefusion:get"}`,
		`{"type":"spinefusion:state","state":{}}`,
		`{"type":"spinefusion:set","state":{"months":1e400}}`,
		`[1,2,3]`,
		`"spinefusion:get"`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data string) {
		msg, err := page.ParseMessage(data)
		refMsg, refErr := referenceParse(data)
		if (err == nil) != (refErr == nil) || errors.Is(err, page.ErrNotOurs) != errors.Is(refErr, page.ErrNotOurs) ||
			!reflect.DeepEqual(msg, refMsg) {
			t.Fatalf("ParseMessage(%q) = %+v, %v; as read with encoding/json: %+v, %v", data, msg, err, refMsg, refErr)
		}
		if err != nil {
			if msg.Type != "" || msg.State != nil {
				t.Fatalf("refused %q but returned %+v", data, msg)
			}
			if !errors.Is(err, page.ErrNotOurs) && err.Error() == "" {
				t.Fatalf("refused %q without a reason", data)
			}
			return
		}
		switch msg.Type {
		case page.MsgGet:
			if msg.State != nil {
				t.Fatalf("get with a state: %+v", msg)
			}
			return
		case page.MsgSet:
		default:
			t.Fatalf("accepted type %q", msg.Type)
		}
		if msg.State == nil {
			t.Fatalf("set without a state: %q", data)
		}
		store := state.NewStore(state.Default())
		ign := page.ApplyAll(store, msg.State)
		s, v := store.Get()
		if len(ign) > 0 && (v != 0 || s != state.Default()) {
			t.Fatalf("refused %v but changed the state to %+v", ign, s)
		}
		if err := s.Check(); err != nil {
			t.Fatalf("left an invalid state: %v", err)
		}
	})
}

// referenceParse is ParseMessage as it was first written, with
// encoding/json's Decoder (which the app leaves out of its download): what
// it accepts, and what it takes for not ours.
func referenceParse(data string) (page.Message, error) {
	refused := errors.New("refused")
	if len(data) > 16<<10 {
		return page.Message{}, refused
	}
	d := json.NewDecoder(strings.NewReader(data))
	var raw map[string]json.RawMessage
	if err := d.Decode(&raw); err != nil || raw == nil || d.More() {
		return page.Message{}, page.ErrNotOurs
	}
	var typ string
	if json.Unmarshal(raw["type"], &typ) != nil || !strings.HasPrefix(typ, "spinefusion:") || typ == "spinefusion:" {
		return page.Message{}, page.ErrNotOurs
	}
	allowed := map[string][]string{page.MsgGet: {"type"}, page.MsgSet: {"type", "state"}}[typ]
	if allowed == nil {
		return page.Message{}, refused
	}
	for k := range raw {
		if !slices.Contains(allowed, k) {
			return page.Message{}, refused
		}
	}
	if typ == page.MsgGet {
		return page.Message{Type: typ}, nil
	}
	var st map[string]any
	if raw["state"] == nil || json.Unmarshal(raw["state"], &st) != nil || st == nil {
		return page.Message{}, refused
	}
	delete(st, "segments")
	for _, v := range st {
		switch v := v.(type) {
		case string, float64, bool:
		case []any:
			for _, e := range v {
				if _, ok := e.(string); !ok {
					return page.Message{}, refused
				}
			}
		default:
			return page.Message{}, refused
		}
	}
	return page.Message{Type: typ, State: st}, nil
}
