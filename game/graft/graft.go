// Package graft owns how the bone graft in a fused level looks and heals in
// the picture: each graft's particles (shape, size, packing, colours), their
// deterministic layout in a space between two host bone surfaces, and how the
// new bone grows through them month by month. The looks are illustrative,
// loaded from assets/data/grafts.json with a source for each.
package graft

import (
	"fmt"
	"image/color"
	"io/fs"
	"strconv"
	"strings"

	"spinefusion/game/jsondec"
)

// Kind is the form of a graft's particles.
type Kind string

// The particle forms.
const (
	// Chip is an irregular bone chip.
	Chip Kind = "chip"
	// Granule is a small round ceramic granule.
	Granule Kind = "granule"
	// Sponge is a soft strip of collagen sponge.
	Sponge Kind = "sponge"
)

// Look is how one graft is drawn.
type Look struct {
	Kind Kind
	// RadiusMin and RadiusMax bound a particle's radius in millimetres
	// (for a sponge, half its length).
	RadiusMin, RadiusMax float64
	// Packing is the particles' total area (at their nominal size) over the
	// space's; packed graft overlaps, so it may pass 1 (at most 2).
	Packing float64
	// Jagged is how irregular a chip's outline is, 0 (round) to 1.
	Jagged float64
	// Variants is how many different particle pictures there are.
	Variants int
	// Fill, Shade and Line colour a particle's face, its darker side and
	// its outline; Speck colours the marks on it (marrow, pores).
	Fill, Shade, Line, Speck color.RGBA
	// Specks is how many marks each particle carries.
	Specks int
	// Linger is how visible a particle stays once the new bone has reached
	// it, 0 to 1; Ghost is how visible it stays in remodelled bone.
	Linger, Ghost float64
	// ResorbMonths is when the graft has been taken in completely.
	ResorbMonths float64
	// Woven is how dense the new woven bone looks, 0 to 1.
	Woven  float64
	Source string
}

// Tissue is the colours of the healing tissue around the graft.
type Tissue struct {
	// Clot is the blood clot in the packed space on the day of surgery;
	// Fibrous is the soft tissue that replaces it by ClotMonths.
	Clot, Fibrous color.RGBA
	ClotMonths    float64
	// WovenFill, WovenMottle and WovenPore colour the new woven bone, its
	// blotchy unordered mineral and its small vessels.
	WovenFill, WovenMottle, WovenPore color.RGBA
	Source                            string
}

// Table is every graft's look and the tissue colours.
type Table struct {
	Grafts  map[string]*Look
	Tissue  Tissue
	Sources map[string]string
}

// Look returns the look of a graft, or the autograft's for an unknown name.
func (t *Table) Look(name string) *Look {
	if l, ok := t.Grafts[name]; ok {
		return l
	}
	return t.Grafts["autograft"]
}

type lookJSON struct {
	Kind                        Kind
	Radius                      [2]float64
	Packing, Jagged             float64
	Variants, Specks            int
	Fill, Shade, Line, Speck    string
	Linger, Ghost, ResorbMonths float64
	Woven                       float64
	Source                      string
}

type tableJSON struct {
	Sources map[string]string
	Grafts  map[string]lookJSON
	Tissue  struct {
		Clot, Fibrous, WovenFill, WovenMottle, WovenPore string
		ClotMonths                                       float64
		Source                                           string
	}
}

// Load reads data/grafts.json from fsys.
func Load(fsys fs.FS) (*Table, error) {
	b, err := fs.ReadFile(fsys, "data/grafts.json")
	if err != nil {
		return nil, err
	}
	var j tableJSON
	if err := jsondec.Unmarshal(b, &j); err != nil {
		return nil, fmt.Errorf("grafts.json: %w", err)
	}
	t := &Table{Grafts: map[string]*Look{}, Sources: j.Sources}
	var bad error
	col := func(s string) color.RGBA {
		c, err := parseHex(s)
		if err != nil && bad == nil {
			bad = err
		}
		return c
	}
	for name, l := range j.Grafts {
		k := &Look{
			Kind: l.Kind, RadiusMin: l.Radius[0], RadiusMax: l.Radius[1],
			Packing: l.Packing, Jagged: l.Jagged, Variants: l.Variants,
			Fill: col(l.Fill), Shade: col(l.Shade), Line: col(l.Line), Speck: col(l.Speck),
			Specks: l.Specks, Linger: l.Linger, Ghost: l.Ghost,
			ResorbMonths: l.ResorbMonths, Woven: l.Woven, Source: l.Source,
		}
		switch {
		case k.Kind != Chip && k.Kind != Granule && k.Kind != Sponge:
			return nil, fmt.Errorf("grafts.json: %s: unknown kind %q", name, k.Kind)
		case !(k.RadiusMin > 0 && k.RadiusMax >= k.RadiusMin):
			return nil, fmt.Errorf("grafts.json: %s: bad radius", name)
		case !(k.Packing > 0 && k.Packing <= 2) || k.Variants < 1 || !(k.ResorbMonths > 0):
			return nil, fmt.Errorf("grafts.json: %s: bad packing, variants or resorbMonths", name)
		case k.Ghost > k.Linger || k.Linger > 1 || k.Ghost < 0:
			return nil, fmt.Errorf("grafts.json: %s: want 0 <= ghost <= linger <= 1", name)
		}
		t.Grafts[name] = k
	}
	if t.Grafts["autograft"] == nil {
		return nil, fmt.Errorf("grafts.json: no autograft")
	}
	ts := j.Tissue
	t.Tissue = Tissue{Clot: col(ts.Clot), Fibrous: col(ts.Fibrous), ClotMonths: ts.ClotMonths,
		WovenFill: col(ts.WovenFill), WovenMottle: col(ts.WovenMottle), WovenPore: col(ts.WovenPore),
		Source: ts.Source}
	if bad != nil {
		return nil, fmt.Errorf("grafts.json: %w", bad)
	}
	return t, nil
}

// parseHex reads a colour written "#rrggbb".
func parseHex(s string) (color.RGBA, error) {
	h, ok := strings.CutPrefix(s, "#")
	if !ok || len(h) != 6 {
		return color.RGBA{}, fmt.Errorf("bad colour %q", s)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.RGBA{}, fmt.Errorf("bad colour %q", s)
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, nil
}
