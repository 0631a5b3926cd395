package game

import (
	"runtime"
	"sync"
	"time"
)

// The steady collector. After the first frame the app allocates nothing
// per frame, but Ebitengine's calls into JavaScript leave a few hundred
// small objects a second in the browser (the floor's as many). Each one
// is a syscall/js value with a finalizer, and the Go runtime keeps a
// record for each finalizer outside the heap until a collection frees it
// for reuse. Those records take WebAssembly memory that is never given
// back, in 256 kB steps, as many as the most objects ever waiting between
// two collections. Collections driven by the heap's growth alone come
// minutes apart, and further apart as the heap grows, so that high-water
// mark kept rising after the first minute of play. Collecting on a steady
// clock, whenever enough has been allocated since the last collection,
// bounds it within the first minute (make bench: no growth from 60 s to
// 5 minutes of play).

// collectEvery is how often the steady collector looks; collectAfter is how
// many objects must have been allocated since the last collection for it
// to collect. While nothing moves the page allocates little and it rarely
// does.
const (
	collectEvery = 10 * time.Second
	collectAfter = 1000
)

// gcSample is what the steady collector reads at each look.
type gcSample struct {
	cycles  uint32 // collections so far
	objects uint64 // objects allocated so far
}

// gcClock decides, at each look, whether to collect.
type gcClock struct {
	cycles uint32 // the collections counted at the last look
	since  uint64 // objects allocated so far at the last collection seen
	after  uint64 // objects since the last collection that make one due
}

// due reports whether a collection is due at this look. A collection made
// meanwhile by the runtime itself starts the count again.
func (c *gcClock) due(s gcSample) bool {
	if s.cycles != c.cycles {
		c.cycles, c.since = s.cycles, s.objects
		return false
	}
	return s.objects-c.since >= c.after
}

// collected tells the clock that a collection was just made.
func (c *gcClock) collected(s gcSample) {
	c.cycles, c.since = s.cycles, s.objects
}

var steadyOnce sync.Once

// collectSteadily starts the steady collector once per process.
func collectSteadily() {
	steadyOnce.Do(func() {
		go func() {
			c := newSteadyCollector(collectAfter)
			for {
				time.Sleep(collectEvery)
				c.look()
			}
		}()
	})
}

// steadyCollector is the steady collector's clock and what it reads.
type steadyCollector struct {
	clock gcClock
	ms    runtime.MemStats
}

func newSteadyCollector(after uint64) *steadyCollector {
	c := &steadyCollector{clock: gcClock{after: after}}
	c.clock.collected(c.read())
	return c
}

func (c *steadyCollector) read() gcSample {
	runtime.ReadMemStats(&c.ms)
	return gcSample{cycles: c.ms.NumGC, objects: c.ms.Mallocs}
}

// look collects if a collection is due, and reports whether it did.
func (c *steadyCollector) look() bool {
	if !c.clock.due(c.read()) {
		return false
	}
	runtime.GC()
	c.clock.collected(c.read())
	return true
}
