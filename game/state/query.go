package state

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is what a link's query string carries: the state keys, applied by
// ApplyQuery, and the parameters that are not part of the state.
type Query struct {
	// Origins is the allowlist of host-page origins given with origin=,
	// normalised to "scheme://host[:port]". Restricted is set whenever
	// origin= was given, even if none of its entries was valid: then no
	// host page may talk to the app.
	Origins    []string
	Restricted bool
	// ReducedMotion asks for less animation (reducedMotion=1).
	ReducedMotion bool
	// Ignored lists, in plain words, every parameter that was not used:
	// unknown names, malformed values and values Apply refused.
	Ignored []Ignored
}

// The query parameters that are not state keys. "autoplay" is another
// name for "playing".
const (
	paramOrigin        = "origin"
	paramReducedMotion = "reducedmotion"
	paramAutoplay      = "autoplay"
)

// ApplyQuery applies a link's query string, with or without its leading
// "?", to s and returns what else it carries. Parameter names are the state
// keys (see Keys), matched without regard to case; levels are
// comma-separated and may also be repeated; "autoplay" is "playing"; a
// boolean given without a value (?labels) means true. Invalid values leave
// their key as it was and are reported in Ignored, like unknown names.
// Nothing in the query is ever run or shown other than as quoted text.
func (s *State) ApplyQuery(raw string) Query {
	var q Query
	partial := map[string]any{}
	// at is where each state key was last given, so that the notice lists
	// what was ignored in the order of the link.
	at := map[string]int{}
	var where []int // where each of q.Ignored was given
	raw = strings.TrimPrefix(raw, "?")
	for i, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		before := len(q.Ignored)
		rawKey, rawValue, _ := strings.Cut(part, "=")
		key, err1 := queryUnescape(rawKey)
		value, err2 := queryUnescape(rawValue)
		if err1 != nil || err2 != nil {
			q.Ignored = append(q.Ignored, Ignored{Key: clipKey(rawKey), Reason: "is not written correctly (a broken % escape)"})
			where = append(where, i)
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		switch key {
		case paramOrigin:
			q.Restricted = true
			for entry := range strings.SplitSeq(value, ",") {
				if strings.TrimSpace(entry) == "" {
					continue
				}
				if o, ok := NormalizeOrigin(entry); ok {
					if !slices.Contains(q.Origins, o) {
						q.Origins = append(q.Origins, o)
					}
				} else {
					q.Ignored = append(q.Ignored, Ignored{Key: key, Reason: fmt.Sprintf("%s is not an origin such as https://school.example", show(entry))})
				}
			}
		case paramReducedMotion:
			if b, ok := boolean(flag(value)); ok {
				q.ReducedMotion = b
			} else {
				q.Ignored = append(q.Ignored, Ignored{Key: "reducedMotion", Reason: fmt.Sprintf("%s is not true or false", show(value))})
			}
		case paramAutoplay, "playing", "labels", "controls":
			if key == paramAutoplay {
				key = "playing"
			}
			partial[key] = flag(value)
		case "levels":
			// Repeated levels add up: ?levels=L4-L5&levels=L5-S1.
			if prev, ok := partial[key].(string); ok && prev != "" {
				value = prev + "," + value
			}
			partial[key] = value
		case "segments":
			q.Ignored = append(q.Ignored, Ignored{Key: key, Reason: "is read-only"})
		default:
			if slices.Contains(Keys, key) {
				partial[key] = value
			} else {
				q.Ignored = append(q.Ignored, Ignored{Key: clipKey(key), Reason: "is not a setting"})
			}
		}
		if key == paramAutoplay {
			key = "playing"
		}
		at[key] = i
		for range q.Ignored[before:] {
			where = append(where, i)
		}
	}
	for _, ign := range s.Apply(partial) {
		q.Ignored = append(q.Ignored, ign)
		where = append(where, at[ign.Key])
	}
	q.Ignored = byPlace(q.Ignored, where)
	return q
}

// byPlace orders notices by where[i], the place in the link of notice i,
// keeping the order of several from one place. Places are small indexes
// into the link's parameters, so notices are gathered place by place (a
// stable sort without the sort code a generic one adds to the download).
func byPlace(notices []Ignored, where []int) []Ignored {
	last := -1
	for _, w := range where {
		last = max(last, w)
	}
	at := make([][]Ignored, last+1)
	for i, n := range notices {
		at[where[i]] = append(at[where[i]], n)
	}
	sorted := make([]Ignored, 0, len(notices))
	for _, ns := range at {
		sorted = append(sorted, ns...)
	}
	return sorted
}

