// Package healing owns how a fusion heals over time: the share of bridged
// bone month by month for each graft and technique, the stages of bone
// healing, and the typical recovery milestones, from the data tables in
// assets with their sources.
package healing

import (
	"fmt"
	"io/fs"
	"math"

	"spinefusion/game/jsondec"
)

// Anchor is one measured point a curve was fitted to.
type Anchor struct {
	Months float64
	Fused  float64
	Source string
}

// Curve is the share of fused levels over time for one graft and technique
// group: Max * (1 - exp(-(t / Tau)^Shape)), t in months.
type Curve struct {
	Graft, Group string
	Max, Shape   float64
	Tau          float64
	Source       string
	Anchors      []Anchor
}

// At returns the curve's value at t months; it is 0 at t <= 0 and rises
// monotonically toward Max.
func (c *Curve) At(months float64) float64 {
	if !(months > 0) {
		return 0
	}
	return c.Max * (1 - math.Exp(-math.Pow(months/c.Tau, c.Shape)))
}

// Period is a named span of months: a healing stage or a milestone.
type Period struct {
	Key      string
	From, To float64
	Source   string
}

// Rate is a cited fusion rate for a graft, as text for the sources panel.
type Rate struct {
	Graft, Text, Source string
}

// Model holds the healing tables.
type Model struct {
	Curves     []Curve
	Groups     map[string]string // approach -> technique group
	Stages     []Period
	Milestones []Period
	Rates      []Rate `json:"fusionRates"`
	Sources    map[string]string
}

// Load reads data/healing.json from fsys.
func Load(fsys fs.FS) (*Model, error) {
	b, err := fs.ReadFile(fsys, "data/healing.json")
	if err != nil {
		return nil, err
	}
	var m Model
	if err := jsondec.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("healing.json: %w", err)
	}
	for i, c := range m.Curves {
		if !(c.Max > 0 && c.Max <= 1 && c.Shape > 0 && c.Tau > 0) {
			return nil, fmt.Errorf("healing.json: curve %d (%s, %s) has bad parameters", i, c.Graft, c.Group)
		}
	}
	for i := 1; i < len(m.Stages); i++ {
		if m.Stages[i].From <= m.Stages[i-1].From {
			return nil, fmt.Errorf("healing.json: stages out of order at %s", m.Stages[i].Key)
		}
	}
	for i := range m.Stages {
		m.Stages[i].To = math.Inf(1)
		if i+1 < len(m.Stages) {
			m.Stages[i].To = m.Stages[i+1].From
		}
	}
	return &m, nil
}

// Curve returns the curve for a graft and an approach, falling back to the
// autograft curve of the approach's group, then to the first curve.
func (m *Model) Curve(graft, approach string) *Curve {
	group := m.Groups[approach]
	var fallback *Curve
	for i := range m.Curves {
		c := &m.Curves[i]
		if c.Group == group && c.Graft == graft {
			return c
		}
		if c.Group == group && fallback == nil {
			fallback = c
		}
	}
	if fallback == nil {
		fallback = &m.Curves[0]
	}
	return fallback
}

// Fusion returns the bone bridging of a fused level, 0 to 1, at months after
// surgery with the graft and approach.
func (m *Model) Fusion(graft, approach string, months float64) float64 {
	return m.Curve(graft, approach).At(months)
}

// Stage returns the index into Stages of the healing stage at months.
func (m *Model) Stage(months float64) int {
	s := 0
	for i, st := range m.Stages {
		if months >= st.From {
			s = i
		}
	}
	return s
}

// StageProgress returns how far through its stage months is, 0 to 1 (the
// last stage counts its first 96 months).
func (m *Model) StageProgress(months float64) float64 {
	st := m.Stages[m.Stage(months)]
	to := st.To
	if math.IsInf(to, 1) {
		to = st.From + 96
	}
	return math.Min(1, (months-st.From)/(to-st.From))
}
