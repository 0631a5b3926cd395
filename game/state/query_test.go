package state_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"spinefusion/game/state"
	"spinefusion/game/tour"
)

func TestApplyQuery(t *testing.T) {
	tests := []struct {
		name    string
		query   string
		want    func(*state.State)
		ignored []string // keys reported as ignored, in order
	}{
		{"empty", "", nil, nil},
		{"question mark only", "?", nil, nil},
		{"every key", "?region=cervical&levels=C4-C5,C5-C6&approach=posterior&graft=allograft&months=6&view=after" +
			"&motion=lateral-bending&lang=es&labels=0&theme=projector&controls=0&playing=0&posture=-0.5&speed=2&condition=fracture",
			func(s *state.State) {
				s.Region, s.Levels, s.Approach, s.Graft, s.Months, s.View = "cervical", "C4-C5,C5-C6", "posterior", "allograft", 6, "after"
				s.Motion, s.Lang, s.Labels, s.Theme, s.Controls, s.Playing = "lateral-bending", "es", false, "projector", false, false
				s.Posture, s.Speed, s.Condition = -0.5, 2, "fracture"
			}, nil},
		{"the issue's example", "?region=lumbar&levels=L4-L5,L5-S1&approach=tlif&graft=autograft&months=6&view=compare" +
			"&motion=flexion-extension&lang=es&labels=1&theme=projector&controls=0&autoplay=0",
			func(s *state.State) {
				s.Levels, s.Months, s.Lang, s.Theme, s.Controls, s.Playing = "L4-L5,L5-S1", 6, "es", "projector", false, false
			}, nil},
		{"escaped comma and plus", "levels=L3-L4%2CL4-L5&lang=pt+", func(s *state.State) { s.Levels = "L3-L4,L4-L5"; s.Lang = "pt" }, nil},
		{"repeated levels add up", "levels=L4-L5&levels=L5-S1", func(s *state.State) { s.Levels = "L4-L5,L5-S1" }, nil},
		{"repeated key: last wins", "months=6&months=12", func(s *state.State) { s.Months = 12 }, nil},
		{"names ignore case", "MONTHS=6&View=after", func(s *state.State) { s.Months = 6; s.View = "after" }, nil},
		{"flag without value", "playing=0&labels=0&labels", func(s *state.State) { s.Playing = false }, nil},
		{"bad speed", "speed=fast&months=6", func(s *state.State) { s.Months = 6 }, []string{"speed"}},
		{"unknown key and value", "colour=red&motion=cartwheel", nil, []string{"colour", "motion"}},
		{"segments are read-only", "segments=1", nil, []string{"segments"}},
		{"notices in the order of the link", "months=x&zz=1&origin=bad1,bad2&speed=fast&colour=red",
			func(s *state.State) {}, []string{"months", "zz", "origin", "origin", "speed", "colour"}},
		{"levels sorted, repeats dropped", "levels=L5-S1,l4-l5,L5-S1", func(s *state.State) { s.Levels = "L4-L5,L5-S1" }, nil},
		{"broken escape", "months=%zz&view=after", func(s *state.State) { s.View = "after" }, []string{"months"}},
		{"html is just text", "theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", nil, []string{"theme"}},
		{"empty parts", "&&months=3&&", func(s *state.State) { s.Months = 3 }, nil},
		{"tour step sets its scene", "tour=4", func(s *state.State) {
			s.Tour, s.View, s.Condition = 4, "before", "spondylolisthesis"
		}, nil},
		{"keys given with a tour step change its scene", "months=6&tour=4&view=after", func(s *state.State) {
			s.Tour, s.View, s.Condition, s.Months = 4, "after", "spondylolisthesis", 6
		}, nil},
		{"tour 0 is closed", "tour=0", nil, nil},
		{"bad tour", "tour=zero", nil, []string{"tour"}},
		{"tour past its end", "tour=99", nil, []string{"tour"}},
		{"tour step not whole", "tour=2.5", nil, []string{"tour"}},
		{"wording", "wording=Clinical", func(s *state.State) { s.Wording = "clinical" }, nil},
		{"bad wording", "wording=latin", nil, []string{"wording"}},
		{"reduced motion", "reducedMotion", nil, nil},
		{"bad reduced motion", "reducedMotion=sometimes", nil, []string{"reducedMotion"}},
		{"origins", "origin=https://School.example:443/,http://localhost:8080", nil, nil},
		{"bad origin", "origin=javascript:alert(1),https://ok.example", nil, []string{"origin"}},
		{"levels of the region given later", "levels=C5-C6,C6-C7&region=cervical", func(s *state.State) {
			s.Region, s.Levels, s.Approach = "cervical", "C5-C6,C6-C7", "acdf"
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := state.Default(), state.Default()
			if tt.want != nil {
				tt.want(&want)
			}
			q := got.ApplyQuery(tt.query)
			if got != want {
				t.Errorf("state = %+v\nwant    %+v", got, want)
			}
			var keys []string
			for _, i := range q.Ignored {
				keys = append(keys, i.Key)
				if i.Reason == "" {
					t.Errorf("%s ignored without a reason", i.Key)
				}
			}
			if !slices.Equal(keys, tt.ignored) {
				t.Errorf("ignored %v, want keys %v", q.Ignored, tt.ignored)
			}
		})
	}
}

