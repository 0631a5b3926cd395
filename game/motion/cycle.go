package motion

import "math"

// TicksPerSecond is the fixed timestep of the simulation.
const TicksPerSecond = 60

// CycleSeconds is how long one full bend, forward and back, takes at speed 1.
const CycleSeconds = 5

// Cycle is the looping posture of the animation: a smooth swing from full
// flexion to full extension and back, advanced one tick at a time.
type Cycle struct {
	// Phase is the position in the loop, from 0 to 1.
	Phase float64
}

// Step advances the loop by one tick at the given speed.
func (c *Cycle) Step(speed float64) {
	c.Phase += speed / (CycleSeconds * TicksPerSecond)
	c.Phase -= math.Floor(c.Phase)
}

// Posture is the posture at the current phase, from -1 to +1.
func (c *Cycle) Posture() float64 { return math.Sin(2 * math.Pi * c.Phase) }

// Seek moves the loop to the phase where the posture is p, keeping the
// direction of travel when it can, so that playing resumes smoothly from a
// posture set by hand.
func (c *Cycle) Seek(p float64) {
	p = clamp(p, -1, 1)
	a := math.Asin(p) / (2 * math.Pi) // in [-1/4, 1/4]: rising through p
	rising := math.Cos(2*math.Pi*c.Phase) >= 0
	if !rising {
		a = 0.5 - a
	}
	c.Phase = a - math.Floor(a)
}
