package state

// Map returns the state as a plain map with the page API's key names, ready
// to be encoded as JSON.
func (s State) Map() map[string]any {
	return map[string]any{
		"region":    s.Region,
		"levels":    s.LevelList(),
		"motion":    s.Motion,
		"posture":   s.Posture,
		"playing":   s.Playing,
		"speed":     s.Speed,
		"view":      s.View,
		"months":    s.Months,
		"graft":     s.Graft,
		"approach":  s.Approach,
		"condition": s.Condition,
		"lang":      s.Lang,
		"labels":    s.Labels,
		"theme":     s.Theme,
		"controls":  s.Controls,
		"tour":      s.Tour,
		"wording":   s.Wording,
	}
}
