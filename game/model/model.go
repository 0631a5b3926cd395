// Package model joins the anatomy, motion and healing tables and answers what
// the explorer shows for a given state: each segment's range and angle before
// and after the fusion, the totals, and the healing stage.
package model

import (
	"io/fs"

	"spinefusion/game/anatomy"
	"spinefusion/game/condition"
	"spinefusion/game/healing"
	"spinefusion/game/motion"
	"spinefusion/game/state"
)

// Model holds the loaded tables.
type Model struct {
	Lumbar, Cervical *anatomy.Spine
	ROM              *motion.Table
	// Compensation is the low back's table, CervicalCompensation the
	// neck's.
	Compensation, CervicalCompensation *motion.Compensation
	Healing                            *healing.Model
	Conditions                         *condition.Table
	// Outcomes are the long-term figures the guided tour quotes.
	Outcomes *Outcomes
}

// Load reads every table from fsys (the assets' data files).
func Load(fsys fs.FS) (*Model, error) {
	var m Model
	var err error
	if m.Lumbar, err = anatomy.LoadLumbar(fsys); err != nil {
		return nil, err
	}
	if m.Cervical, err = anatomy.LoadCervical(fsys); err != nil {
		return nil, err
	}
	if m.CervicalCompensation, err = motion.LoadCervicalCompensation(fsys); err != nil {
		return nil, err
	}
	if m.ROM, err = motion.LoadTable(fsys); err != nil {
		return nil, err
	}
	if m.Compensation, err = motion.LoadCompensation(fsys); err != nil {
		return nil, err
	}
	if m.Healing, err = healing.Load(fsys); err != nil {
		return nil, err
	}
	if m.Conditions, err = condition.Load(fsys); err != nil {
		return nil, err
	}
	if m.Outcomes, err = loadOutcomes(fsys); err != nil {
		return nil, err
	}
	return &m, nil
}

// Segment is one motion segment's figures for the page API and the picture.
type Segment struct {
	Name string
	// RomBefore and RomAfter are the full range in the current motion, in
	// degrees, without and with the fusion.
	RomBefore, RomAfter float64
	// AngleBefore and AngleAfter are the angle now, flexion positive.
	AngleBefore, AngleAfter float64
	// Fused says whether the segment is among the fused levels.
	Fused bool
	// Fusion is the bone bridging the segment, 0 to 1.
	Fusion float64
}

// Figures is what the model computes for one state; Compute reuses its
// memory, so computing every tick does not allocate.
type Figures struct {
	Segments []Segment
	// TotalBefore and TotalAfter are the sums of the ranges.
	TotalBefore, TotalAfter float64
	// Fusion is the bone bridging of the fused levels, 0 to 1.
	Fusion float64
	// Stage indexes the healing stage in Healing.Stages.
	Stage int

	before, mobility, after []float64
}

// Instrumented reports whether an approach holds the level with screws and
// rods or a plate from the day of surgery. Every approach the explorer shows
// is instrumented (ALIF with its anterior screws).
func Instrumented(approach string) bool { return true }

// Spine returns the anatomy of the state's region.
func (m *Model) Spine(st *state.State) *anatomy.Spine {
	if st.Region == "cervical" {
		return m.Cervical
	}
	return m.Lumbar
}

// CompensationFor returns the compensation table of the state's region.
func (m *Model) CompensationFor(st *state.State) *motion.Compensation {
	if st.Region == "cervical" {
		return m.CervicalCompensation
	}
	return m.Compensation
}

// Effective returns the state the figures are computed and drawn for: st,
// except that a condition may set the fusion's extent (scoliosis spans its
// curve).
func (m *Model) Effective(st *state.State) state.State {
	return m.Conditions.Effective(m.Spine(st), *st)
}

// Compute fills f with the figures for st.
func (m *Model) Compute(st *state.State, f *Figures) {
	eff := m.Effective(st)
	st = &eff
	sp := m.Spine(st)
	n := len(sp.Discs)
	if cap(f.Segments) < n {
		f.Segments = make([]Segment, n)
		f.before = make([]float64, n)
		f.mobility = make([]float64, n)
		f.after = make([]float64, n)
	}
	f.Segments, f.before, f.mobility, f.after = f.Segments[:n], f.before[:n], f.mobility[:n], f.after[:n]
	kind, _ := motion.ParseKind(st.Motion)
	f.Fusion = m.Healing.Fusion(st.Graft, st.Approach, st.Months)
	f.Stage = m.Healing.Stage(st.Months)
	comp := m.CompensationFor(st)
	mob := comp.Mobility(Instrumented(st.Approach), f.Fusion)
	for i, d := range sp.Discs {
		f.before[i] = m.ROM.Degrees(d.Level, kind)
		f.mobility[i] = 1
		if st.IsFused(d.Level) {
			f.mobility[i] = mob
		}
	}
	f.TotalBefore, f.TotalAfter = comp.Redistribute(f.before, f.mobility, f.after)
	for i, d := range sp.Discs {
		s := &f.Segments[i]
		s.Name = d.Level
		s.RomBefore, s.RomAfter = f.before[i], f.after[i]
		s.AngleBefore = m.ROM.Angle(s.RomBefore, kind, st.Posture)
		s.AngleAfter = m.ROM.Angle(s.RomAfter, kind, st.Posture)
		s.Fused = f.mobility[i] < 1
		s.Fusion = 0
		if s.Fused {
			s.Fusion = f.Fusion
		}
	}
}
