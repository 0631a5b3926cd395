package model

import (
	"math"

	"spinefusion/game/state"
)

// Snapshot returns the state as the page API shows it: every state key plus
// the read-only segments, top to bottom, with figures rounded to 0.01.
func (m *Model) Snapshot(st state.State) map[string]any {
	var f Figures
	m.Compute(&st, &f)
	out := st.Map()
	segs := make([]any, len(f.Segments))
	for i, s := range f.Segments {
		segs[i] = map[string]any{
			"name":        s.Name,
			"romBefore":   round2(s.RomBefore),
			"romAfter":    round2(s.RomAfter),
			"angleBefore": round2(s.AngleBefore),
			"angleAfter":  round2(s.AngleAfter),
			"fused":       s.Fused,
			"fusion":      round2(s.Fusion),
		}
	}
	out["segments"] = segs
	return out
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
