package model

import (
	"math"
	"strconv"
	"strings"

	"spinefusion/game/state"
)

// Summary says what the fusion changes, in one or two sentences: how much
// less the low back moves in total, and how much more the level next to the
// fusion that takes up the most moves. In plain words the percentages are
// rounded for reading ("about 10% less"); when clinical is set it gives the
// degrees before and after ("Total flexion / extension 86° → 78° (−9%);
// L3–L4 15° → 16.2° (+8%)"). It is "" when no level is fused. It allocates:
// call it when the figures change.
func Summary(f *Figures, st *state.State, tr Translator, clinical bool) string {
	fused, best := -1, -1
	var bestGain float64
	for i, s := range f.Segments {
		if s.Fused {
			fused = i
			continue
		}
		if !adjacentToFusion(f.Segments, i) || !(s.RomBefore > 0) {
			continue
		}
		if g := s.RomAfter/s.RomBefore - 1; best < 0 || g > bestGain {
			best, bestGain = i, g
		}
	}
	if fused < 0 || !(f.TotalBefore > 0) {
		return ""
	}
	loss := (f.TotalBefore - f.TotalAfter) / f.TotalBefore * 100
	if clinical {
		return clinicalSummary(f, st, tr, loss, best)
	}
	var b strings.Builder
	if p := aboutPercent(loss); p == 0 {
		b.WriteString(tr.T("summary.total.same"))
	} else {
		b.WriteString(tr.F("summary.total."+st.Motion, strconv.Itoa(p)))
	}
	if best >= 0 {
		if p := aboutPercent(bestGain * 100); p > 0 {
			b.WriteString(" ")
			b.WriteString(tr.F(levelKey(f.Segments, best), LevelName(f.Segments[best].Name), strconv.Itoa(p)))
		}
	}
	return b.String()
}

// clinicalSummary is Summary with the degrees.
func clinicalSummary(f *Figures, st *state.State, tr Translator, loss float64, best int) string {
	var b strings.Builder
	b.WriteString(tr.F("summary.clinical.total."+st.Motion,
		Degrees(f.TotalBefore, tr), Degrees(f.TotalAfter, tr), signedPercent(-loss)))
	if best >= 0 {
		s := f.Segments[best]
		b.WriteString("; ")
		b.WriteString(tr.F("summary.clinical.level", LevelName(s.Name),
			Degrees(s.RomBefore, tr), Degrees(s.RomAfter, tr), signedPercent((s.RomAfter/s.RomBefore-1)*100)))
	}
	return b.String()
}

// adjacentToFusion reports whether segment i lies next to a fused one.
func adjacentToFusion(segs []Segment, i int) bool {
	return (i > 0 && segs[i-1].Fused) || (i+1 < len(segs) && segs[i+1].Fused)
}

// levelKey is the sentence for a level next to the fusion: just above it,
// just below it, or between two fused levels.
func levelKey(segs []Segment, i int) string {
	above := i+1 < len(segs) && segs[i+1].Fused // the fused level is below
	below := i > 0 && segs[i-1].Fused
	switch {
	case above && !below:
		return "summary.level.above"
	case below && !above:
		return "summary.level.below"
	}
	return "summary.level"
}

// aboutPercent rounds a percentage for plain reading: to a whole number
// under 10, to a multiple of 5 from there.
func aboutPercent(p float64) int {
	p = math.Abs(p)
	if r := math.Round(p); r < 10 {
		return int(r)
	}
	return int(math.Round(p/5) * 5)
}

// signedPercent writes a change in whole percent with its sign, a true minus
// sign for a fall: "+8", "−9", "0".
func signedPercent(p float64) string {
	r := int(math.Round(p))
	switch {
	case r > 0:
		return "+" + strconv.Itoa(r)
	case r < 0:
		return "−" + strconv.Itoa(-r)
	}
	return "0"
}

// Degrees writes an angle to a tenth of a degree, without a trailing ".0"
// and without the degree sign, with the language's decimal mark (key
// "num.decimal"): "16.2" in English, "16,2" in German.
func Degrees(v float64, tr Translator) string {
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	if s == "-0" {
		s = "0"
	}
	if mark := tr.T("num.decimal"); mark != "." && mark != "num.decimal" {
		s = strings.Replace(s, ".", mark, 1)
	}
	return s
}

// LevelName writes a segment's name as it is printed, with an en dash
// between the vertebrae: "L3–L4".
func LevelName(level string) string { return strings.Replace(level, "-", "–", 1) }
