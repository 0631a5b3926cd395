package scene

import "math"

// sincos returns the sine and cosine of a turn fraction t (1 = full turn).
func sincos(t float64) (float64, float64) { return math.Sincos(2 * math.Pi * t) }
