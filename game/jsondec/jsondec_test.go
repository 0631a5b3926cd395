package jsondec

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"spinefusion/assets"
)

// The decoder must accept and refuse what encoding/json does and, when it
// accepts, give the same values. These fuzz tests compare the two.

// seeds are the app's own JSON files and texts at the edges of the syntax.
func seeds(f *testing.F) {
	for _, fsys := range []fs.FS{assets.Data, assets.I18n} {
		fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".json") {
				b, _ := fs.ReadFile(fsys, p)
				f.Add(b)
			}
			return nil
		})
	}
	for _, s := range []string{
		``, ` `, `null`, `true`, `false`, `tru`, `nul`, `0`, `-0`, `01`, `-`, `1.`, `1.5e`, `1e+5`, `1E-2`, `.5`,
		`1e400`, `-1e400`, `1e-400`, `"a"`, `"\u00e9\ud83d\ude00"`, `"\ud800"`, `"\ud800\u0041"`, `"\udc00x"`,
		`"\x"`, `"\u12"`, "\"\x01\"", "\"\xff\xfe\"", `"a\/b\b\f\n\r\t"`, `[]`, `[1,]`, `[,1]`, `[1 2]`, `{}`,
		`{"a":1,}`, `{"a" 1}`, `{a:1}`, `{"a":1,"a":2}`, `{"A":1,"a":2}`, ` {"s": "x"} `, `{"s":"x"}x`,
		`[[[[[[[[]]]]]]]]`, strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		`{"S":"x","F":1.5,"I":-3,"U":7,"B":true,"P":2,"L":["a","b"],"A":[1,2,3],"M":{"k":{"S":"y"}},"T":"tagged",` +
			`"N":{"F":1},"E":"promoted","R":{"x":[1]},"Any":{"a":[null,1,"s",true]},"f32":3.4e39,"i8":300}`,
		`{"s":1}`, `{"l":"x"}`, `{"a":[1,2]}`, `{"m":[]}`, `{"i":1.5}`, `{"u":-1}`, `{"P":null,"L":null,"M":null}`,
	} {
		f.Add([]byte(s))
	}
}

// sameAsJSON decodes data into a new T with Unmarshal and with
// encoding/json, and fails unless both refuse it or both give equal values.
func sameAsJSON[T any](t *testing.T, data []byte) {
	var got, want T
	err, werr := Unmarshal(data, &got), json.Unmarshal(data, &want)
	if (err != nil) != (werr != nil) {
		t.Fatalf("Unmarshal(%q): error %v; encoding/json: %v", data, err, werr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("Unmarshal(%q) =\n%#v\nencoding/json gives\n%#v", data, got, want)
	}
}

func FuzzAny(f *testing.F) {
	seeds(f)
	f.Fuzz(sameAsJSON[any])
}

// text is an Unmarshaler that keeps the text it is given.
type text string

func (t *text) UnmarshalJSON(b []byte) error { *t = text(b); return nil }

type inner struct {
	S string
	F float64
}

type Promoted struct{ E string }

// typed has a field of each kind the app decodes into.
type typed struct {
	Promoted
	S      string
	F      float64
	F32    float32 `json:"f32"`
	I      int
	I8     int8 `json:"i8"`
	U      uint
	B      bool
	P      *float64
	L      []string
	A      [2]int
	M      map[string]inner
	T      string `json:"tagged"`
	N      inner
	R      text
	Any    any
	Skip   string `json:"-"`
	hidden string
}

func FuzzTyped(f *testing.F) {
	seeds(f)
	f.Fuzz(sameAsJSON[typed])
}

// FuzzDecodeMore compares Decode and More with a json.Decoder reading one
// object of raw values, as the host page's messages are read.
func FuzzDecodeMore(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var got map[string]RawMessage
		rest, err := Decode(data, &got)
		d := json.NewDecoder(bytes.NewReader(data))
		var want map[string]json.RawMessage
		werr := d.Decode(&want)
		if (err != nil) != (werr != nil) {
			t.Fatalf("Decode(%q): error %v; encoding/json: %v", data, err, werr)
		}
		if err != nil {
			return
		}
		if m, wm := More(rest), d.More(); m != wm {
			t.Fatalf("Decode(%q): More = %v; encoding/json: %v", data, m, wm)
		}
		if (got == nil) != (want == nil) || len(got) != len(want) {
			t.Fatalf("Decode(%q) = %q; encoding/json gives %q", data, got, want)
		}
		for k, v := range want {
			if !bytes.Equal(got[k], v) {
				t.Fatalf("Decode(%q)[%q] = %q; encoding/json gives %q", data, k, got[k], v)
			}
		}
	})
}

func TestNeedsPointer(t *testing.T) {
	var m map[string]any
	if Unmarshal([]byte(`{}`), m) == nil {
		t.Error("Unmarshal into a map value (not a pointer) did not fail")
	}
}