// flag makes a boolean parameter given without a value mean true.
func flag(v string) string {
	if strings.TrimSpace(v) == "" {
		return "1"
	}
	return v
}

// notHostRune reports whether r cannot be in a host name as origins show
// it: ASCII letters, digits, "." "-" "_", and ":" in IPv6 addresses.
func notHostRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' || r == ':')
}

// EncodeQuery returns the query string, without "?", that gives s back when
// ApplyQuery applies it to base: the keys where s differs from base, in Keys
// order. The posture is left out while playing (it moves every frame); with
// the region go its levels and approach, which a change of region resets.
// The tour step comes first: ApplyQuery applies its scene before the other
// keys, so they are compared with base as that step leaves it. The origins
// and reducedMotion of q are kept.
func EncodeQuery(s, base State, q Query) string {
	var b strings.Builder
	add := func(key, value string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(key)
		b.WriteByte('=')
		b.WriteString(escape(value))
	}
	// text, number and bit add a key whose value differs from base's.
	text := func(key, v, was string) {
		if v != was {
			add(key, v)
		}
	}
	number := func(key string, v, was float64) {
		if v != was {
			add(key, strconv.FormatFloat(v, 'g', -1, 64))
		}
	}
	bit := func(key string, v, was bool) {
		switch {
		case v && !was:
			add(key, "1")
		case !v && was:
			add(key, "0")
		}
	}
	if s.Tour != base.Tour {
		add("tour", strconv.Itoa(s.Tour))
		base.Apply(map[string]any{"tour": s.Tour})
	}
	region := s.Region != base.Region
	for _, key := range Keys {
		switch key {
		case "region":
			text(key, s.Region, base.Region)
		case "levels":
			if region || s.Levels != base.Levels {
				add(key, s.Levels)
			}
		case "approach":
			if region || s.Approach != base.Approach {
				add(key, s.Approach)
			}
		case "motion":
			text(key, s.Motion, base.Motion)
		case "posture":
			if !s.Playing {
				number(key, s.Posture, base.Posture)
			}
		case "playing":
			bit(key, s.Playing, base.Playing)
		case "speed":
			number(key, s.Speed, base.Speed)
		case "view":
			text(key, s.View, base.View)
		case "months":
			number(key, s.Months, base.Months)
		case "graft":
			text(key, s.Graft, base.Graft)
		case "condition":
			text(key, s.Condition, base.Condition)
		case "lang":
			text(key, s.Lang, base.Lang)
		case "labels":
			bit(key, s.Labels, base.Labels)
		case "theme":
			text(key, s.Theme, base.Theme)
		case "controls":
			bit(key, s.Controls, base.Controls)
		case "wording":
			text(key, s.Wording, base.Wording)
		}
	}
	if q.Restricted {
		add(paramOrigin, strings.Join(q.Origins, ","))
	}
	if q.ReducedMotion {
		add("reducedMotion", "1")
	}
	return b.String()
}

// escape percent-encodes a query value but leaves the characters our values
// use readable: commas between levels, and the ":" and "/" of origins.
func escape(v string) string { return percentEscape(v, ",:/") }

// clipKey makes an unknown parameter name safe and short enough to quote
// in a notice: invisible and control characters become "?".
func clipKey(k string) string {
	const max = 32
	if strings.TrimSpace(k) == "" {
		return "(a parameter with no name)"
	}
	var b strings.Builder
	n := 0
	for _, r := range k {
		if n == max {
			b.WriteString("…")
			break
		}
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// Explain lists what was ignored in one line of plain words, at most max
// items and then how many more: `speed: "fast" is not a number; colour is
// not a setting; and 2 more`.
func Explain(ignored []Ignored, max int) string {
	var parts []string
	for i, ign := range ignored {
		if i == max {
			parts = append(parts, fmt.Sprintf("and %d more", len(ignored)-max))
			break
		}
		if strings.HasPrefix(ign.Reason, "is ") {
			parts = append(parts, ign.Key+" "+ign.Reason)
		} else {
			parts = append(parts, ign.Key+": "+ign.Reason)
		}
	}
	return strings.Join(parts, "; ")
}
