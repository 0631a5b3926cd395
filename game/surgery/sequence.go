package surgery

// The steps of the operation, in order.
const (
	// DiscPrepared: the disc is cleared out (or, for a posterolateral
	// fusion, the bone surfaces at the back are roughened to take the
	// graft).
	DiscPrepared = iota
	// CagePlaced: the cage goes into the empty disc space.
	CagePlaced
	// ScrewsPlaced: the pedicle screws (or an ALIF cage's front screws)
	// go in.
	ScrewsPlaced
	// RodsFixed: the rods are set into the screw heads and locked.
	RodsFixed
	// GraftPacked: the bone graft is packed around and between the bones.
	GraftPacked
	// Steps is the number of steps; a step index of Steps means done.
	Steps
)

// StepTicks is how long each step plays, in ticks of 1/60 s.
const StepTicks = 90

// StepKeys are the translation keys of the steps' names.
var StepKeys = [Steps]string{"op.step.0", "op.step.1", "op.step.2", "op.step.3", "op.step.4"}

// StepKey returns the translation key naming a step for an approach: a
// posterolateral fusion keeps its disc, so its first step has its own
// words.
func StepKey(approach string, step int) string {
	if step < 0 || step >= Steps {
		return ""
	}
	switch {
	case step == DiscPrepared && approach == Posterolateral:
		return "op.step.0.posterolateral"
	case approach == ACDF && step <= ScrewsPlaced:
		return StepKeys[step] + ".acdf"
	case approach == Posterior && (step == DiscPrepared || step == ScrewsPlaced):
		return StepKeys[step] + ".posterior"
	}
	return StepKeys[step]
}

// DoneKey returns the translation key of the caption once every step has
// played: the neck's approaches name their own implants.
func DoneKey(approach string) string {
	if approach == ACDF || approach == Posterior {
		return "op.done.caption." + approach
	}
	return "op.done.caption"
}

// Shows reports whether a step changes the picture for an approach: a
// posterolateral or posterior fusion has no cage, and an ALIF or ACDF has
// no rods.
func Shows(approach string, step int) bool {
	switch {
	case step == CagePlaced:
		return RemovesDisc(approach)
	case step == RodsFixed:
		return Rodded(approach)
	}
	return step >= 0 && step < Steps
}

// Sequence plays the operation's steps, each for StepTicks ticks. The zero
// value is at the start.
type Sequence struct {
	tick int
}

// Step advances the sequence by one tick; it stays put once done.
func (s *Sequence) Step() {
	if !s.Done() {
		s.tick++
	}
}

// Progress returns the current step and how far through it the sequence
// is, from 0 to 1. When done, step is Steps and t is 0.
func (s *Sequence) Progress() (step int, t float64) {
	if s.Done() {
		return Steps, 0
	}
	return s.tick / StepTicks, float64(s.tick%StepTicks) / StepTicks
}

// Restart goes back to the start.
func (s *Sequence) Restart() { s.tick = 0 }

// Done reports whether every step has played.
func (s *Sequence) Done() bool { return s.tick >= Steps*StepTicks }

// Seek jumps to the start of a step (clamped to 0..Steps; Steps means
// done), for stepping through by hand.
func (s *Sequence) Seek(step int) {
	s.tick = max(0, min(step, Steps)) * StepTicks
}

// Placed returns how far a part put in at step part has gone in, from 0
// (not yet) to 1 (in place), when the sequence is at step, t: 0 before its
// step, t during it, 1 after.
func Placed(step int, t float64, part int) float64 {
	switch {
	case step > part:
		return 1
	case step < part:
		return 0
	}
	return max(0, min(t, 1))
}
