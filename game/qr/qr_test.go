package qr

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata/vectors.txt with the qrencode command")

// vectorTexts are the strings of the known vectors: short and long, links
// of the app like the share panel makes, and bytes outside ASCII. Their
// lengths reach versions 1 to 17 at level M and cross the 8/16-bit count
// boundary (version 10) and the version-information one (version 7).
func vectorTexts() []string {
	base := "https://example.org/spinefusion/?levels=L4-L5%2CL5-S1&approach=plif&graft=allograft&months=6&view=after&motion=lateral-bending&lang=pt&labels=0&theme=projector"
	return []string{
		"A",
		"hello",
		"https://example.org/",
		"Ñandú, São Paulo, Größe — “quotes”",
		base[:60],
		base[:100],
		base,
		base + "&speed=2&condition=spondylolisthesis&posture=0.25&playing=0&controls=0&autoplay=0",
		strings.Repeat(base, 2),
		strings.Repeat("0123456789abcdef", 20)[:300],
		strings.Repeat("x", 400),
	}
}

// A vector is one symbol made by a reference encoder: qrencode 4.1.1 in
// 8-bit mode without margin (qrencode -8 -l L|M -m 0 -t ASCII).
type vector struct {
	level Level
	text  string
	rows  []string // "#" dark, "." light
}

const vectorsFile = "testdata/vectors.txt"

func readVectors(t *testing.T) []vector {
	t.Helper()
	f, err := os.Open(vectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []vector
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if lv, text, ok := strings.Cut(line, " "); ok && (lv == "L" || lv == "M") {
			v := vector{level: map[string]Level{"L": L, "M": M}[lv]}
			fmt.Sscanf(text, "%q", &v.text)
			out = append(out, v)
			continue
		}
		if line != "" && len(out) > 0 {
			out[len(out)-1].rows = append(out[len(out)-1].rows, line)
		}
	}
	return out
}

