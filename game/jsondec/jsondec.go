// Package jsondec decodes JSON into Go values as encoding/json's Unmarshal
// does, for the app's data tables, its translations and the host page's
// messages. It exists for the download: encoding/json's decoder is about
// 90 kB of WebAssembly code that the app would add to Ebitengine's own
// (which already has the encoder), while this one reuses the reflect,
// strconv and unicode code that is there anyway.
//
// It accepts and refuses the same texts as encoding/json (its tests compare
// the two on fuzzed input) and fills the same kinds of values: structs
// (exported fields matched by their json tag or name, exactly and then
// ignoring case), maps with string keys, slices, arrays, pointers, strings,
// numbers, booleans, empty interfaces (map[string]any, []any, float64,
// string, bool, nil), RawMessage and types with an UnmarshalJSON method.
// What it leaves out: []byte as base64, the ",string" option, maps with
// number keys, encoding.TextUnmarshaler and json.Number.
//
// The first error stops it (encoding/json goes on past a wrongly typed
// value and reports it at the end); the value may then be half filled, and
// callers throw it away.
package jsondec

import (
	"errors"
	"reflect"
	"strconv"
	"sync"
)

// RawMessage is a JSON value kept as its text, to decode later.
type RawMessage []byte

// Unmarshaler is a type that decodes its own JSON value.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// maxDepth is how deeply arrays and objects may nest, as in encoding/json.
const maxDepth = 10000

var (
	rawType         = reflect.TypeFor[RawMessage]()
	unmarshalerType = reflect.TypeFor[Unmarshaler]()
)

// Unmarshal decodes the JSON text data into the value v points to.
func Unmarshal(data []byte, v any) error {
	rest, err := Decode(data, v)
	if err != nil {
		return err
	}
	if rest = skipSpace(rest); len(rest) > 0 {
		return syntaxError(len(data)-len(rest), "invalid character "+quoteChar(rest[0])+" after top-level value")
	}
	return nil
}

// Decode decodes the first JSON value in data, after any white space, into
// the value v points to and returns the text after it, as a json.Decoder's
// Decode reads one value of a stream.
func Decode(data []byte, v any) (rest []byte, err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, errors.New("jsondec: Decode needs a non-nil pointer")
	}
	d := decoder{data: data}
	if err := d.value(rv.Elem()); err != nil {
		return nil, err
	}
	return data[d.pos:], nil
}

// More reports whether rest, the text after a value, holds another value of
// the stream, as json.Decoder's More does after a Decode: there is more
// unless only white space, or a closing '}' or ']', is left.
func More(rest []byte) bool {
	rest = skipSpace(rest)
	return len(rest) > 0 && rest[0] != '}' && rest[0] != ']'
}

// decoder reads one JSON text from data, from pos on.
type decoder struct {
	data  []byte
	pos   int
	depth int
}

func syntaxError(at int, msg string) error {
	return errors.New(msg + " (at byte " + strconv.Itoa(at) + ")")
}

func (d *decoder) syntax(msg string) error { return syntaxError(d.pos, msg) }

// unexpected is the error for the byte at pos, or the end of the text.
func (d *decoder) unexpected(context string) error {
	if d.pos >= len(d.data) {
		return d.syntax("unexpected end of JSON input")
	}
	return d.syntax("invalid character " + quoteChar(d.data[d.pos]) + " " + context)
}

func typeError(what string, t reflect.Type) error {
	return errors.New("cannot unmarshal " + what + " into a Go value of type " + t.String())
}

// quoteChar shows a byte in an error message, as encoding/json does.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	return b
}

// separator reads what follows an array element or an object member: the
// closing bracket (end is true; the caller consumes it, as before) or a
// comma (consumed); anything else is an error saying where it was found.
func (d *decoder) separator(closing byte, where string) (end bool, err error) {
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == closing {
		return true, nil
	}
	if d.pos >= len(d.data) || d.data[d.pos] != ',' {
		return false, d.unexpected(where)
	}
	d.pos++
	return false, nil
}

func (d *decoder) skipSpace() {
	for d.pos < len(d.data) && isSpace(d.data[d.pos]) {
		d.pos++
	}
}

// value decodes the value at pos into v; an invalid v (nowhere to put it)
// only checks the text.
func (d *decoder) value(v reflect.Value) error {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return d.unexpected("")
	}
	c := d.data[d.pos]
	if v.IsValid() {
		if c != 'n' { // null sets a pointer to nil rather than following it
			v = settle(v)
		}
		if v.Type() == rawType || v.CanAddr() && infoOf(v.Type()).unmarshals {
			return d.whole(v)
		}
	}
	switch {
	case c == '{':
		return d.object(v)
	case c == '[':
		return d.array(v)
	case c == '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		return storeString(v, s)
	case c == '-' || c >= '0' && c <= '9':
		return d.number(v)
	case c == 't':
		return d.literal("true", v, reflect.ValueOf(true))
	case c == 'f':
		return d.literal("false", v, reflect.ValueOf(false))
	case c == 'n':
		return d.literal("null", v, reflect.Value{})
	}
	return d.unexpected("looking for beginning of value")
}

