package qr

// newCode returns a symbol of version ver with its function patterns drawn
// (format information reserved) and no data.
func newCode(ver int, lv Level) *Code {
	size := 17 + 4*ver
	c := &Code{Size: size, Version: ver, Level: lv,
		modules: make([]bool, size*size), fixed: make([]bool, size*size)}
	// Timing patterns.
	for i := 0; i < size; i++ {
		c.setFixed(6, i, i%2 == 0)
		c.setFixed(i, 6, i%2 == 0)
	}
	// Finder patterns with their separators.
	for _, p := range [3][2]int{{3, 3}, {size - 4, 3}, {3, size - 4}} {
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := p[0]+dx, p[1]+dy
				if x < 0 || y < 0 || x >= size || y >= size {
					continue
				}
				d := max(abs(dx), abs(dy))
				c.setFixed(x, y, d != 2 && d != 4)
			}
		}
	}
	// Alignment patterns, except where they would cover a finder.
	pos := alignPositions(ver)
	for i, ax := range pos {
		for j, ay := range pos {
			last := len(pos) - 1
			if i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0 {
				continue
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					c.setFixed(ax+dx, ay+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	c.drawFormat(0) // reserves the format modules; redrawn with the mask
	c.drawVersion()
	return c
}

// alignPositions returns the centres of the alignment patterns on each axis.
func alignPositions(ver int) []int {
	n := alignCount(ver)
	if n == 0 {
		return nil
	}
	size := 17 + 4*ver
	step := 26
	if ver != 32 {
		step = (ver*4 + n*2 + 1) / (n*2 - 2) * 2
	}
	out := make([]int, n)
	out[0] = 6
	for i, p := n-1, size-7; i >= 1; i, p = i-1, p-step {
		out[i] = p
	}
	return out
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func (c *Code) setFixed(x, y int, dark bool) {
	c.modules[y*c.Size+x] = dark
	c.fixed[y*c.Size+x] = true
}

// bch returns v followed by the remainder of v×x^(deg) divided by poly
// (of degree deg): a BCH code word.
func bch(v uint32, poly uint32, deg int) uint32 {
	r := v << uint(deg)
	for i := 31; i >= deg; i-- {
		if r>>uint(i)&1 != 0 {
			r ^= poly << uint(i-deg)
		}
	}
	return v<<uint(deg) | r
}

// drawFormat writes the 15 bits of format information (level and mask)
// in both of their places, and the dark module.
func (c *Code) drawFormat(mask int) {
	bits := bch(formatBits[c.Level]<<3|uint32(mask), 0x537, 10) ^ 0x5412
	bit := func(i int) bool { return bits>>uint(i)&1 != 0 }
	s := c.Size
	for i := 0; i <= 5; i++ {
		c.setFixed(8, i, bit(i))
	}
	c.setFixed(8, 7, bit(6))
	c.setFixed(8, 8, bit(7))
	c.setFixed(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		c.setFixed(14-i, 8, bit(i))
	}
	for i := 0; i < 8; i++ {
		c.setFixed(s-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		c.setFixed(8, s-15+i, bit(i))
	}
	c.setFixed(8, s-8, true)
}

// drawVersion writes the 18 bits of version information (versions 7 and up)
// in both of their places.
func (c *Code) drawVersion() {
	if c.Version < 7 {
		return
	}
	bits := bch(uint32(c.Version), 0x1F25, 12)
	for i := 0; i < 18; i++ {
		dark := bits>>uint(i)&1 != 0
		a, b := c.Size-11+i%3, i/3
		c.setFixed(a, b, dark)
		c.setFixed(b, a, dark)
	}
}

// placeData lays the codewords' bits in the zigzag of two-module columns,
// from the bottom-right corner, skipping the function patterns.
func (c *Code) placeData(words []byte) {
	i, n := 0, len(words)*8
	s := c.Size
	for right := s - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5 // the vertical timing pattern is skipped whole
		}
		up := (right+1)&2 == 0
		for v := 0; v < s; v++ {
			y := v
			if up {
				y = s - 1 - v
			}
			for j := 0; j < 2; j++ {
				x := right - j
				if c.fixed[y*s+x] {
					continue
				}
				if i < n {
					c.modules[y*s+x] = words[i>>3]>>(7-uint(i&7))&1 != 0
					i++
				}
			}
		}
	}
}

// masked reports whether mask m flips the module at column x, row y.
func masked(m, x, y int) bool {
	switch m {
	case 0:
		return (x+y)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (x+y)%3 == 0
	case 4:
		return (x/3+y/2)%2 == 0
	case 5:
		return x*y%2+x*y%3 == 0
	case 6:
		return (x*y%2+x*y%3)%2 == 0
	default:
		return ((x+y)%2+x*y%3)%2 == 0
	}
}

// applyMask flips the data modules that mask m selects; applying it twice
// undoes it.
func (c *Code) applyMask(m int) {
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; x++ {
			if !c.fixed[y*c.Size+x] && masked(m, x, y) {
				c.modules[y*c.Size+x] = !c.modules[y*c.Size+x]
			}
		}
	}
}
