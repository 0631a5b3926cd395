package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Fallback is the code of the language every lookup falls back to. Its file
// must exist.
const Fallback = "en"

// Catalog holds every loaded language, keyed by its lower-case code.
type Catalog struct {
	langs map[string]*Lang
	codes []string
}

// Load reads every dir/*.json file of fsys as one language, named after the
// file ("pt.json" is "pt"). Each file is a flat JSON object of strings. It
// fails if a file is malformed or if the Fallback language is missing.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	c := &Catalog{langs: make(map[string]*Lang, len(names))}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var texts map[string]string
		if err := json.Unmarshal(b, &texts); err != nil {
			return nil, fmt.Errorf("i18n: %s: %w", name, err)
		}
		code := strings.ToLower(strings.TrimSuffix(path.Base(name), ".json"))
		c.langs[code] = &Lang{code: code, texts: texts}
		c.codes = append(c.codes, code)
	}
	en, ok := c.langs[Fallback]
	if !ok {
		return nil, fmt.Errorf("i18n: no %s.json in %q", Fallback, dir)
	}
	for _, l := range c.langs {
		if l != en {
			l.fallback = en
		}
	}
	slices.Sort(c.codes)
	return c, nil
}

// Languages returns the codes of the loaded languages, sorted. The slice is
// a copy the caller may keep.
func (c *Catalog) Languages() []string {
	return slices.Clone(c.codes)
}

// Lang returns the best language for a language tag such as "pt-BR",
// "fr_CA" or "de": the exact code if loaded, else its primary subtag, else
// the Fallback language. It never returns nil.
func (c *Catalog) Lang(code string) *Lang {
	if l, ok := c.match(code); ok {
		return l
	}
	return c.langs[Fallback]
}

// Best returns the language for the first tag in prefs that the catalogue
// has (by exact code or primary subtag), as for navigator.languages; the
// Fallback language if none matches.
func (c *Catalog) Best(prefs []string) *Lang {
	for _, p := range prefs {
		if l, ok := c.match(p); ok {
			return l
		}
	}
	return c.langs[Fallback]
}

func (c *Catalog) match(code string) (*Lang, bool) {
	code = strings.ToLower(strings.TrimSpace(code))
	if l, ok := c.langs[code]; ok {
		return l, true
	}
	if i := strings.IndexAny(code, "-_"); i > 0 {
		if l, ok := c.langs[code[:i]]; ok {
			return l, true
		}
	}
	return nil, false
}
