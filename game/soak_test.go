package game

import (
	"math"
	"runtime"
	"testing"

	"spinefusion/game/motion"
	"spinefusion/game/state"
)

// TestSoak runs an hour of ticks (216,000) in every view and motion, placing
// both spines every tick: no transform may become NaN or infinite, and the
// heap must not grow.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("an hour of ticks per view")
	}
	g := newPlayingGame(t)
	sp := g.model.Lumbar
	angles := make([]float64, len(sp.Discs))
	pose := make([]motion.Affine, len(sp.Vertebrae))
	const hour = 60 * 60 * motion.TicksPerSecond

	var before, after runtime.MemStats
	for round, view := range state.Views {
		for _, m := range state.Motions {
			g.store.Apply(map[string]any{"view": view, "motion": m, "playing": true, "speed": 4, "months": float64(round * 30)})
			if round == 0 && m == state.Motions[0] {
				g.tick()
				runtime.GC()
				runtime.ReadMemStats(&before)
			}
			plane := motion.Sagittal
			if m != "flexion-extension" {
				plane = motion.Coronal
			}
			for i := 0; i < hour; i++ {
				g.tick()
				for _, after := range []bool{false, true} {
					for k, s := range g.figures.Segments {
						angles[k] = s.AngleBefore
						if after {
							angles[k] = s.AngleAfter
						}
					}
					motion.Pose(sp, plane, angles, pose)
					for _, a := range pose {
						for _, v := range [...]float64{a.A, a.B, a.C, a.D, a.TX, a.TY} {
							if math.IsNaN(v) || math.IsInf(v, 0) {
								t.Fatalf("%s %s tick %d: transform %+v", view, m, i, a)
							}
						}
					}
				}
			}
			if p := g.st.Posture; !(p >= -1 && p <= 1) {
				t.Fatalf("%s %s: posture %v", view, m, p)
			}
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grow := int64(after.HeapAlloc) - int64(before.HeapAlloc); grow > 256<<10 {
		t.Errorf("the heap grew by %d bytes over nine hours of ticks", grow)
	}
}
