package model

import (
	"math"
	"strconv"
	"strings"

	"spinefusion/game/condition"
	"spinefusion/game/state"
)

// Condition returns the condition's geometry on the spine before the fusion
// or after it, at the state's posture.
func (m *Model) Condition(st *state.State, after bool, g *condition.Geometry) {
	flexion := 0.0
	if st.Motion == "flexion-extension" {
		flexion = st.Posture
	}
	m.Conditions.Compute(m.Spine(st), st, after, flexion, g)
}

// FrontView reports whether the state's condition is seen from the front
// whatever the motion: a scoliosis curve is a sideways curve.
func (m *Model) FrontView(st *state.State) bool {
	if st.Condition != condition.Scoliosis || st.Motion == "axial-rotation" {
		return false
	}
	var g condition.Geometry
	m.Condition(st, false, &g)
	return g.Shown
}

// describeCondition writes what the condition looks like on the spines the
// view shows: before, after, or both.
func (m *Model) describeCondition(b *strings.Builder, st *state.State, tr Translator) {
	sp := m.Spine(st)
	b.WriteString(tr.F("describe.condition", tr.T("condition."+st.Condition)))
	for _, after := range []bool{false, true} {
		if (after && st.View == "before") || (!after && st.View == "after") {
			continue
		}
		var g condition.Geometry
		m.Condition(st, after, &g)
		when := "before"
		if after {
			when = "after"
		}
		key := "describe.condition." + st.Condition + "." + when
		b.WriteString(" ")
		if !g.Shown {
			b.WriteString(tr.T("describe.condition." + st.Condition + ".notshown"))
			break
		}
		disc, bone, below := "", "", ""
		if g.Disc >= 0 {
			disc = LevelName(sp.Discs[g.Disc].Level)
			bone, below = sp.Vertebrae[g.Disc].Name, sp.Vertebrae[g.Disc+1].Name
		}
		switch st.Condition {
		case condition.Degenerative, condition.Herniated:
			b.WriteString(tr.F(key, disc))
		case condition.Spondylolisthesis:
			if after {
				b.WriteString(tr.F(key, Degrees(math.Round(g.SlipShare*100), tr)))
			} else {
				b.WriteString(tr.F(key, bone, Degrees(g.Slip, tr), Degrees(math.Round(g.SlipShare*100), tr),
					strconv.Itoa(condition.Grade(g.SlipShare)), below))
			}
		case condition.Fracture:
			b.WriteString(tr.F(key, sp.Vertebrae[g.Bone].Name, Degrees(math.Round(g.FrontLoss*100), tr)))
		case condition.Scoliosis:
			top, bottom := sp.Vertebrae[g.CurveTop].Name, sp.Vertebrae[g.CurveBottom].Name
			if after {
				b.WriteString(tr.F(key, top, bottom, Degrees(math.Round(g.Cobb), tr)))
			} else {
				b.WriteString(tr.F(key, Degrees(g.Cobb, tr), top, bottom, Degrees(g.Rotation, tr), sp.Vertebrae[g.Apex].Name))
			}
		case condition.Healthy:
			b.WriteString(tr.T(key))
		case condition.FailedSurgery:
			if after {
				b.WriteString(tr.T(key))
			} else {
				var most condition.Geometry
				m.Conditions.Compute(sp, st, false, 1, &most)
				b.WriteString(tr.F(key, bone, Degrees(most.Slip, tr)))
			}
		}
	}
	if st.Condition == condition.Scoliosis && m.FrontView(st) {
		b.WriteString(" ")
		b.WriteString(tr.T("describe.condition.scoliosis.levels"))
	}
	b.WriteString(" ")
}

// conditionMotion is the phrase naming how the spine is seen and moving.
func (m *Model) conditionMotion(st *state.State, tr Translator) string {
	if m.FrontView(st) && st.Motion == "flexion-extension" {
		return tr.T("describe.motion.front-curve")
	}
	return tr.T("describe.motion." + st.Motion)
}

// conditionSources lists where the condition's numbers come from.
func (m *Model) conditionSources(st *state.State, tr Translator, add func(what, citation string)) {
	c := m.Conditions
	var vals []condition.Value
	switch st.Condition {
	case condition.Degenerative:
		vals = []condition.Value{c.Degenerative.HeightKept, c.Degenerative.BackHeightCompressing, c.Degenerative.Spur}
	case condition.Herniated:
		vals = []condition.Value{c.Herniated.Reach, c.Herniated.HeightKept}
	case condition.Spondylolisthesis:
		vals = []condition.Value{c.Spondylolisthesis.Slip, c.Spondylolisthesis.FlexionTranslation, c.Spondylolisthesis.SlipAfter}
	case condition.Fracture:
		vals = []condition.Value{c.Fracture.FrontHeightLoss, c.Fracture.FrontHeightLossAfter}
	case condition.Scoliosis:
		vals = []condition.Value{c.Scoliosis.Cobb, c.Scoliosis.Correction, c.Scoliosis.ApicalRotation, {Source: c.Scoliosis.SpanSource}}
	case condition.FailedSurgery:
		vals = []condition.Value{c.FailedSurgery.Slip, c.FailedSurgery.FlexionTranslation}
	}
	for _, v := range vals {
		add(tr.F("sources.condition", tr.T("condition."+st.Condition)), c.Sources[v.Source])
	}
}
