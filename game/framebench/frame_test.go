package framebench

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/game"
	"spinefusion/game/state"
)

// The tests run on their own goroutine; each frame step is handed to the
// loop, which runs it inside its Draw, where drawing is allowed.
type loop struct {
	steps chan func(screen *ebiten.Image)
	done  chan struct{}
}

var theLoop = loop{steps: make(chan func(*ebiten.Image)), done: make(chan struct{})}

var errDone = errors.New("done")

func (l *loop) Update() error {
	select {
	case <-l.done:
		return errDone
	default:
		return nil
	}
}

func (l *loop) Draw(screen *ebiten.Image) {
	select {
	case f := <-l.steps:
		f(screen)
	default:
	}
}

func (l *loop) Layout(w, h int) (int, int) { return 64, 64 }

// onLoop runs f on the game loop inside a Draw and waits for it.
func onLoop(f func()) {
	ran := make(chan struct{})
	theLoop.steps <- func(*ebiten.Image) { f(); close(ran) }
	<-ran
}

func TestMain(m *testing.M) {
	if runtime.GOOS == "linux" && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		fmt.Println("framebench: skipped, no display (run under xvfb-run, as make gotest and make bench do)")
		os.Exit(0)
	}
	code := 0
	go func() {
		code = m.Run()
		close(theLoop.done)
	}()
	ebiten.SetVsyncEnabled(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	ebiten.SetWindowSize(64, 64)
	if err := ebiten.RunGame(&theLoop); err != nil && !errors.Is(err, errDone) {
		fmt.Println("framebench: skipped, the game loop cannot run here:", err)
		os.Exit(0)
	}
	os.Exit(code)
}

const screenW, screenH = 1280, 720

// warmUp is enough frames for a whole cycle of the motion, so that every
// angle readout has been drawn once and is cached.
const warmUp = 400

// newGame returns a game laid out on a 1280×720 screen, its first frames
// drawn into screen.
func newGame(tb testing.TB, screen *ebiten.Image) *game.Game {
	g, err := game.New("bench")
	if err != nil {
		tb.Fatal(err)
	}
	frames(g, screen, warmUp)
	return g
}

// frames runs n ticks and frames of g on the loop.
func frames(g *game.Game, screen *ebiten.Image, n int) {
	for range n {
		onLoop(func() {
			g.Layout(screenW, screenH)
			_ = g.Update()
			g.Draw(screen)
		})
	}
}

// BenchmarkFrame measures one tick and one frame while the spines play:
// Update, then Draw into a 1280×720 offscreen (the frame's commands, not
// the GPU's work). Two metrics:
//
//   - cpu-ns/frame, the budget: the CPU time the game's thread spends in
//     Update and Draw (the thread is held for the measurement);
//   - ns/frame: the wall time inside them. Natively, Ebitengine's render
//     thread and the software OpenGL's threads meanwhile run the previous
//     frame's commands on the same cores, so on a 2-core machine without a
//     GPU this is two to four times the CPU time and swings with the load;
//     the browser build has no render thread.
func BenchmarkFrame(b *testing.B) {
	var screen *ebiten.Image
	onLoop(func() { screen = ebiten.NewImage(screenW, screenH) })
	g := newGame(b, screen)
	var spent, cpu time.Duration
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		onLoop(func() {
			runtime.LockOSThread()
			c := threadCPU()
			t := time.Now()
			_ = g.Update()
			g.Draw(screen)
			spent += time.Since(t)
			cpu += threadCPU() - c
			runtime.UnlockOSThread()
		})
		n++
	}
	b.ReportMetric(float64(spent.Nanoseconds())/float64(n), "ns/frame")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/frame")
	}
}

// TestFrameAllocs checks that steady-state frames while playing (Update
// and Draw) allocate nothing. Every allocation is sampled and only those
// made below the game's own code count: Ebitengine's native OpenGL driver
// allocates on its own thread, which the browser build does not have.
func TestFrameAllocs(t *testing.T) {
	var screen *ebiten.Image
	onLoop(func() { screen = ebiten.NewImage(screenW, screenH) })
	rate := runtime.MemProfileRate
	runtime.MemProfileRate = 0
	g := newGame(t, screen)
	before := gameAllocs()
	frames(g, screen, 5) // refill the pools the collections emptied
	runtime.MemProfileRate = 1
	const n = 100
	frames(g, screen, n)
	runtime.MemProfileRate = 0
	after := gameAllocs()
	runtime.MemProfileRate = rate
	if after > before {
		t.Errorf("%d playing frames allocated %d times in the game's code; want 0", n, after-before)
	}
}

