package game

import (
	"strconv"

	"spinefusion/game/surgery"
)

// surgeryMonths is how close to the day of surgery the timeline must be for
// the operation sequence to show.
const surgeryMonths = 0.25

// operation plays the operation's steps on the day of surgery: once when the
// surgery is first shown, and again on request; it can be stepped through.
type operation struct {
	seq    surgery.Sequence
	played bool // it has played once already
	step   int  // the step the texts were made for
}

// atSurgery reports whether the after spine is shown on the day of surgery.
func (g *Game) atSurgery() bool {
	return g.st.Months < surgeryMonths && g.st.View != "before"
}

// stepOperation moves the operation on by one tick, starting it the first
// time the surgery is shown; with reduced motion it jumps to the end.
func (g *Game) stepOperation() {
	op := &g.op
	if !g.atSurgery() {
		return
	}
	if !op.played {
		op.played = true
		op.seq.Restart()
	}
	if g.reduced && !op.seq.Done() {
		op.seq.Seek(surgery.Steps)
	}
	if !op.seq.Done() {
		op.seq.Step()
		g.dirty = true
	}
	step, t := op.seq.Progress()
	g.frame.Operation.Step, g.frame.Operation.T = step, t
	if step != op.step {
		op.step = step
		g.textsFor.Months = -1 // renew the texts for the new step
	}
}

// replayOperation plays the operation again from the start.
func (g *Game) replayOperation() {
	g.op.played = true
	g.op.seq.Restart()
	g.store.Apply(map[string]any{"months": 0})
	g.textsFor.Months = -1
	g.dirty = true
}

// nextOperationStep jumps to the next step.
func (g *Game) nextOperationStep() {
	step, _ := g.op.seq.Progress()
	if step >= surgery.Steps {
		step = -1 // from the end, start again
	}
	g.op.played = true
	g.op.seq.Seek(step + 1)
	g.textsFor.Months = -1
	g.dirty = true
}

// operationTexts replaces the stage texts on the day of surgery with the
// operation step being shown.
func (g *Game) operationTexts() {
	if !g.atSurgery() {
		return
	}
	l := g.lang()
	step, _ := g.op.seq.Progress()
	if step >= surgery.Steps {
		g.texts.StageName = l.T("op.done")
		g.texts.StageCaption = l.T(surgery.DoneKey(g.st.Approach))
		return
	}
	g.texts.StageName = l.F("op.stepof", strconv.Itoa(step+1), strconv.Itoa(surgery.Steps))
	g.texts.StageCaption = l.T(surgery.StepKey(g.st.Approach, step))
}
