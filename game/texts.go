package game

import (
	"strings"

	"spinefusion/game/i18n"
	"spinefusion/game/model"
	"spinefusion/game/scene"
	"spinefusion/game/state"
)

// makeTexts builds the sentences the frame shows for a state.
func makeTexts(l *i18n.Lang, m *model.Model, st *state.State, f *model.Figures) scene.Texts {
	stage := m.Healing.Stages[f.Stage].Key
	var typical []string
	for _, ms := range m.Healing.Milestones {
		if st.Months >= ms.From {
			typical = append(typical, l.T("milestone."+ms.Key))
		}
	}
	clinical := model.Clinical(st)
	w := "" // the clinical variant of the stage texts, when asked for
	if clinical {
		w = ".clinical"
	}
	t := scene.Texts{
		BeforeCaption: l.T("view.before.long"),
		AfterCaption:  l.T("view.after.long") + " · " + model.TimeText(l, st.Months),
		StageName:     l.T("stage." + stage + ".name" + w),
		StageCaption:  l.T("stage." + stage + ".caption" + w),
		NotPromise:    l.T("timeline.notpromise"),
	}
	t.Summary = model.Summary(f, st, l, clinical)
	conditionTexts(l, m, st, &t)
	if len(typical) > 3 {
		typical = typical[len(typical)-3:] // the latest ones say the most
	}
	if len(typical) > 0 {
		t.Typical = l.F("timeline.typical", strings.Join(typical, ", "))
	}
	return t
}
