// Package qr encodes text as a QR Code (ISO/IEC 18004) in byte mode: the
// smallest version (1 to 40) that holds the data at the chosen error
// correction level, with the mask of lowest penalty. It is pure: no
// drawing, no Ebitengine; the caller paints the modules.
package qr

import "errors"

// Level is an error correction level: the share of the symbol that may be
// damaged and still read.
type Level int

// The four error correction levels, from about 7% (L) to about 30% (H).
const (
	L Level = iota
	M
	Q
	H
)

// formatBits are the two bits each level has in the format information.
var formatBits = [4]uint32{L: 1, M: 0, Q: 3, H: 2}

// ErrTooLong is returned when the data does not fit in a version-40 symbol.
var ErrTooLong = errors.New("qr: data too long for a QR Code")

// Code is an encoded symbol: Size×Size modules, without the quiet zone.
type Code struct {
	// Size is the number of modules on a side: 17 + 4×Version.
	Size int
	// Version is 1 to 40.
	Version int
	// Level is the error correction level used.
	Level Level
	// Mask is the data mask applied, 0 to 7.
	Mask    int
	modules []bool // row-major, true = dark
	fixed   []bool // function patterns, which masks leave alone
}

// Dark reports whether the module at column x, row y is dark. Outside the
// symbol (the quiet zone) it is light.
func (c *Code) Dark(x, y int) bool {
	if x < 0 || y < 0 || x >= c.Size || y >= c.Size {
		return false
	}
	return c.modules[y*c.Size+x]
}

// Encode returns the smallest symbol that holds data at level lv, with the
// best mask.
func Encode(data []byte, lv Level) (*Code, error) {
	return EncodeMask(data, lv, -1)
}

// EncodeMask is Encode with the mask chosen by the caller (0 to 7), or by
// penalty when mask is -1.
func EncodeMask(data []byte, lv Level, mask int) (*Code, error) {
	if lv < L || lv > H || mask < -1 || mask > 7 {
		return nil, errors.New("qr: bad level or mask")
	}
	ver := 0
	for v := 1; v <= 40; v++ {
		if 4+countBits(v)+8*len(data) <= 8*dataCodewords(v, lv) {
			ver = v
			break
		}
	}
	if ver == 0 {
		return nil, ErrTooLong
	}
	c := newCode(ver, lv)
	c.placeData(interleave(c.dataBits(data), ver, lv))
	if mask < 0 {
		best := -1
		for m := 0; m < 8; m++ {
			c.applyMask(m)
			c.drawFormat(m)
			if p := c.penalty(); best < 0 || p < best {
				best, mask = p, m
			}
			c.applyMask(m) // XOR again undoes it
		}
	}
	c.applyMask(mask)
	c.drawFormat(mask)
	c.Mask = mask
	return c, nil
}

// countBits is the length of the byte-mode character count.
func countBits(ver int) int {
	if ver <= 9 {
		return 8
	}
	return 16
}

// dataBits is the bit stream: mode, count, the bytes, terminator and pad
// codewords, packed into the version's data codewords.
func (c *Code) dataBits(data []byte) []byte {
	capacity := dataCodewords(c.Version, c.Level)
	var w bitWriter
	w.buf = make([]byte, 0, capacity)
	w.put(0b0100, 4)
	w.put(uint32(len(data)), countBits(c.Version))
	for _, b := range data {
		w.put(uint32(b), 8)
	}
	w.put(0, min(4, capacity*8-w.n))
	w.put(0, (8-w.n%8)%8)
	for pad := uint32(0xEC); len(w.buf) < capacity; pad ^= 0xEC ^ 0x11 {
		w.put(pad, 8)
	}
	return w.buf
}

// bitWriter appends bits, most significant first.
type bitWriter struct {
	buf []byte
	n   int // bits written
}

func (w *bitWriter) put(v uint32, bits int) {
	for i := bits - 1; i >= 0; i-- {
		if w.n%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if v>>uint(i)&1 != 0 {
			w.buf[len(w.buf)-1] |= 0x80 >> uint(w.n%8)
		}
		w.n++
	}
}
