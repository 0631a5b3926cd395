package graft

import "math"

// Progress is how far the new bone has come in the picture at one time.
// Following Boden's phases, woven bone grows first from the host bone
// surfaces (the endplates, the transverse processes) into the graft, the
// middle of the space last; the fronts meet column by column (bridging);
// then the bone remodels into one continuous mature bone.
type Progress struct {
	// Reach is how far the woven bone has grown from each host surface, in
	// halves of the space: at 1 an average column's two fronts meet in
	// the middle. Columns vary around it by Spread.
	Reach float64
	// Remodel is how far the woven bone has turned into mature bone with a
	// cortical outline, 0 to 1.
	Remodel float64
	// Clot is how much of the day-of-surgery blood clot is left in the
	// space, 1 to 0, as it turns into soft fibrous tissue.
	Clot float64
	// Months is the time since surgery.
	Months float64
}

// Spread is how much sooner or later, as a share of Reach, the front
// arrives in one column than in an average one.
const Spread = 0.3

// Shape of the picture's timeline. Bone bridging is a share of the
// healing curve's maximum, 0 to 1.
const (
	// maxReach is the reach once the level is fully bridged: enough for the
	// latest column's fronts to meet.
	maxReach = 1.6
	// reachShape bends the reach so the first months show growth.
	reachShape = 2.2
	// Remodelling needs bridging between these levels and time between
	// these months.
	remodelFrom, remodelTo = 0.72, 0.94
	remodelMonthsFrom      = 8
	remodelMonthsTo        = 24
)

// At returns the progress at bridging (the healing curve's value over its
// maximum, 0 to 1) and months after surgery. Every part grows with bridging
// at a given time.
func At(bridging, months float64, t *Tissue) Progress {
	b := clamp01(bridging)
	clot := 1.0
	if t != nil && t.ClotMonths > 0 {
		clot = 1 - smooth(months/t.ClotMonths)
	}
	return Progress{
		Reach:   maxReach * (1 - math.Pow(1-b, reachShape)),
		Remodel: smooth((b-remodelFrom)/(remodelTo-remodelFrom)) * smooth((months-remodelMonthsFrom)/(remodelMonthsTo-remodelMonthsFrom)),
		Clot:    clot,
		Months:  months,
	}
}

// Front is how far, in halves of the space, the bone has grown in a column
// whose noise is n (-1 to 1).
func (p Progress) Front(n float64) float64 { return p.Reach * (1 + Spread*n) }

// Bridged is the share of columns whose two fronts have met.
func (p Progress) Bridged() float64 {
	if p.Reach <= 0 {
		return 0
	}
	n0 := (1/p.Reach - 1) / Spread
	return clamp01((1 - n0) / 2)
}

// Taken is how far the new bone has taken in a particle, 0 to 1, at depth
// d (0 at host bone, 1 in the middle) in a column with noise n.
func (p Progress) Taken(d, n float64) float64 {
	return smooth((p.Front(n) - d + 0.05) / 0.3)
}

// Alpha is how visible a particle of the look is once taken in by taken
// (0 to 1): fully on the day of surgery, fading as the bone takes it in and
// as the graft is resorbed, down to the look's ghost in remodelled bone.
// It never rises as the bridging grows.
func (l *Look) Alpha(p Progress, taken float64) float64 {
	a := 1 - (1-l.Linger)*taken
	res := smooth((p.Months - 0.3*l.ResorbMonths) / (0.7 * l.ResorbMonths))
	if l.Kind != Sponge {
		// Graft no bone has reached yet is not resorbed.
		res *= taken
	}
	a *= 1 - res
	ghost := l.Ghost * (1 - smooth((p.Months-l.ResorbMonths)/(1.5*l.ResorbMonths)))
	a = math.Max(a, ghost)
	return a*(1-p.Remodel) + ghost*p.Remodel
}

// Scale is how big a particle still is, 0 to 1, as the bone takes it in.
func (l *Look) Scale(taken float64) float64 {
	if l.Kind == Sponge {
		return 1
	}
	return 1 - 0.22*taken
}

// smooth is the smoothstep of x clamped to 0..1.
func smooth(x float64) float64 {
	x = clamp01(x)
	return x * x * (3 - 2*x)
}

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }
