package qr

// eccPerBlock is the number of error correction codewords in each block,
// by level and version (ISO/IEC 18004, table 9); index 0 is unused.
var eccPerBlock = [4][41]int8{
	L: {0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	M: {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
	Q: {0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	H: {0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
}

// numBlocks is the number of error correction blocks, by level and
// version (ISO/IEC 18004, table 9).
var numBlocks = [4][41]int8{
	L: {0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
	M: {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
	Q: {0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
	H: {0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
}

// alignCount is how many alignment pattern centres a version has on each
// axis (0 for version 1).
func alignCount(ver int) int {
	if ver == 1 {
		return 0
	}
	return ver/7 + 2
}

// rawModules is the number of modules a version has for data and error
// correction: everything but the function patterns and format/version
// information.
func rawModules(ver int) int {
	n := (16*ver+128)*ver + 64
	if a := alignCount(ver); a > 0 {
		n -= (25*a-10)*a - 55
		if ver >= 7 {
			n -= 36
		}
	}
	return n
}

// dataCodewords is how many 8-bit data codewords a version holds at a level.
func dataCodewords(ver int, lv Level) int {
	return rawModules(ver)/8 - int(eccPerBlock[lv][ver])*int(numBlocks[lv][ver])
}

// interleave splits the data codewords into blocks, adds each block's
// Reed–Solomon codewords and interleaves them in symbol order.
func interleave(data []byte, ver int, lv Level) []byte {
	nb, ecc := int(numBlocks[lv][ver]), int(eccPerBlock[lv][ver])
	total := rawModules(ver) / 8
	short := nb - total%nb // blocks one codeword shorter than the rest
	shortLen := total/nb - ecc
	gen := generator(ecc)
	blocks := make([][]byte, nb)
	eccs := make([][]byte, nb)
	for i, at := 0, 0; i < nb; i++ {
		n := shortLen
		if i >= short {
			n++
		}
		blocks[i] = data[at : at+n]
		eccs[i] = remainder(blocks[i], gen)
		at += n
	}
	out := make([]byte, 0, total)
	for i := 0; i <= shortLen; i++ {
		for _, b := range blocks {
			if i < len(b) {
				out = append(out, b[i])
			}
		}
	}
	for i := 0; i < ecc; i++ {
		for _, e := range eccs {
			out = append(out, e[i])
		}
	}
	return out
}

// gfMul multiplies in GF(2⁸) modulo x⁸+x⁴+x³+x²+1.
func gfMul(a, b byte) byte {
	var p byte
	for i := 0; i < 8; i++ {
		if b&1 != 0 {
			p ^= a
		}
		hi := a & 0x80
		a <<= 1
		if hi != 0 {
			a ^= 0x1D
		}
		b >>= 1
	}
	return p
}

// generator returns the Reed–Solomon generator polynomial of degree n,
// (x−α⁰)(x−α¹)…(x−αⁿ⁻¹), without its leading 1, highest power first.
func generator(n int) []byte {
	g := make([]byte, n)
	g[n-1] = 1
	root := byte(1)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			g[j] = gfMul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	return g
}

// remainder is data×xⁿ modulo the generator: the block's error correction
// codewords.
func remainder(data, gen []byte) []byte {
	r := make([]byte, len(gen))
	for _, b := range data {
		f := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i, g := range gen {
			r[i] ^= gfMul(g, f)
		}
	}
	return r
}
