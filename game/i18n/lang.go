package i18n

import (
	"fmt"
	"io/fs"
	"sync"
)

// Lang is one language's texts, read from its files at first use. Its
// methods are safe for concurrent use.
type Lang struct {
	code     string
	fallback *Lang // nil for the Fallback language itself

	fsys  fs.FS
	files []string // its own file first, then its topic files
	once  sync.Once
	texts map[string]string // nil until read (empty if they were malformed)
	err   error
}

// load reads the language's texts once; it returns why they could not be
// read, leaving the language without texts of its own.
func (l *Lang) load() error {
	l.once.Do(func() {
		l.texts, l.err = readLang(l.fsys, l.files)
		if l.err != nil {
			l.texts = map[string]string{}
		}
	})
	return l.err
}

// Code returns the language's lower-case code, e.g. "pt".
func (l *Lang) Code() string { return l.code }

// T returns the text for key: this language's, else English's, else the key
// itself so that a missing text is visible on screen.
//
//go:noinline
func (l *Lang) T(key string) string {
	_ = l.load()
	if s, ok := l.texts[key]; ok {
		return s
	}
	if l.fallback != nil {
		if s, ok := l.fallback.texts[key]; ok {
			return s
		}
	}
	return key
}

// Has reports whether this language itself (not its fallback) has key.
func (l *Lang) Has(key string) bool {
	_ = l.load()
	_, ok := l.texts[key]
	return ok
}

// F formats the text for key with fmt.Sprintf, e.g. F("notice.ignored", name).
// It allocates; call it when the value changes, not every frame.
func (l *Lang) F(key string, args ...any) string {
	return fmt.Sprintf(l.T(key), args...)
}

// Keys returns the keys this language itself defines, in no order.
func (l *Lang) Keys() []string {
	_ = l.load()
	keys := make([]string, 0, len(l.texts))
	for k := range l.texts {
		keys = append(keys, k)
	}
	return keys
}
