package game

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"spinefusion/game/ui"
)

// keyConsts reads the ui.Key constants from game/ui/input.go: names in
// order, each 1 << its place (the block is "KeyTab Key = 1 << iota").
func keyConsts(t *testing.T) map[string]ui.Key {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("ui", "input.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]ui.Key{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST || len(g.Specs) == 0 {
			continue
		}
		first := g.Specs[0].(*ast.ValueSpec)
		if id, ok := first.Type.(*ast.Ident); !ok || id.Name != "Key" {
			continue
		}
		for i, s := range g.Specs {
			for _, n := range s.(*ast.ValueSpec).Names {
				out[n.Name] = 1 << i
			}
		}
	}
	if out["KeyTab"] != ui.KeyTab || out["KeyQuestion"] != ui.KeyQuestion || len(out) < 10 {
		t.Fatalf("could not read the Key constants: %v", out)
	}
	return out
}

// handledKeys lists the keys the app reacts to: every Key constant named in
// the game package and in the widgets (not where keys are declared and read
// from the device).
func handledKeys(t *testing.T, consts map[string]ui.Key) map[string]string {
	t.Helper()
	out := map[string]string{}
	scan := func(dir string, skip ...string) {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, path := range files {
			base := filepath.Base(path)
			if strings.HasSuffix(base, "_test.go") || strings.Contains(strings.Join(skip, " "), base) {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if _, isKey := consts[id.Name]; isKey {
						out[id.Name] = path
					}
				}
				return true
			})
		}
	}
	scan(".", "keys.go") // keys.go declares the help rows themselves
	scan("ui", "input.go", "readinput.go")
	return out
}

// TestEveryHandledKeyIsInTheHelp checks that the help card lists every key
// the app handles, and that each row is translated in every language.
func TestEveryHandledKeyIsInTheHelp(t *testing.T) {
	consts := keyConsts(t)
	var listed ui.Key
	for _, s := range shortcuts {
		listed |= s.keys
	}
	handled := handledKeys(t, consts)
	if len(handled) < 10 {
		t.Fatalf("found only %d handled keys: %v", len(handled), handled)
	}
	for name, where := range handled {
		if consts[name]&listed == 0 {
			t.Errorf("%s is handled (%s) but the help card does not list it", name, where)
		}
	}
	g, err := New("test")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range g.catalog.Languages() {
		l := g.catalog.Lang(code)
		for _, row := range makeShortcuts(l) {
			for _, s := range row {
				if s == "" || strings.HasPrefix(s, "a11y.") || strings.HasPrefix(s, "key.") || strings.HasPrefix(s, "help.") {
					t.Errorf("%s: untranslated help row %q", code, row)
				}
			}
		}
	}
}

// press runs one tick of the game with keys pressed and nothing focused.
func pressKeys(g *Game, k ui.Key) {
	g.in = ui.Input{X: -1, Y: -1, Keys: k}
	g.handleInput()
	g.tick()
}

// TestTimelineKeys checks the timeline's keys with no control focused:
// Page Up and Page Down stop at the start of each healing stage, Home and
// End go to the ends, the arrows move a step.
func TestTimelineKeys(t *testing.T) {
	g, err := New("test")
	if err != nil {
		t.Fatal(err)
	}
	g.store.Apply(map[string]any{"months": 0.5, "playing": false})
	g.tick()
	var want []float64
	for _, st := range g.model.Healing.Stages[1:] {
		want = append(want, st.From)
	}
	want = append(want, 120)
	for _, m := range want {
		pressKeys(g, ui.KeyPageUp)
		if g.st.Months != m {
			t.Fatalf("Page Up: %v months, want %v", g.st.Months, m)
		}
		if m < 120 && g.model.Healing.Stages[g.figures.Stage].From != m {
			t.Errorf("at %v months the stage shown starts at %v", m, g.model.Healing.Stages[g.figures.Stage].From)
		}
	}
	for i := len(want) - 2; i >= 0; i-- {
		pressKeys(g, ui.KeyPageDown)
		if g.st.Months != want[i] {
			t.Fatalf("Page Down: %v months, want %v", g.st.Months, want[i])
		}
	}
	pressKeys(g, ui.KeyHome)
	if g.st.Months != 0 {
		t.Fatalf("Home: %v months", g.st.Months)
	}
	pressKeys(g, ui.KeyRight)
	if m := g.st.Months; !(m > 0 && m < 0.1) {
		t.Fatalf("Right from 0: %v months, want a small step", m)
	}
	pressKeys(g, ui.KeyEnd)
	pressKeys(g, ui.KeyLeft)
	if m := g.st.Months; !(m < 120 && m > 110) {
		t.Fatalf("Left from the end: %v months", m)
	}
	// Space still plays and pauses.
	pressKeys(g, ui.KeySpace)
	if !g.st.Playing {
		t.Error("Space did not start playing")
	}
}
