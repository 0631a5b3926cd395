package game

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestGCClockCountsObjectsSinceTheLastCollection(t *testing.T) {
	c := gcClock{after: 100}
	c.collected(gcSample{cycles: 3, objects: 1000})
	if c.due(gcSample{cycles: 3, objects: 1099}) {
		t.Error("due after 99 objects, want 100")
	}
	if !c.due(gcSample{cycles: 3, objects: 1100}) {
		t.Error("not due after 100 objects")
	}
	// The runtime collected by itself meanwhile: the count starts again.
	if c.due(gcSample{cycles: 4, objects: 5000}) {
		t.Error("due just after the runtime's own collection")
	}
	if c.due(gcSample{cycles: 4, objects: 5099}) {
		t.Error("due 99 objects after the runtime's own collection")
	}
	if !c.due(gcSample{cycles: 4, objects: 5100}) {
		t.Error("not due 100 objects after the runtime's own collection")
	}
	c.collected(gcSample{cycles: 5, objects: 5100})
	if c.due(gcSample{cycles: 5, objects: 5150}) {
		t.Error("due 50 objects after its own collection")
	}
}

var collectSink []*[2]int

func TestSteadyCollectorCollectsWhatPiledUp(t *testing.T) {
	// Only this test's collections count: the runtime's own are off.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	allocate := func(n int) {
		for i := 0; i < n; i++ {
			collectSink = append(collectSink[:0], new([2]int))
		}
	}
	cycles := func() uint32 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.NumGC
	}
	c := newSteadyCollector(5000)
	if c.look() {
		t.Fatal("collected with nothing allocated")
	}
	allocate(6000)
	before := cycles()
	if !c.look() {
		t.Fatal("did not collect after 6000 objects")
	}
	if got := cycles(); got != before+1 {
		t.Fatalf("collections went from %d to %d, want one more", before, got)
	}
	allocate(100)
	if c.look() {
		t.Fatal("collected again after 100 objects")
	}
	// A collection made by someone else meanwhile starts the count again.
	allocate(3000)
	runtime.GC()
	allocate(3000)
	if c.look() {
		t.Fatal("collected 3000 objects after another collection")
	}
	allocate(6000)
	if !c.look() {
		t.Fatal("did not collect 6000 objects after the other collection")
	}
}
