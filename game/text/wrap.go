package text

import (
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// Wrap breaks s into lines no wider than maxWidth pixels at size and
// weight: at spaces, at every "\n", and inside a word only when the word
// alone is too wide. It allocates; call it when the text or width changes
// and keep the result.
func (c *Cache) Wrap(s string, size float64, bold bool, maxWidth int) []string {
	f := c.face(size, bold)
	smear := fixed.Int26_6(embolden(size, bold) * 64) // as Measure counts it
	fits := func(line string) bool { return (font.MeasureString(f, line) + smear).Ceil() <= maxWidth }
	var lines []string
	for para := range strings.SplitSeq(s, "\n") {
		line, n := "", len(lines)
		for _, word := range strings.Fields(para) {
			if line != "" && fits(line+" "+word) {
				line += " " + word
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			line = word
			for line != "" && !fits(line) {
				head := splitFit(line, fits)
				lines = append(lines, head)
				line = line[len(head):]
			}
		}
		if line != "" || len(lines) == n {
			lines = append(lines, line) // an empty paragraph stays a blank line
		}
	}
	return lines
}

// splitFit returns the longest prefix of word, at least one rune, that fits.
func splitFit(word string, fits func(string) bool) string {
	end := 0
	for i := range word {
		if i > 0 && !fits(word[:i]) {
			break
		}
		end = i
	}
	if end == 0 {
		// Even one rune does not fit: take it anyway so Wrap progresses.
		for i := range word {
			if i > 0 {
				return word[:i]
			}
		}
		return word
	}
	return word[:end]
}