// whole hands the text of the value at pos to a RawMessage or an
// Unmarshaler.
func (d *decoder) whole(v reflect.Value) error {
	start := d.pos
	if err := d.value(reflect.Value{}); err != nil {
		return err
	}
	text := append([]byte(nil), d.data[start:d.pos]...)
	if v.Type() == rawType {
		v.SetBytes(text)
		return nil
	}
	return v.Addr().Interface().(Unmarshaler).UnmarshalJSON(text)
}

// settle follows v's pointers, making them as needed, to the value that a
// JSON value other than null goes into.
func settle(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	return v
}

// isAny reports whether v is an empty interface, which takes any value.
func isAny(v reflect.Value) bool { return v.Kind() == reflect.Interface && v.NumMethod() == 0 }

func (d *decoder) literal(word string, v, val reflect.Value) error {
	for i := 0; i < len(word); i++ {
		if d.pos >= len(d.data) || d.data[d.pos] != word[i] {
			return d.unexpected("in literal " + word + " (expecting " + quoteChar(word[i]) + ")")
		}
		d.pos++
	}
	if !v.IsValid() {
		return nil
	}
	if !val.IsValid() { // null: nil for what can be nil, else no change
		switch v.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
			v.SetZero()
		}
		return nil
	}
	v = settle(v)
	switch {
	case v.Kind() == reflect.Bool:
		v.SetBool(val.Bool())
	case isAny(v):
		v.Set(val)
	default:
		return typeError("bool", v.Type())
	}
	return nil
}

func storeString(v reflect.Value, s string) error {
	if !v.IsValid() {
		return nil
	}
	v = settle(v)
	switch {
	case v.Kind() == reflect.String:
		v.SetString(s)
	case isAny(v):
		v.Set(reflect.ValueOf(s))
	default:
		return typeError("string", v.Type())
	}
	return nil
}

// number reads a number, checked as JSON writes them, and stores it as
// encoding/json does: in a float, an int or an empty interface (float64).
func (d *decoder) number(v reflect.Value) error {
	start := d.pos
	if d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == '0':
		d.pos++
	case d.pos < len(d.data) && d.data[d.pos] >= '1' && d.data[d.pos] <= '9':
		d.digits()
	default:
		return d.unexpected("in numeric literal")
	}
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if !d.digits() {
			return d.unexpected("after decimal point in numeric literal")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if !d.digits() {
			return d.unexpected("in exponent of numeric literal")
		}
	}
	if !v.IsValid() {
		return nil
	}
	s := string(d.data[start:d.pos])
	v = settle(v)
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil {
			return typeError("number "+s, v.Type())
		}
		v.SetFloat(f)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v.OverflowInt(n) {
			return typeError("number "+s, v.Type())
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v.OverflowUint(n) {
			return typeError("number "+s, v.Type())
		}
		v.SetUint(n)
	case reflect.Interface:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || !isAny(v) {
			return typeError("number "+s, v.Type())
		}
		v.Set(reflect.ValueOf(f))
	default:
		return typeError("number", v.Type())
	}
	return nil
}

// digits reads a run of decimal digits and reports whether there was one.
func (d *decoder) digits() bool {
	start := d.pos
	for d.pos < len(d.data) && d.data[d.pos] >= '0' && d.data[d.pos] <= '9' {
		d.pos++
	}
	return d.pos > start
}

// enter and leave count the nesting of arrays and objects.
func (d *decoder) enter() error {
	d.depth++
	if d.depth > maxDepth {
		return d.syntax("exceeded max depth")
	}
	d.pos++ // the '{' or '['
	return nil
}

func (d *decoder) leave() { d.depth--; d.pos++ }

// array decodes [...] into a slice, an array or an empty interface.
func (d *decoder) array(v reflect.Value) error {
	if err := d.enter(); err != nil {
		return err
	}
	if v.IsValid() {
		v = settle(v)
	}
	var list []any // for an empty interface
	kind := reflect.Invalid
	if v.IsValid() {
		kind = v.Kind()
		switch {
		case kind == reflect.Slice:
			v.SetLen(0)
		case kind == reflect.Array:
		case isAny(v):
			list = []any{}
		default:
			return typeError("array", v.Type())
		}
	}
	n := 0
	for first := true; ; first = false {
		d.skipSpace()
		if first && d.pos < len(d.data) && d.data[d.pos] == ']' {
			break
		}
		var elem reflect.Value
		var item any
		switch {
		case kind == reflect.Slice:
			v.Grow(1)
			v.SetLen(n + 1)
			elem = v.Index(n)
			elem.SetZero()
		case kind == reflect.Array && n < v.Len():
			elem = v.Index(n)
		case list != nil:
			elem = reflect.ValueOf(&item).Elem()
		}
		if err := d.value(elem); err != nil {
			return err
		}
		if list != nil {
			list = append(list, item)
		}
		n++
		if end, err := d.separator(']', "after array element"); end || err != nil {
			if err != nil {
				return err
			}
			break
		}
	}
	d.leave()
	switch {
	case kind == reflect.Slice && n == 0 && v.IsNil():
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	case kind == reflect.Array:
		for i := n; i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
	case list != nil:
		v.Set(reflect.ValueOf(list))
	}
	return nil
}

