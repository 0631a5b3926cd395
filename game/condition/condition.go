// Package condition owns the problems that lead to a fusion, as the
// explorer draws them: a worn (degenerated) disc, a herniated disc, a
// vertebra slipped over the one below (spondylolisthesis), a wedged
// fracture, a sideways curve (scoliosis) and an earlier operation that left
// the level unstable. It turns the cited table in assets/data/conditions.json
// into the geometry of the spine before and after the fusion.
package condition

import (
	"fmt"
	"io/fs"
	"strings"

	"spinefusion/game/jsondec"
)

// The conditions, as the state names them.
const (
	Degenerative      = "degenerative-disc"
	Herniated         = "herniated-disc"
	Spondylolisthesis = "spondylolisthesis"
	Fracture          = "fracture"
	Scoliosis         = "scoliosis"
	FailedSurgery     = "failed-surgery"
	// Healthy is no condition: the spine before the fusion is sound (how a
	// spine works, and a fusion's effect on motion alone).
	Healthy = "healthy"
)

// Value is one number of the table and the key of its source.
type Value struct {
	V      float64
	Source string
}

// UnmarshalJSON reads {"mm"|"share"|"deg": v, "source": key}.
func (v *Value) UnmarshalJSON(b []byte) error {
	var raw struct {
		MM, Share, Deg *float64
		Source         string
	}
	if err := jsondec.Unmarshal(b, &raw); err != nil {
		return err
	}
	switch {
	case raw.MM != nil:
		v.V = *raw.MM
	case raw.Share != nil:
		v.V = *raw.Share
	case raw.Deg != nil:
		v.V = *raw.Deg
	default:
		return fmt.Errorf("no mm, share or deg in %s", b)
	}
	v.Source = raw.Source
	return nil
}

// Table is the conditions' sizes with their sources.
type Table struct {
	Sources map[string]string
	// Degenerative: the share of the disc's height it keeps, the back
	// height at which a nerve root is compressed, and the spurs' length.
	Degenerative struct {
		Level                                   string
		HeightKept, BackHeightCompressing, Spur Value
	}
	// Herniated: how far the nucleus reaches into the canal, and the share
	// of height the disc keeps.
	Herniated struct {
		Level             string
		Reach, HeightKept Value
	}
	// Spondylolisthesis: the slip standing, as a share of the lower body's
	// depth; how much more it moves from full extension to full flexion
	// (mm); and the slip left after the fusion.
	Spondylolisthesis struct {
		Level                               string
		Slip, FlexionTranslation, SlipAfter Value
	}
	// Fracture: the share of the front height lost, before and after.
	Fracture struct {
		FrontHeightLoss, FrontHeightLossAfter Value
	}
	// Scoliosis: the curve's end and apex vertebrae, its Cobb angle, the
	// share the fusion corrects, the apex's rotation before and after, and
	// the levels the fusion spans.
	Scoliosis struct {
		Top, Apex, Bottom                                     string
		Cobb, Correction, ApicalRotation, ApicalRotationAfter Value
		Span                                                  []string
		SpanSource                                            string
	}
	// FailedSurgery: the slip standing (mm) and its growth from full
	// extension to full flexion (mm) at the level of the old laminectomy.
	FailedSurgery struct {
		Level                    string
		Slip, FlexionTranslation Value
	}
	// spanLevels is Scoliosis.Span joined as the state writes levels.
	spanLevels string
}

