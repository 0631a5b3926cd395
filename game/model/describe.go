package model

import (
	"math"
	"strconv"
	"strings"

	"spinefusion/game/state"
	"spinefusion/game/tour"
)

// Translator gives the text of a key in one language, with %s placeholders
// filled by F.
type Translator interface {
	T(key string) string
	F(key string, args ...any) string
}

// Describe says in one to three sentences what is on screen for st: in
// plain words, or in clinical terms when st asks for them; with the guided
// tour open, its step's caption first.
func (m *Model) Describe(st state.State, tr Translator) string {
	var f Figures
	m.Compute(&st, &f)
	var b strings.Builder
	if title, body := m.TourCaption(&st, tr); title != "" {
		b.WriteString(tr.F("tour.describe", st.Tour, tour.Len(), title, body))
		b.WriteString(" ")
	}
	// w picks the clinical variant of a sentence when asked for.
	w := func(key string) string {
		if Clinical(&st) {
			return key + ".clinical"
		}
		return key
	}
	motion := m.conditionMotion(&st, tr)
	if Clinical(&st) {
		k := "describe.motion." + st.Motion
		if m.FrontView(&st) && st.Motion == "flexion-extension" {
			k = "describe.motion.front-curve"
		}
		motion = tr.T(k + ".clinical")
	}
	b.WriteString(tr.F(w(RegionKey(&st, "describe.scene")), motion))
	b.WriteString(" ")
	m.describeCondition(&b, &st, tr)
	st = m.Effective(&st)

	var total float64
	for _, s := range f.Segments {
		total += s.AngleBefore
	}
	deg := num(math.Abs(total))
	switch {
	case math.Abs(total) < 0.5:
		b.WriteString(tr.T(w("describe.upright")))
	case total > 0:
		b.WriteString(tr.F(w("describe.pos."+st.Motion), deg))
	default:
		b.WriteString(tr.F(w("describe.neg."+st.Motion), deg))
	}
	b.WriteString(" ")
	if st.View == "before" {
		b.WriteString(tr.T(w("describe.before")))
	} else {
		var lost, fusedBefore, fusedAfter float64
		for _, s := range f.Segments {
			if s.Fused {
				fusedBefore += s.RomBefore
				fusedAfter += s.RomAfter
			}
		}
		if f.TotalBefore > 0 {
			lost = 100 * (1 - f.TotalAfter/f.TotalBefore)
		}
		b.WriteString(tr.F(w("describe.fusion"), tr.T(w("approach."+st.Approach)), strings.ReplaceAll(strings.ReplaceAll(st.Levels, "-", "–"), ",", ", "),
			tr.T(w("graft."+st.Graft)), TimeText(tr, st.Months), num(fusedAfter), num(fusedBefore), num(lost)))
	}
	b.WriteString(" ")
	if st.Playing {
		b.WriteString(tr.T("describe.playing"))
	} else {
		b.WriteString(tr.T("describe.paused"))
	}
	return b.String()
}

// RegionKey returns the translation key of a sentence that names the part
// of the spine: the key itself for the low back, "cervical."+key for the
// neck.
func RegionKey(st *state.State, key string) string {
	if st.Region == "cervical" {
		return "cervical." + key
	}
	return key
}

// num formats degrees for reading: whole numbers, or one decimal under 10.
func num(v float64) string {
	if v < 10 {
		return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	}
	return strconv.FormatFloat(math.Round(v), 'f', 0, 64)
}

// TimeText says a time after surgery in words.
func TimeText(tr Translator, m float64) string {
	switch {
	case m < 0.25:
		return tr.T("timeline.surgery")
	case m < 2:
		return tr.F("timeline.weeks", int(math.Round(m*52/12)))
	case m < 12:
		return tr.F("timeline.months", int(math.Round(m)))
	case m < 18:
		return tr.T("timeline.year")
	default:
		return tr.F("timeline.years", int(math.Round(m/12)))
	}
}