func writeVectors(t *testing.T) {
	var b strings.Builder
	b.WriteString("") // each vector: "<level> <quoted text>", then its rows
	for _, lv := range []string{"L", "M"} {
		for _, s := range vectorTexts() {
			out, err := exec.Command("qrencode", "-8", "-l", lv, "-m", "0", "-t", "ASCII", "-o", "-", s).Output()
			if err != nil {
				t.Fatalf("qrencode: %v", err)
			}
			fmt.Fprintf(&b, "%s %q\n", lv, s)
			for _, row := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
				var r strings.Builder
				for i := 0; i+1 < len(row)+1 && i < len(row); i += 2 {
					if row[i] == '#' {
						r.WriteByte('#')
					} else {
						r.WriteByte('.')
					}
				}
				b.WriteString(r.String() + "\n")
			}
			b.WriteString("\n")
		}
	}
	if err := os.MkdirAll(filepath.Dir(vectorsFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(vectorsFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rows(c *Code) []string {
	out := make([]string, c.Size)
	for y := range out {
		var r strings.Builder
		for x := 0; x < c.Size; x++ {
			if c.Dark(x, y) {
				r.WriteByte('#')
			} else {
				r.WriteByte('.')
			}
		}
		out[y] = r.String()
	}
	return out
}

// maskOf reads the mask from a symbol's first copy of the format
// information.
func maskOf(rows []string) int {
	var bits uint32
	at := func(x, y int) uint32 {
		if rows[y][x] == '#' {
			return 1
		}
		return 0
	}
	// Bits 10, 11, 12 (mask, after the level) sit at (14-i, 8) for i ≥ 9... see drawFormat.
	pos := map[int][2]int{}
	for i := 0; i <= 5; i++ {
		pos[i] = [2]int{8, i}
	}
	pos[6], pos[7], pos[8] = [2]int{8, 7}, [2]int{8, 8}, [2]int{7, 8}
	for i := 9; i < 15; i++ {
		pos[i] = [2]int{14 - i, 8}
	}
	for i, p := range pos {
		bits |= at(p[0], p[1]) << uint(i)
	}
	bits ^= 0x5412
	return int(bits >> 10 & 7)
}

// TestKnownVectors compares every module with the reference encoder's
// symbol, with the reference's mask, and checks that the version matches.
func TestKnownVectors(t *testing.T) {
	if *update {
		writeVectors(t)
	}
	vs := readVectors(t)
	if len(vs) != 2*len(vectorTexts()) {
		t.Fatalf("%d vectors in %s, want %d (run go test -run KnownVectors -update with qrencode installed)", len(vs), vectorsFile, 2*len(vectorTexts()))
	}
	sameMask := 0
	for _, v := range vs {
		want := v.rows
		m := maskOf(want)
		c, err := EncodeMask([]byte(v.text), v.level, m)
		if err != nil {
			t.Fatalf("%q: %v", v.text, err)
		}
		if c.Size != len(want) {
			t.Errorf("%q level %d: size %d, want %d", v.text, v.level, c.Size, len(want))
			continue
		}
		got := rows(c)
		for y := range got {
			if got[y] != want[y] {
				t.Errorf("%q level %d version %d mask %d: row %d\n got %s\nwant %s", v.text, v.level, c.Version, m, y, got[y], want[y])
				break
			}
		}
		auto, _ := Encode([]byte(v.text), v.level)
		if auto.Mask == m {
			sameMask++
		}
	}
	t.Logf("chose the reference's mask for %d of %d symbols", sameMask, len(vs))
	// Encoders score finder-like patterns slightly differently at the
	// symbol's edge, so the chosen masks may differ now and then.
	if sameMask < len(vs)*2/3 {
		t.Errorf("chose the reference's mask for %d of %d symbols", sameMask, len(vs))
	}
}

// TestDecodes reads our symbols back with zbarimg (zbar-tools), when it is
// installed: the decoded text must be the text encoded.
func TestDecodes(t *testing.T) {
	if _, err := exec.LookPath("zbarimg"); err != nil {
		t.Skip("zbarimg not installed")
	}
	dir := t.TempDir()
	for i, s := range vectorTexts() {
		for _, lv := range []Level{L, M} {
			c, err := Encode([]byte(s), lv)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, fmt.Sprintf("%d-%d.pbm", i, lv))
			if err := os.WriteFile(name, pbm(c, 4), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("zbarimg", "--raw", "-q", "-Sbinary", name).Output()
			if err != nil {
				t.Errorf("%q level %d version %d: zbarimg: %v", s, lv, c.Version, err)
				continue
			}
			if got := strings.TrimSuffix(string(out), "\n"); got != s {
				t.Errorf("%q level %d: decoded %q", s, lv, got)
			}
		}
	}
}

// pbm draws the symbol as a plain PBM image with a 4-module quiet zone.
func pbm(c *Code, scale int) []byte {
	n := (c.Size + 8) * scale
	var b strings.Builder
	fmt.Fprintf(&b, "P1\n%d %d\n", n, n)
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if c.Dark(x/scale-4, y/scale-4) {
				b.WriteString("1 ")
			} else {
				b.WriteString("0 ")
			}
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func TestVersionsAndCapacity(t *testing.T) {
	// Byte capacities at level M from the standard's table 7.
	for _, tc := range []struct{ ver, bytes int }{{1, 14}, {2, 26}, {7, 122}, {10, 213}, {13, 331}, {40, 2331}} {
		c, err := Encode(make([]byte, tc.bytes), M)
		if err != nil || c.Version != tc.ver {
			t.Errorf("%d bytes: version %v (%v), want %d", tc.bytes, c, err, tc.ver)
		}
		if c, _ := Encode(make([]byte, tc.bytes+1), M); c != nil && c.Version == tc.ver {
			t.Errorf("%d bytes fit version %d, whose capacity is %d", tc.bytes+1, tc.ver, tc.bytes)
		}
	}
	if _, err := Encode(make([]byte, 2332), M); err != ErrTooLong {
		t.Errorf("2332 bytes at M: %v, want ErrTooLong", err)
	}
	if _, err := EncodeMask(nil, M, 8); err == nil {
		t.Error("mask 8 accepted")
	}
}

func TestPenaltyPicksLowest(t *testing.T) {
	data := []byte("https://example.org/?months=6")
	best, _ := Encode(data, M)
	for m := 0; m < 8; m++ {
		c, _ := EncodeMask(data, M, m)
		if c.penalty() < best.penalty() {
			t.Errorf("mask %d scores %d, below the chosen mask %d's %d", m, c.penalty(), best.Mask, best.penalty())
		}
	}
	// Rules 1 and 3 on a line: a run of 7 (3+2) and one finder pattern
	// with four light modules before it (40).
	line := []bool{true, true, true, true, true, true, true, false, false, false, false, true, false, true, true, true, false, true}
	if got := linePenalty(line); got != 5+40 {
		t.Errorf("linePenalty = %d, want 45", got)
	}
}

func FuzzEncode(f *testing.F) {
	f.Add([]byte("https://example.org/?levels=L4-L5"), 1)
	f.Fuzz(func(t *testing.T, data []byte, lv int) {
		c, err := Encode(data, Level(lv&3))
		if err != nil {
			return
		}
		if c.Size != 17+4*c.Version || !c.Dark(0, 0) || c.Dark(7, 7) {
			t.Fatalf("bad symbol: size %d version %d", c.Size, c.Version)
		}
	})
}