// Load reads data/conditions.json from fsys.
func Load(fsys fs.FS) (*Table, error) {
	b, err := fs.ReadFile(fsys, "data/conditions.json")
	if err != nil {
		return nil, err
	}
	var raw struct {
		Sources           map[string]string
		DegenerativeDisc  jsondec.RawMessage
		HerniatedDisc     jsondec.RawMessage
		Spondylolisthesis jsondec.RawMessage
		Fracture          jsondec.RawMessage
		Scoliosis         struct {
			Top, Apex, Bottom                                     string
			Cobb, Correction, ApicalRotation, ApicalRotationAfter Value
			Span                                                  struct {
				Levels []string
				Source string
			}
		}
		FailedSurgery jsondec.RawMessage
	}
	if err := jsondec.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("conditions.json: %w", err)
	}
	t := &Table{Sources: raw.Sources}
	for _, p := range []struct {
		b jsondec.RawMessage
		v any
	}{
		{raw.DegenerativeDisc, &t.Degenerative}, {raw.HerniatedDisc, &t.Herniated},
		{raw.Spondylolisthesis, &t.Spondylolisthesis}, {raw.Fracture, &t.Fracture},
		{raw.FailedSurgery, &t.FailedSurgery},
	} {
		if err := jsondec.Unmarshal(p.b, p.v); err != nil {
			return nil, fmt.Errorf("conditions.json: %w", err)
		}
	}
	sc := raw.Scoliosis
	t.Scoliosis.Top, t.Scoliosis.Apex, t.Scoliosis.Bottom = sc.Top, sc.Apex, sc.Bottom
	t.Scoliosis.Cobb, t.Scoliosis.Correction = sc.Cobb, sc.Correction
	t.Scoliosis.ApicalRotation, t.Scoliosis.ApicalRotationAfter = sc.ApicalRotation, sc.ApicalRotationAfter
	t.Scoliosis.Span, t.Scoliosis.SpanSource = sc.Span.Levels, sc.Span.Source
	t.spanLevels = strings.Join(sc.Span.Levels, ",")
	if err := t.check(); err != nil {
		return nil, fmt.Errorf("conditions.json: %w", err)
	}
	return t, nil
}

// check verifies that the sizes are plausible and every value is cited.
func (t *Table) check() error {
	for _, c := range []struct {
		name   string
		v      Value
		lo, hi float64
	}{
		{"degenerative heightKept", t.Degenerative.HeightKept, 0.1, 1},
		{"degenerative spur", t.Degenerative.Spur, 0, 10},
		{"degenerative backHeightCompressing", t.Degenerative.BackHeightCompressing, 0, 10},
		{"herniated reach", t.Herniated.Reach, 0, 15},
		{"herniated heightKept", t.Herniated.HeightKept, 0.1, 1},
		{"spondylolisthesis slip", t.Spondylolisthesis.Slip, 0, 1},
		{"spondylolisthesis flexionTranslation", t.Spondylolisthesis.FlexionTranslation, 0, 20},
		{"spondylolisthesis slipAfter", t.Spondylolisthesis.SlipAfter, 0, 1},
		{"fracture frontHeightLoss", t.Fracture.FrontHeightLoss, 0, 0.9},
		{"fracture frontHeightLossAfter", t.Fracture.FrontHeightLossAfter, 0, 0.9},
		{"scoliosis cobb", t.Scoliosis.Cobb, 10, 120},
		{"scoliosis correction", t.Scoliosis.Correction, 0, 1},
		{"scoliosis apicalRotation", t.Scoliosis.ApicalRotation, 0, 60},
		{"scoliosis apicalRotationAfter", t.Scoliosis.ApicalRotationAfter, 0, 60},
		{"failedSurgery slip", t.FailedSurgery.Slip, 0, 20},
		{"failedSurgery flexionTranslation", t.FailedSurgery.FlexionTranslation, 0, 20},
	} {
		if !(c.v.V >= c.lo && c.v.V <= c.hi) {
			return fmt.Errorf("%s = %v, want %v to %v", c.name, c.v.V, c.lo, c.hi)
		}
		if t.Sources[c.v.Source] == "" {
			return fmt.Errorf("%s: source %q is not cited", c.name, c.v.Source)
		}
	}
	if t.Spondylolisthesis.SlipAfter.V > t.Spondylolisthesis.Slip.V {
		return fmt.Errorf("the slip after the fusion is larger than before")
	}
	if t.Fracture.FrontHeightLossAfter.V > t.Fracture.FrontHeightLoss.V {
		return fmt.Errorf("the fracture is worse after the fusion")
	}
	if len(t.Scoliosis.Span) == 0 || t.Sources[t.Scoliosis.SpanSource] == "" {
		return fmt.Errorf("scoliosis: no cited span")
	}
	return nil
}

// SpanLevels is the levels a scoliosis fusion spans, as the state writes
// them ("T12-L1,L1-L2,...").
func (t *Table) SpanLevels() string { return t.spanLevels }