// gameAllocs counts the sampled allocations whose stack passes through a
// package of the game (not this one).
func gameAllocs() int64 {
	runtime.GC()
	runtime.GC() // the profile is as of the last completed collection
	var recs []runtime.MemProfileRecord
	n, _ := runtime.MemProfile(nil, true)
	for {
		recs = make([]runtime.MemProfileRecord, n+50)
		var ok bool
		if n, ok = runtime.MemProfile(recs, true); ok {
			recs = recs[:n]
			break
		}
	}
	var total int64
	for _, r := range recs {
		if r.AllocObjects > 0 && ours(r.Stack()) {
			total += r.AllocObjects
			if os.Getenv("FRAMEBENCH_DEBUG") != "" {
				println(r.AllocObjects, fmtStack(r.Stack()))
			}
		}
	}
	return total
}

// nativeOnly are Ebitengine's packages that only the desktop build runs
// (its OpenGL thread, GLFW): what they allocate is not the browser's.
var nativeOnly = []string{
	"github.com/hajimehoshi/ebiten/v2/internal/thread.",
	"github.com/hajimehoshi/ebiten/v2/internal/glfw.",
	"github.com/hajimehoshi/ebiten/v2/internal/graphicsdriver/opengl",
	"github.com/hajimehoshi/ebiten/v2/internal/ui.(*glfwBackend)",
}

// ours reports whether an allocation's stack passes through the game's code
// (not this package) and through none of nativeOnly.
func ours(stack []uintptr) bool {
	game := false
	fr := runtime.CallersFrames(stack)
	for {
		f, more := fr.Next()
		for _, p := range nativeOnly {
			if strings.HasPrefix(f.Function, p) {
				return false
			}
		}
		if strings.HasPrefix(f.Function, "spinefusion/game") && !strings.HasPrefix(f.Function, "spinefusion/game/framebench") {
			game = true
		}
		if !more {
			return game
		}
	}
}

// fmtStack names the innermost functions of a stack.
func fmtStack(pcs []uintptr) string {
	var b strings.Builder
	fr := runtime.CallersFrames(pcs)
	for i := 0; i < 6; i++ {
		f, more := fr.Next()
		b.WriteString(" < " + f.Function)
		if !more {
			break
		}
	}
	return b.String()
}

// TestFirstFrames draws the first frames (the dry pass included, see
// game.warm) of every region, condition and view: none may fail, whatever
// the drawing code does with the dry pass's disposed image.
func TestFirstFrames(t *testing.T) {
	var screen *ebiten.Image
	onLoop(func() { screen = ebiten.NewImage(screenW, screenH) })
	for _, region := range state.Regions {
		for _, cond := range state.Conditions {
			for _, view := range state.Views {
				g, err := game.New("test")
				if err != nil {
					t.Fatal(err)
				}
				g.Store().Apply(map[string]any{"region": region, "condition": cond, "view": view, "playing": false})
				frames(g, screen, 2)
			}
		}
	}
}

// BenchmarkFirstFrame measures what the app does before its first picture,
// natively: game.New (the tables, the translations, the widgets), then the
// first tick and frame at 1280×720, which rasterise every sprite and text
// image the frame needs. The browser's time to first frame adds WebGL's
// start and the uploads to this.
func BenchmarkFirstFrame(b *testing.B) {
	var screen *ebiten.Image
	onLoop(func() { screen = ebiten.NewImage(screenW, screenH) })
	for b.Loop() {
		g, err := game.New("bench")
		if err != nil {
			b.Fatal(err)
		}
		frames(g, screen, 1)
	}
}

// The app starts with the garbage collector held back (game.StartUp) and the
// first frame hands over to the steady target with no memory limit: a game
// that never reached its first frame would otherwise never collect.
func TestStartUpCollectsFromTheFirstFrame(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	game.StartUp()
	if p := debug.SetGCPercent(-1); p < 1000 {
		t.Fatalf("after StartUp the GC target is %d%%, want it held back (1000%% or more)", p)
	}
	if l := debug.SetMemoryLimit(-1); l == math.MaxInt64 || l <= 0 {
		t.Fatalf("after StartUp no memory limit bounds the heap (%d)", l)
	}
	g, err := game.New("test")
	if err != nil {
		t.Fatal(err)
	}
	var screen *ebiten.Image
	onLoop(func() { screen = ebiten.NewImage(screenW, screenH) })
	frames(g, screen, 1)
	if p := debug.SetGCPercent(-1); p <= 0 || p >= 1000 {
		t.Errorf("after the first frame the GC target is %d%%, want a steady one", p)
	}
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("after the first frame the memory limit is %d, want none", l)
	}
}