func TestApplyQueryExtras(t *testing.T) {
	s := state.Default()
	q := s.ApplyQuery("origin=https://School.example:443/,http://localhost:8080,https://school.example&reducedMotion=1")
	if !q.ReducedMotion || !q.Restricted {
		t.Errorf("extras = %+v", q)
	}
	if want := []string{"https://school.example", "http://localhost:8080"}; !slices.Equal(q.Origins, want) {
		t.Errorf("origins = %v, want %v", q.Origins, want)
	}
	// An allowlist with nothing valid in it still restricts: to nobody.
	q = s.ApplyQuery("origin=nonsense")
	if !q.Restricted || len(q.Origins) != 0 {
		t.Errorf("origin=nonsense gave %+v", q)
	}
	if q = s.ApplyQuery("months=6"); q.Restricted || q.ReducedMotion {
		t.Errorf("no extras gave %+v", q)
	}
}

func TestNormalizeOrigin(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://school.example", "https://school.example"},
		{"HTTPS://School.Example/", "https://school.example"},
		{"https://school.example:443", "https://school.example"},
		{"http://school.example:80", "http://school.example"},
		{"http://localhost:8080", "http://localhost:8080"},
		{" http://127.0.0.1:08080 ", "http://127.0.0.1:8080"},
		{"http://[::1]:3000", "http://[::1]:3000"},
		{"https://school.example/lesson", ""},
		{"https://school.example?x", ""},
		{"https://school.example#x", ""},
		{"https://user@school.example", ""},
		{"school.example", ""},
		{"localhost:8080", ""},
		{"javascript:alert(1)", ""},
		{"https://", ""},
		{"https://a b", ""},
		{"https://<b>", ""},
		{"https://school.example:99999", ""},
		{"null", ""},
		{"*", ""},
		{"", ""},
	} {
		got, ok := state.NormalizeOrigin(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeOrigin(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestEncodeQuery(t *testing.T) {
	base := state.Default()
	for _, tt := range []struct {
		name   string
		change func(*state.State)
		extra  state.Query
		want   string
	}{
		{"default is empty", nil, state.Query{}, ""},
		{"a few keys, in Keys order", func(s *state.State) { s.Months = 6; s.Levels = "L4-L5,L5-S1"; s.View = "after" }, state.Query{},
			"levels=L4-L5,L5-S1&view=after&months=6"},
		{"posture left out while playing", func(s *state.State) { s.Posture = 0.3 }, state.Query{}, ""},
		{"posture kept when paused", func(s *state.State) { s.Posture = 0.3; s.Playing = false }, state.Query{}, "posture=0.3&playing=0"},
		{"region brings levels and approach", func(s *state.State) { s.Apply(map[string]any{"region": "cervical"}) }, state.Query{},
			"region=cervical&levels=C5-C6&approach=acdf"},
		{"booleans", func(s *state.State) { s.Labels = false; s.Controls = false }, state.Query{}, "labels=0&controls=0"},
		{"extras kept", nil, state.Query{Restricted: true, Origins: []string{"https://a.example", "http://b.example:8080"}, ReducedMotion: true},
			"origin=https://a.example,http://b.example:8080&reducedMotion=1"},
		{"tour first, then what differs from its scene", func(s *state.State) {
			s.Apply(map[string]any{"tour": 4})
			s.Apply(map[string]any{"months": 6, "wording": "clinical"})
		}, state.Query{}, "tour=4&months=6&wording=clinical"},
		{"empty allowlist kept", nil, state.Query{Restricted: true}, "origin="},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := base
			if tt.change != nil {
				tt.change(&s)
			}
			if got := state.EncodeQuery(s, base, tt.extra); got != tt.want {
				t.Errorf("EncodeQuery = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEncodeRoundTrip checks, over many random valid states and bases,
// that applying the encoded query to the base gives the state back.
func TestEncodeRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	random := func() state.State {
		s := state.Default()
		region := pick(state.Regions)
		segs := state.LumbarSegments[1:]
		if region == "cervical" {
			segs = state.CervicalSegments
		}
		n := 1 + r.IntN(3)
		first := r.IntN(len(segs) - n + 1)
		approaches := map[string][]string{"lumbar": {"tlif", "posterolateral", "plif", "alif"}, "cervical": {"acdf", "posterior"}}
		if n == 1 {
			approaches["cervical"] = []string{"acdf"} // posterior joins two or three
		}
		ign := s.Apply(map[string]any{
			"region": region, "levels": strings.Join(segs[first:first+n], ","), "approach": pick(approaches[region]),
			"motion": pick(state.Motions), "posture": r.Float64()*2 - 1, "playing": r.IntN(2) == 0,
			"speed": 0.25 + r.Float64()*3.75, "view": pick(state.Views), "months": float64(r.IntN(121)) * r.Float64(),
			"graft": pick(state.Grafts), "condition": pick(state.Conditions), "lang": pick(state.Langs),
			"labels": r.IntN(2) == 0, "theme": pick(state.Themes), "controls": r.IntN(2) == 0,
			"tour": r.IntN(tour.Len() + 1), "wording": pick(state.Wordings),
		})
		if len(ign) > 0 {
			t.Fatalf("random state: %v", ign)
		}
		return s
	}
	for range 2000 {
		s, base := random(), random()
		extra := state.Query{ReducedMotion: r.IntN(2) == 0}
		enc := state.EncodeQuery(s, base, extra)
		got := base
		q := got.ApplyQuery(enc)
		want := s
		if s.Playing {
			want.Posture = atStep(base, s.Tour).Posture
		}
		if got != want || len(q.Ignored) > 0 || q.ReducedMotion != extra.ReducedMotion {
			t.Fatalf("round trip of %q from %+v:\n got %+v (ignored %v)\nwant %+v", enc, base, got, q.Ignored, want)
		}
	}
}

// atStep returns base with the tour opened at step n, as ApplyQuery leaves
// it before the other keys of a link.
func atStep(base state.State, n int) state.State {
	base.Apply(map[string]any{"tour": n})
	return base
}

func TestExplain(t *testing.T) {
	s := state.Default()
	q := s.ApplyQuery("speed=fast&colour=red&motion=cartwheel&a=1&b=2")
	got := state.Explain(q.Ignored, 3)
	for _, want := range []string{`colour is not a setting`, `speed: "fast" is not a number`, `motion: "cartwheel" is not one of`, "and 2 more"} {
		if !strings.Contains(got, want) {
			t.Errorf("Explain = %q, missing %q", got, want)
		}
	}
	if state.Explain(nil, 3) != "" {
		t.Error("nothing ignored should explain as empty")
	}
	// Names are clipped and made visible.
	q = s.ApplyQuery("%E2%80%AEevil" + strings.Repeat("x", 100) + "=1")
	if k := q.Ignored[0].Key; strings.ContainsRune(k, '\u202e') || len([]rune(k)) > 33 {
		t.Errorf("unsafe key %q", k)
	}
}

// FuzzQuery feeds arbitrary query strings to ApplyQuery: it must never panic,
// must leave a valid state, must give a reason for everything it ignores,
// and the state's own query must give the same state back with nothing
// ignored. The seeds in testdata/fuzz/FuzzQuery are kept as regression
// cases.
func FuzzQuery(f *testing.F) {
	for _, seed := range []string{
		"",
		"?region=cervical&levels=C3-C4,C4-C5&approach=posterior&months=6&playing=0&posture=0.5",
		"levels=L5-S1&levels=L4-L5&region=lumbar&autoplay=0&labels",
		"speed=fast&motion=cartwheel&colour=red&theme=%3Cscript%3E",
		"origin=https://a.example,javascript:x&tour=2&reducedMotion=yes",
		"months=%zz&%=1&==&&&lang=de-CH",
		"posture=1e-320&speed=0x1p-2&months=120.0000001",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		s := state.Default()
		q := s.ApplyQuery(raw)
		if err := s.Check(); err != nil {
			t.Fatalf("ApplyQuery(%q) left an invalid state: %v", raw, err)
		}
		for _, i := range q.Ignored {
			if i.Reason == "" || i.Key == "" {
				t.Fatalf("ignored %+v without a reason or a name", i)
			}
		}
		enc := state.EncodeQuery(s, state.Default(), q)
		back := state.Default()
		q2 := back.ApplyQuery(enc)
		want := s
		if s.Playing {
			want.Posture = atStep(state.Default(), s.Tour).Posture
		}
		if back != want || len(q2.Ignored) > 0 || q2.Restricted != q.Restricted ||
			!slices.Equal(q2.Origins, q.Origins) || q2.ReducedMotion != q.ReducedMotion {
			t.Fatalf("%q encoded as %q gave %+v %+v, want %+v %+v", raw, enc, back, q2, want, q)
		}
	})
}
