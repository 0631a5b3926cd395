package game

import (
	"math"

	"spinefusion/game/condition"
	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/scene"
	"spinefusion/game/state"
)

// conditionTexts fills the frame's words about the state's condition: the
// line under the before caption, what the fusion did, and the curve's
// labels.
func conditionTexts(l *i18n.Lang, m *model.Model, st *state.State, t *scene.Texts) {
	var g [2]condition.Geometry
	m.Condition(st, false, &g[0])
	m.Condition(st, true, &g[1])
	sp := m.Spine(st)
	c := st.Condition
	switch {
	case !g[0].Shown:
		t.ConditionLine = l.T("condition." + c)
	case g[0].Disc >= 0:
		t.ConditionLine = l.F("condition."+c+".line", model.LevelName(sp.Discs[g[0].Disc].Level))
		if c == condition.Spondylolisthesis {
			t.ConditionLine = l.F("condition."+c+".line", sp.Vertebrae[g[0].Disc].Name, sp.Vertebrae[g[0].Disc+1].Name)
		} else if c == condition.FailedSurgery {
			t.ConditionLine = l.F("condition."+c+".line", sp.Vertebrae[g[0].Bone].Name)
		}
	case g[0].Bone >= 0:
		t.ConditionLine = l.F("condition."+c+".line", sp.Vertebrae[g[0].Bone].Name)
	default:
		t.ConditionLine = l.T("condition." + c + ".line")
	}
	t.ConditionFixed = ""
	if c != condition.Healthy {
		t.ConditionFixed = l.T("condition." + c + ".fixed")
	}
	for w := range g {
		t.Cobb[w] = l.F("condition.label.cobb", model.Degrees(math.Round(g[w].Cobb), l))
	}
}
