package assets

import (
	"encoding/json"
	"io/fs"
	"testing"
)

// TestEverySourceIsCited walks every data table and checks that each value's
// "source" names an entry of that file's "sources".
func TestEverySourceIsCited(t *testing.T) {
	files, err := fs.Glob(Data, "data/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		b, err := fs.ReadFile(Data, name)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sources, _ := doc["sources"].(map[string]any)
		if len(sources) == 0 {
			t.Errorf("%s: no sources", name)
		}
		n := 0
		var walk func(path string, v any)
		walk = func(path string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, c := range v {
					if path == "" && k == "sources" {
						continue
					}
					if k == "source" {
						n++
						key, _ := c.(string)
						if s, _ := sources[key].(string); s == "" {
							t.Errorf("%s: %s.source %q is not in sources", name, path, key)
						}
						continue
					}
					walk(path+"."+k, c)
				}
			case []any:
				for _, c := range v {
					walk(path+"[]", c)
				}
			}
		}
		walk("", doc)
		if n == 0 {
			t.Errorf("%s: no value names a source", name)
		}
	}
}
