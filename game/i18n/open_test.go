package i18n_test

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"spinefusion/game/i18n"
)

// countingFS counts the files read whole through it (fs.ReadFile), not
// the opens fs.Glob makes to list directories.
type countingFS struct {
	fs.FS
	read map[string]int
}

func (c countingFS) ReadFile(name string) ([]byte, error) {
	c.read[name]++
	return fs.ReadFile(c.FS, name)
}

// TestOpenReadsOnlyWhatIsUsed checks that Open reads the Fallback language
// at once and every other language only when it is first used, and then
// only once.
func TestOpenReadsOnlyWhatIsUsed(t *testing.T) {
	fsys := countingFS{os.DirFS("../../assets"), map[string]int{}}
	c, err := i18n.Open(fsys, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	for name := range fsys.read {
		if strings.HasSuffix(name, ".json") && !strings.HasSuffix(name, "/en.json") {
			t.Errorf("Open read %s before any German, Spanish, French or Portuguese text was asked for", name)
		}
	}
	if fsys.read["i18n/en.json"] != 1 {
		t.Errorf("Open read i18n/en.json %d times, want 1", fsys.read["i18n/en.json"])
	}
	de := c.Lang("de")
	if got := de.T("ui.play"); got == c.Lang("en").T("ui.play") || got == "ui.play" {
		t.Errorf("German ui.play = %q: not German", got)
	}
	de.T("ui.pause")
	if n := fsys.read["i18n/de.json"]; n != 1 {
		t.Errorf("i18n/de.json read %d times after two German texts, want 1", n)
	}
	if n := fsys.read["i18n/pt.json"]; n != 0 {
		t.Errorf("i18n/pt.json read %d times though no Portuguese text was used", n)
	}
}

// TestOpenMatchesLoad checks that every language opened lazily has the same
// texts as one loaded at once.
func TestOpenMatchesLoad(t *testing.T) {
	loaded := load(t)
	opened, err := i18n.Open(os.DirFS("../../assets"), "i18n")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range loaded.Languages() {
		want, got := loaded.Lang(code), opened.Lang(code)
		if len(got.Keys()) != len(want.Keys()) {
			t.Errorf("%s: %d keys opened, %d loaded", code, len(got.Keys()), len(want.Keys()))
		}
		for _, k := range want.Keys() {
			if got.T(k) != want.T(k) {
				t.Errorf("%s %s: %q opened, %q loaded", code, k, got.T(k), want.T(k))
			}
		}
	}
}

// TestOpenMalformedLanguage checks that a malformed language fails Load,
// but Open: it then shows the Fallback's texts, and the Fallback's own
// malformed file fails Open at once.
func TestOpenMalformedLanguage(t *testing.T) {
	fsys := fstest.MapFS{
		"i18n/en.json":      {Data: []byte(`{"hello": "Hello", "bye": "Bye"}`)},
		"i18n/de.json":      {Data: []byte(`{"hello": "Hallo"`)},
		"i18n/fr.json":      {Data: []byte(`{"hello": "Bonjour"}`)},
		"i18n/tour/fr.json": {Data: []byte(`{"hello": "Salut"}`)},
	}
	if _, err := i18n.Load(fsys, "i18n"); err == nil {
		t.Error("Load accepted a malformed de.json")
	}
	c, err := i18n.Open(fsys, "i18n")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got := c.Lang("de").T("hello"); got != "Hello" {
		t.Errorf("malformed German: hello = %q, want the English Hello", got)
	}
	if got := c.Lang("fr").T("hello"); got != "Hello" {
		t.Errorf("French with a key defined twice: hello = %q, want the English Hello", got)
	}
	fsys["i18n/en.json"] = &fstest.MapFile{Data: []byte(`{`)}
	if _, err := i18n.Open(fsys, "i18n"); err == nil {
		t.Error("Open accepted a malformed fallback language")
	}
}
