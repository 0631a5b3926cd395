package i18n_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"spinefusion/game/i18n"
)

// The real files, read from disk so this package does not import assets.
func load(t *testing.T) *i18n.Catalog {
	t.Helper()
	c, err := i18n.Load(os.DirFS("../../assets"), "i18n")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLanguages(t *testing.T) {
	got := load(t).Languages()
	want := []string{"de", "en", "es", "fr", "pt"}
	if !slices.Equal(got, want) {
		t.Fatalf("Languages() = %v, want %v", got, want)
	}
}

func TestSameKeysAsEnglish(t *testing.T) {
	c := load(t)
	en := c.Lang("en")
	enKeys := en.Keys()
	for _, code := range c.Languages() {
		l := c.Lang(code)
		if l.Code() != code {
			t.Fatalf("Lang(%q).Code() = %q", code, l.Code())
		}
		for _, k := range enKeys {
			if !l.Has(k) {
				t.Errorf("%s: missing key %q", code, k)
			}
		}
		for _, k := range l.Keys() {
			if !en.Has(k) {
				t.Errorf("%s: extra key %q not in en", code, k)
			}
		}
	}
}

func TestNoEmptyTexts(t *testing.T) {
	c := load(t)
	for _, code := range c.Languages() {
		l := c.Lang(code)
		for _, k := range l.Keys() {
			if strings.TrimSpace(l.T(k)) == "" {
				t.Errorf("%s: %q is empty", code, k)
			}
		}
	}
}

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

func verbs(s string) []string {
	v := verb.FindAllString(s, -1)
	slices.Sort(v)
	return v
}

func TestPlaceholdersMatchEnglish(t *testing.T) {
	c := load(t)
	en := c.Lang("en")
	for _, code := range c.Languages() {
		l := c.Lang(code)
		for _, k := range en.Keys() {
			if w, g := verbs(en.T(k)), verbs(l.T(k)); !slices.Equal(w, g) {
				t.Errorf("%s: %q has placeholders %v, English has %v", code, k, g, w)
			}
		}
	}
}

// requiredKeys must be in English.
var requiredKeys = []string{
	"app.title", "ui.play", "ui.pause", "ui.help", "ui.speed", "ui.labels",
	"motion.flexion-extension", "motion.lateral-bending", "motion.axial-rotation",
	"view.compare", "view.before", "view.after", "help.title", "help.space",
	"notice.ignored", "disclaimer",
}

func TestRequiredKeys(t *testing.T) {
	en := load(t).Lang("en")
	for _, k := range requiredKeys {
		if !en.Has(k) {
			t.Errorf("en: missing %q", k)
		}
	}
	if got := en.T("disclaimer"); got != "Educational illustration, not medical advice." {
		t.Errorf("disclaimer = %q", got)
	}
	if got := en.F("notice.ignored", "x.json"); got != "Ignored: x.json" {
		t.Errorf("F = %q", got)
	}
}

func testFS() fstest.MapFS {
	return fstest.MapFS{
		"l/en.json": {Data: []byte(`{"a": "A", "b": "B"}`)},
		"l/pt.json": {Data: []byte(`{"a": "Á"}`)},
		"l/fr.json": {Data: []byte(`{"a": "À", "b": "Bé"}`)},
	}
}

func TestMatchAndFallback(t *testing.T) {
	c, err := i18n.Load(testFS(), "l")
	if err != nil {
		t.Fatal(err)
	}
	for tag, want := range map[string]string{
		"pt-BR": "pt", "PT_pt": "pt", "pt": "pt", "fr-CA": "fr",
		"xx": "en", "": "en", "en-GB": "en", "zh-Hant-TW": "en",
	} {
		if got := c.Lang(tag).Code(); got != want {
			t.Errorf("Lang(%q) = %q, want %q", tag, got, want)
		}
	}
	if got := c.Best([]string{"ja", "fr-FR", "pt"}).Code(); got != "fr" {
		t.Errorf("Best = %q, want fr", got)
	}
	if got := c.Best(nil).Code(); got != "en" {
		t.Errorf("Best(nil) = %q, want en", got)
	}
	pt := c.Lang("pt")
	if got := pt.T("a"); got != "Á" {
		t.Errorf("own text: %q", got)
	}
	if got := pt.T("b"); got != "B" {
		t.Errorf("English fallback: %q", got)
	}
	if got := pt.T("missing.key"); got != "missing.key" {
		t.Errorf("key fallback: %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := i18n.Load(fstest.MapFS{"l/fr.json": {Data: []byte(`{}`)}}, "l"); err == nil {
		t.Error("no en.json: want error")
	}
	bad := fstest.MapFS{"l/en.json": {Data: []byte(`{"a": 1}`)}}
	if _, err := i18n.Load(bad, "l"); err == nil {
		t.Error("non-string value: want error")
	}
	dup := testFS()
	dup["l/tour/en.json"] = &fstest.MapFile{Data: []byte(`{"a": "again"}`)}
	if _, err := i18n.Load(dup, "l"); err == nil {
		t.Error("key defined twice: want error")
	}
	orphan := testFS()
	orphan["l/tour/xx.json"] = &fstest.MapFile{Data: []byte(`{"t": "T"}`)}
	if _, err := i18n.Load(orphan, "l"); err == nil {
		t.Error("topic file for an unknown language: want error")
	}
}

func TestTopicFilesMerge(t *testing.T) {
	fsys := testFS()
	fsys["l/tour/en.json"] = &fstest.MapFile{Data: []byte(`{"tour.one": "One"}`)}
	fsys["l/tour/fr.json"] = &fstest.MapFile{Data: []byte(`{"tour.one": "Un"}`)}
	c, err := i18n.Load(fsys, "l")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Lang("fr").T("tour.one"); got != "Un" {
		t.Errorf("fr tour.one = %q, want Un", got)
	}
	if got := c.Lang("fr").T("a"); got != "À" {
		t.Errorf("fr a = %q, want À (main file still read)", got)
	}
	if got := c.Lang("pt").T("tour.one"); got != "One" {
		t.Errorf("pt tour.one = %q, want the English fallback", got)
	}
}
