package model

import (
	"math"
	"strconv"
	"strings"

	"spinefusion/game/state"
)

// Summary says what the fusion changes, in one or two sentences: how much
// less the low back moves in total, and how much more the level next to the
// fusion that takes up the most moves (each of them, when several take up
// the same share). In plain words the percentages are rounded for reading
// ("about 10% less"); when clinical is set it gives the degrees before and
// after ("Total flexion-extension 86° → 78° (−9%); L3–L4 15° → 16.2°
// (+8%)"). It is "" when no level is fused. It allocates: call it when the
// figures change.
func Summary(f *Figures, st *state.State, tr Translator, clinical bool) string {
	anyFused := false
	for _, s := range f.Segments {
		anyFused = anyFused || s.Fused
	}
	if !anyFused || !(f.TotalBefore > 0) {
		return ""
	}
	loss := (f.TotalBefore - f.TotalAfter) / f.TotalBefore * 100
	top := mostGained(f.Segments)
	if clinical {
		return clinicalSummary(f, st, tr, loss, top)
	}
	var b strings.Builder
	if p := aboutPercent(loss); p == 0 {
		b.WriteString(tr.T(RegionKey(st, "summary.total.same")))
	} else {
		b.WriteString(tr.F(RegionKey(st, "summary.total."+st.Motion), strconv.Itoa(p)))
	}
	if len(top) == 0 {
		return b.String()
	}
	p := aboutPercent(gain(f.Segments[top[0]]) * 100)
	if p == 0 {
		return b.String()
	}
	b.WriteString(" ")
	if len(top) == 1 {
		b.WriteString(tr.F(levelKey(f.Segments, top[0]), LevelName(f.Segments[top[0]].Name), strconv.Itoa(p)))
		return b.String()
	}
	names := make([]string, len(top))
	for i, j := range top {
		names[i] = LevelName(f.Segments[j].Name)
	}
	last := len(names) - 1
	b.WriteString(tr.F("summary.level.each", strings.Join(names[:last], ", "), names[last], strconv.Itoa(p)))
	return b.String()
}

// clinicalSummary is Summary with the degrees.
func clinicalSummary(f *Figures, st *state.State, tr Translator, loss float64, top []int) string {
	var b strings.Builder
	b.WriteString(tr.F("summary.clinical.total."+st.Motion,
		Degrees(f.TotalBefore, tr), Degrees(f.TotalAfter, tr), signedPercent(-loss)))
	for _, i := range top {
		s := f.Segments[i]
		b.WriteString("; ")
		b.WriteString(tr.F("summary.clinical.level", LevelName(s.Name),
			Degrees(s.RomBefore, tr), Degrees(s.RomAfter, tr), signedPercent(gain(s)*100)))
	}
	return b.String()
}

// mostGained returns, top to bottom, the unfused levels next to the fusion
// whose range grew the most, relative to their own: one, or several that
// grew by the same share to half a percent.
func mostGained(segs []Segment) []int {
	best := math.Inf(-1)
	for i, s := range segs {
		if !s.Fused && adjacentToFusion(segs, i) && s.RomBefore > 0 {
			best = math.Max(best, gain(s))
		}
	}
	var top []int
	for i, s := range segs {
		if !s.Fused && adjacentToFusion(segs, i) && s.RomBefore > 0 && gain(s) > best-0.005 {
			top = append(top, i)
		}
	}
	return top
}

// gain is a segment's relative change of range: 0.08 for 8% more.
func gain(s Segment) float64 { return s.RomAfter/s.RomBefore - 1 }

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
