package jsondec

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// str reads the string at pos and returns it unquoted. As encoding/json
// does, it turns bytes that are not UTF-8, and \u escapes of a lone
// surrogate, into U+FFFD.
func (d *decoder) str() (string, error) {
	d.pos++ // the opening quote
	start := d.pos
	plain := true // no escapes and only UTF-8: the text is the string
	for {
		if d.pos >= len(d.data) {
			return "", d.unexpected("")
		}
		c := d.data[d.pos]
		switch {
		case c == '"':
			text := d.data[start:d.pos]
			d.pos++
			if plain {
				return string(text), nil
			}
			return unquote(text), nil
		case c == '\\':
			plain = false
			d.pos++
			if d.pos >= len(d.data) {
				return "", d.unexpected("")
			}
			switch d.data[d.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				d.pos++
			case 'u':
				d.pos++
				for range 4 {
					if d.pos >= len(d.data) || hexValue(d.data[d.pos]) < 0 {
						return "", d.unexpected("in \\u hexadecimal character escape")
					}
					d.pos++
				}
			default:
				return "", d.unexpected("in string escape code")
			}
		case c < 0x20:
			return "", d.unexpected("in string literal")
		case c < utf8.RuneSelf:
			d.pos++
		default:
			r, n := utf8.DecodeRune(d.data[d.pos:])
			if r == utf8.RuneError && n == 1 {
				plain = false
			}
			d.pos += n
		}
	}
}

func hexValue(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// u4 reads the four hex digits after a "\u" at the start of b, or gives -1.
func u4(b []byte) rune {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[2:6] {
		h := hexValue(c)
		if h < 0 {
			return -1
		}
		r = r<<4 | h
	}
	return r
}

// unquote decodes the escapes of a string's text, already checked by str.
func unquote(text []byte) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\\' && text[i+1] == 'u':
			r := u4(text[i:])
			i += 6
			if utf16.IsSurrogate(r) {
				if pair := utf16.DecodeRune(r, u4(text[i:])); pair != unicode.ReplacementChar {
					r = pair
					i += 6
				} else {
					r = unicode.ReplacementChar
				}
			}
			b.WriteRune(r)
		case c == '\\':
			b.WriteByte(unescape[text[i+1]])
			i += 2
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, n := utf8.DecodeRune(text[i:])
			b.WriteRune(r) // RuneError for a byte that is not UTF-8
			i += n
		}
	}
	return b.String()
}

// unescape maps the letter of a one-letter escape to its byte.
var unescape = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// fields lists a struct type's JSON members, as encoding/json sees them:
// exported fields, named by their tag or their Go name, with the fields of
// untagged embedded structs (not pointers to them) promoted.
type fields []field

type field struct {
	name  string
	index []int
}

func fieldsOf(t reflect.Type) fields {
	var fs fields
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for _, inner := range fieldsOf(f.Type) {
				fs = append(fs, field{inner.name, append([]int{i}, inner.index...)})
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fs = append(fs, field{name, []int{i}})
	}
	return fs
}

// find gives the index of the field named key: the same name, or else the
// first whose name differs only in case.
func (fs fields) find(key string) []int {
	for _, f := range fs {
		if f.name == key {
			return f.index
		}
	}
	for _, f := range fs {
		if strings.EqualFold(f.name, key) {
			return f.index
		}
	}
	return nil
}
