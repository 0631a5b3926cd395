// Package tour owns the guided tour: the story of a spinal fusion told in
// order, one step at a time. Each step sets the scene through a state patch
// (the same partial state the page API takes) and names its caption's texts
// by translation key. The numbers a caption quotes are not written in the
// texts: each step lists them as Args, which the model resolves from the
// data tables (see model.TourCaption), so every figure keeps its source.
//
// The package is pure data: no Ebitengine, no other game package.
package tour

import "sync"

// Step is one stop of the tour.
type Step struct {
	// ID names the step; its texts are "tour.<ID>.title", "tour.<ID>.body"
	// (plain words) and "tour.<ID>.clinical" (clinical terms).
	ID string
	// Patch is the partial state the step applies when it opens, with the
	// page API's key names and values.
	Patch map[string]any
	// Args are the figures the plain body quotes, in order of its %s, and
	// ClinicalArgs those of the clinical body. Each names a value of the
	// data tables or of the state:
	//   "rom/min", "rom/max"             the smallest and largest range of
	//                                    a segment of the region in the
	//                                    step's motion, degrees
	//   "anchor/<graft>/<group>/<months>" a healing curve's measured point,
	//                                    percent fused
	//   "outcome/<key>"                  a figure of data/outcomes.json
	//   "milestone/<key>"                a recovery milestone's span
	//   "state/levels", "state/approach" the person's own fused levels and
	//                                    approach
	Args, ClinicalArgs []string
	// Action is what the game does besides the patch: "operation" plays
	// the operation from its first step, "heal" lets the months move on
	// while the spine plays. "" for none.
	Action string
}

// Title, Body and Clinical return the translation keys of the step's texts.
func (s Step) Title() string    { return "tour." + s.ID + ".title" }
func (s Step) Body() string     { return "tour." + s.ID + ".body" }
func (s Step) Clinical() string { return "tour." + s.ID + ".clinical" }

// The actions a step may ask for.
const (
	ActionOperation = "operation"
	ActionHeal      = "heal"
)

// scene is the part of every patch that frames the low back, seen from the
// side, so that each step shows what its words say whatever came before.
func scene(view, motion string, playing bool, more map[string]any) map[string]any {
	p := map[string]any{"region": "lumbar", "view": view, "motion": motion, "playing": playing}
	for k, v := range more {
		p[k] = v
	}
	return p
}

const fe = "flexion-extension"

// All returns the tour's steps, in order. They are made at the first call,
// not when the program starts: most visits never open the tour, and the
// start-up is shorter for not building it.
func All() []Step {
	once.Do(func() { all = steps() })
	return all
}

var (
	once sync.Once
	all  []Step
)

// count is the number of steps, known without making them (the state's
// checks ask for it at the start); TestStepsTellTheStoryInOrder keeps it true.
const count = 13

// steps makes the tour, in order: what the spine does, what can go wrong,
// the care that comes first, when fusion is considered, the operation, the
// healing, and life after it with its honest caveats.
func steps() []Step {
	return []Step{
		{ID: "spine", Patch: scene("before", fe, true, map[string]any{"labels": true, "condition": "healthy"})},
		{ID: "share", Patch: scene("before", fe, false, map[string]any{"posture": 1, "labels": true, "condition": "healthy"}),
			Args: []string{"rom/min", "rom/max"}, ClinicalArgs: []string{"rom/min", "rom/max"}},
		{ID: "disc", Patch: scene("before", fe, true, map[string]any{"condition": "degenerative-disc"})},
		{ID: "unstable", Patch: scene("before", fe, true, map[string]any{"condition": "spondylolisthesis"})},
		{ID: "conservative", Patch: scene("before", fe, true, map[string]any{"condition": "herniated-disc"})},
		{ID: "when", Patch: scene("before", fe, true, map[string]any{"condition": "spondylolisthesis"})},
		{ID: "operation", Patch: scene("after", fe, false, map[string]any{"months": 0, "posture": 0}),
			ClinicalArgs: []string{"state/approach", "state/levels"}, Action: ActionOperation},
		{ID: "healing", Patch: scene("after", fe, true, map[string]any{"months": 0.5}), Action: ActionHeal},
		{ID: "solid", Patch: scene("compare", fe, true, map[string]any{"months": 12}),
			Args:         []string{"anchor/bmp/interbody/6", "anchor/bmp/interbody/12"},
			ClinicalArgs: []string{"anchor/bmp/interbody/6", "anchor/bmp/interbody/12", "anchor/autograft/cervical-anterior/12", "anchor/autograft/cervical-anterior/24", "outcome/smokers.nonunion", "outcome/nonsmokers.nonunion"}},
		{ID: "after", Patch: scene("compare", fe, true, map[string]any{"months": 24})},
		{ID: "recovery", Patch: scene("after", fe, true, map[string]any{"months": 3}),
			Args:         []string{"milestone/walking", "milestone/home", "milestone/desk", "milestone/manual", "milestone/solid"},
			ClinicalArgs: []string{"milestone/walking", "milestone/home", "milestone/desk", "milestone/physio", "milestone/lifting", "milestone/manual", "milestone/solid"}},
		{ID: "longterm", Patch: scene("compare", fe, true, map[string]any{"months": 120}),
			Args:         []string{"outcome/sport.years", "outcome/lasting.percent", "outcome/lasting.years", "outcome/nonspecific.years"},
			ClinicalArgs: []string{"outcome/sport.years", "outcome/lasting.percent", "outcome/lasting.years", "outcome/nonspecific.years"}},
		{ID: "adjacent", Patch: scene("compare", fe, true, map[string]any{"months": 120, "labels": true}),
			Args:         []string{"outcome/asd.cervical.year", "outcome/asd.cervical.10y"},
			ClinicalArgs: []string{"outcome/asd.cervical.year", "outcome/asd.cervical.10y", "outcome/asd.lumbar.5y", "outcome/asd.lumbar.10y"}},
	}
}

// Len is the number of steps; the state's tour key runs from 1 to Len
// (0 is the tour closed).
func Len() int { return count }

// At returns step n, counted from 1, and whether there is one.
func At(n int) (Step, bool) {
	if n < 1 || n > count {
		return Step{}, false
	}
	return All()[n-1], true
}
