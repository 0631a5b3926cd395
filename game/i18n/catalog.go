package i18n

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"spinefusion/game/jsondec"
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
// file ("pt.json" is "pt"), then merges each topic file dir/<topic>/<code>.json
// (for example "i18n/tour/pt.json") into the language of the same code, so
// that a feature can keep its texts in its own folder. Each file is a flat
// JSON object of strings. It fails if a file is malformed, if a topic file
// names a language with no dir/<code>.json, if a key is defined twice, or if
// the Fallback language is missing.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	c, err := Open(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, code := range c.codes {
		if err := c.langs[code].load(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Open is Load reading only the Fallback language at once: each other
// language is read when it is first used, so that the app's start does not
// parse four languages nobody asked for. A language whose files turn out
// malformed then has no texts of its own and shows the Fallback's (Load,
// which the tests use on the embedded files, reports it instead).
func Open(fsys fs.FS, dir string) (*Catalog, error) {
	names, topicDirs, err := listJSON(fsys, dir)
	if err != nil {
		return nil, err
	}
	c := &Catalog{langs: make(map[string]*Lang, len(names))}
	for _, name := range names {
		code := langCode(name)
		c.langs[code] = &Lang{code: code, fsys: fsys, files: []string{name}}
		c.codes = append(c.codes, code)
	}
	for _, sub := range topicDirs {
		topics, _, err := listJSON(fsys, sub)
		if err != nil {
			return nil, err
		}
		for _, name := range topics {
			l, ok := c.langs[langCode(name)]
			if !ok {
				return nil, fmt.Errorf("i18n: %s: no language %q in %q", name, langCode(name), dir)
			}
			l.files = append(l.files, name)
		}
	}
	en, ok := c.langs[Fallback]
	if !ok {
		return nil, fmt.Errorf("i18n: no %s.json in %q", Fallback, dir)
	}
	if err := en.load(); err != nil {
		return nil, err
	}
	for _, l := range c.langs {
		if l != en {
			l.fallback = en
		}
	}
	slices.Sort(c.codes)
	return c, nil
}

// listJSON returns the .json files and the folders directly in dir, as
// paths from fsys's root, in name order. (A listing rather than fs.Glob,
// whose pattern matcher is code the start would wait for.)
func listJSON(fsys fs.FS, dir string) (files, dirs []string, err error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := dir + "/" + e.Name()
		switch {
		case e.IsDir():
			dirs = append(dirs, name)
		case strings.HasSuffix(e.Name(), ".json"):
			files = append(files, name)
		}
	}
	return files, dirs, nil
}

// readLang reads a language's files into one map of texts: its own file,
// then its topic files, none of which may define a key again.
func readLang(fsys fs.FS, files []string) (map[string]string, error) {
	var all map[string]string
	for i, name := range files {
		texts, err := readTexts(fsys, name)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			all = texts
			continue
		}
		for k, v := range texts {
			if _, dup := all[k]; dup {
				return nil, fmt.Errorf("i18n: %s: key %q is defined twice", name, k)
			}
			all[k] = v
		}
	}
	return all, nil
}

func readTexts(fsys fs.FS, name string) (map[string]string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var texts map[string]string
	if err := jsondec.Unmarshal(b, &texts); err != nil {
		return nil, fmt.Errorf("i18n: %s: %w", name, err)
	}
	if texts == nil {
		texts = map[string]string{}
	}
	return texts, nil
}

func langCode(name string) string {
	return strings.ToLower(strings.TrimSuffix(name[strings.LastIndexByte(name, '/')+1:], ".json"))
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