// object decodes {...} into a struct, a map with string keys or an empty
// interface.
func (d *decoder) object(v reflect.Value) error {
	if err := d.enter(); err != nil {
		return err
	}
	var dst target
	if v.IsValid() {
		var err error
		if dst, err = targetOf(settle(v)); err != nil {
			return err
		}
	}
	for first := true; ; first = false {
		d.skipSpace()
		if first && d.pos < len(d.data) && d.data[d.pos] == '}' {
			break
		}
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return d.unexpected("looking for beginning of object key string")
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		d.skipSpace()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return d.unexpected("after object key")
		}
		d.pos++
		var elem reflect.Value
		if dst != nil {
			elem = dst.elem(key)
		}
		if err := d.value(elem); err != nil {
			return err
		}
		if dst != nil {
			dst.store(key, elem)
		}
		if end, err := d.separator('}', "after object key:value pair"); end || err != nil {
			if err != nil {
				return err
			}
			break
		}
	}
	d.leave()
	if dst != nil {
		dst.done()
	}
	return nil
}

// typeInfo is what decoding asks of a type, worked out once per type: the
// tables are hundreds of small objects of a few types, and asking
// reflection again for each (a struct's fields and tags, a pointer type's
// methods) was most of their decoding in the browser.
type typeInfo struct {
	unmarshals bool   // *T is an Unmarshaler
	fields     fields // a struct's JSON members (fieldsOf)
}

var (
	infoMu sync.Mutex
	infos  = map[reflect.Type]*typeInfo{}
)

func infoOf(t reflect.Type) *typeInfo {
	infoMu.Lock()
	defer infoMu.Unlock()
	in, ok := infos[t]
	if !ok {
		in = &typeInfo{unmarshals: reflect.PointerTo(t).Implements(unmarshalerType)}
		if t.Kind() == reflect.Struct {
			in.fields = fieldsOf(t)
		}
		infos[t] = in
	}
	return in
}

// target is where an object's members go: elem gives the value that a
// key's value is decoded into, store keeps it, done ends the object.
type target interface {
	elem(key string) reflect.Value
	store(key string, elem reflect.Value)
	done()
}

func targetOf(v reflect.Value) (target, error) {
	switch {
	case v.Kind() == reflect.Struct:
		return structTarget{v, infoOf(v.Type()).fields}, nil
	case v.Kind() == reflect.Map && v.Type().Key().Kind() == reflect.String:
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		return mapTarget{v}, nil
	case isAny(v):
		return &anyTarget{v: v, m: map[string]any{}}, nil
	}
	return nil, typeError("object", v.Type())
}

// structTarget fills a struct's fields in place; unknown keys are skipped.
type structTarget struct {
	v      reflect.Value
	fields fields
}

func (t structTarget) elem(key string) reflect.Value {
	if i := t.fields.find(key); i != nil {
		return t.v.FieldByIndex(i)
	}
	return reflect.Value{}
}
func (structTarget) store(string, reflect.Value) {}
func (structTarget) done()                       {}

// mapTarget decodes each value into a fresh element, then sets it.
type mapTarget struct{ v reflect.Value }

func (t mapTarget) elem(string) reflect.Value { return reflect.New(t.v.Type().Elem()).Elem() }
func (t mapTarget) store(key string, elem reflect.Value) {
	k := reflect.ValueOf(key)
	if kt := t.v.Type().Key(); kt != k.Type() {
		k = k.Convert(kt)
	}
	t.v.SetMapIndex(k, elem)
}
func (mapTarget) done() {}

// anyTarget builds a map[string]any and puts it in the interface at the end.
type anyTarget struct {
	v    reflect.Value
	m    map[string]any
	item any
}

func (t *anyTarget) elem(string) reflect.Value {
	t.item = nil
	return reflect.ValueOf(&t.item).Elem()
}
func (t *anyTarget) store(key string, _ reflect.Value) { t.m[key] = t.item }
func (t *anyTarget) done()                             { t.v.Set(reflect.ValueOf(t.m)) }
