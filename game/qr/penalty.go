package qr

// Penalty weights of ISO/IEC 18004 §7.8.3.
const (
	penaltyRun     = 3  // a run of 5 same-coloured modules, +1 per extra
	penaltyBlock   = 3  // a 2×2 block of one colour
	penaltyFinder  = 40 // 1:1:3:1:1 dark:light pattern beside 4 light modules
	penaltyBalance = 10 // each 5% the dark share is away from 50%
)

// penalty scores the symbol as masked: lower is easier to read.
func (c *Code) penalty() int {
	s := c.Size
	p := 0
	line := make([]bool, s)
	for dir := 0; dir < 2; dir++ {
		for a := 0; a < s; a++ {
			for b := 0; b < s; b++ {
				if dir == 0 {
					line[b] = c.modules[a*s+b] // row a
				} else {
					line[b] = c.modules[b*s+a] // column a
				}
			}
			p += linePenalty(line)
		}
	}
	dark := 0
	for y := 0; y < s; y++ {
		for x := 0; x < s; x++ {
			d := c.modules[y*s+x]
			if d {
				dark++
			}
			if x+1 < s && y+1 < s && d == c.modules[y*s+x+1] && d == c.modules[(y+1)*s+x] && d == c.modules[(y+1)*s+x+1] {
				p += penaltyBlock
			}
		}
	}
	total := s * s
	// k such that the dark share is within (45−5k, 55+5k)%.
	k := (abs(dark*20-total*10)+total-1)/total - 1
	p += max(k, 0) * penaltyBalance
	return p
}

// finder is the 1:1:3:1:1 pattern.
var finder = [7]bool{true, false, true, true, true, false, true}

// linePenalty scores one row or column for runs and finder-like patterns.
func linePenalty(line []bool) int {
	p, run := 0, 0
	for i := range line {
		if i > 0 && line[i] == line[i-1] {
			run++
		} else {
			run = 1
		}
		if run == 5 {
			p += penaltyRun
		} else if run > 5 {
			p++
		}
	}
	light := func(from, to int) bool { // modules [from, to) are light; outside counts as light
		for i := from; i < to; i++ {
			if i >= 0 && i < len(line) && line[i] {
				return false
			}
		}
		return true
	}
	for i := 0; i+7 <= len(line); i++ {
		match := true
		for j, d := range finder {
			if line[i+j] != d {
				match = false
				break
			}
		}
		if match && (light(i-4, i) || light(i+7, i+11)) {
			p += penaltyFinder
		}
	}
	return p
}
