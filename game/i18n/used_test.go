package i18n_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEveryKeyIsUsed checks that the app's code can name every English
// key: the key is a string in a Go file of the game (tests aside), or is
// made from one, as "condition." + name or "describe.scene" + ".clinical"
// are. A key no code names is a text nobody sees, still to be translated.
// The keys TestRequiredKeys asks for are let be (the app no longer shows
// "ui.help", "help.space" and "notice.ignored").
func TestEveryKeyIsUsed(t *testing.T) {
	strs := map[string]bool{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					strs[s] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range load(t).Lang("en").Keys() {
		if !named(k, strs) && !slices.Contains(requiredKeys, k) {
			t.Errorf("no code names the key %q", k)
		}
	}
}

// named reports whether k is one of strs, or one of them followed by more
// after a dot: "stage." + stage, or the key "op.step.0" + ".acdf".
func named(k string, strs map[string]bool) bool {
	if strs[k] {
		return true
	}
	for i := strings.LastIndexByte(k, '.'); i > 0; i = strings.LastIndexByte(k[:i], '.') {
		if strs[k[:i+1]] || (strings.Contains(k[:i], ".") && strs[k[:i]]) {
			return true
		}
	}
	return false
}
