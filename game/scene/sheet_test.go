package scene

import (
	"bytes"
	"image"
	"math/rand/v2"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A spine's sprites cut from a sheet: each holds exactly the pixels it
// holds rasterised alone, and none overlaps another or its gutter.
// Checked on the CPU, before the upload.
func TestSheetSpritesAsRasterisedAlone(t *testing.T) {
	sp, _ := loadFront(t)
	pal := PaletteFor("light")
	const scale = 2.35
	var sh spriteSheet
	bones := make([]boneSprites, len(sp.Vertebrae))
	parts := make([]BoneParts, len(sp.Vertebrae))
	for i := range sp.Vertebrae {
		parts[i] = boneParts(sp, i)
		sh.add(&bones[i].bone, scale, boneLayers(&parts[i], pal)...)
		sh.add(&bones[i].root, scale, layer{shape: &parts[i].Root, fill: pal.Nerve, stroke: 0.9, line: pal.NerveLine})
	}
	sizes := sh.pack()
	if len(sizes) != 1 {
		t.Fatalf("a spine's sprites take %d pages, want 1", len(sizes))
	}
	checkPacking(t, sh.parts, sizes)
	sheet := sh.paintPage(0, sizes[0]).whole
	sheet.Pix = bytes.Clone(sheet.Pix) // the raster is reused below
	for i, part := range sh.parts {
		alone, w, h := measure(scale, part.layers)
		if w != part.r.Dx() || h != part.r.Dy() || alone != *part.sprite {
			t.Fatalf("part %d: %v on the sheet, %dx%d %+v alone", i, part.r, w, h, alone)
		}
		r := theRaster.begin(w, h)
		paint(r, &alone, part.layers)
		cut := sheet.SubImage(part.r).(*image.RGBA)
		for y := range h {
			got := cut.Pix[y*cut.Stride : y*cut.Stride+4*w]
			want := r.whole.Pix[y*r.whole.Stride : y*r.whole.Stride+4*w]
			if !bytes.Equal(got, want) {
				t.Fatalf("part %d, row %d: the sheet's pixels differ from the sprite's alone", i, y)
			}
		}
	}
}

// Packing many sprites of random sizes, one larger than a page: every part
// lies on its page, apart from the others by the gutter, and only the
// oversized one makes a page larger than maxPage.
func TestSheetPacking(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var sh spriteSheet
	for range 300 {
		sh.parts = append(sh.parts, sheetPart{r: image.Rect(0, 0, 1+rng.IntN(400), 1+rng.IntN(300))})
	}
	sh.parts = append(sh.parts, sheetPart{r: image.Rect(0, 0, 100, maxPage+500)})
	sizes := sh.pack()
	if len(sizes) < 2 {
		t.Fatalf("%d pages for more than a page of sprites", len(sizes))
	}
	checkPacking(t, sh.parts, sizes)
	for p, size := range sizes {
		if size.X > maxPage || size.Y > maxPage {
			if n := partsOn(sh.parts, p); n != 1 {
				t.Errorf("page %d is %v with %d parts: only a lone oversized sprite may exceed %d", p, size, n, maxPage)
			}
		}
	}
}

func checkPacking(t *testing.T, parts []sheetPart, sizes []image.Point) {
	t.Helper()
	for i, a := range parts {
		page := image.Rectangle{Max: sizes[a.page]}
		if !a.r.In(page) {
			t.Errorf("part %d at %v lies off its page %v", i, a.r, page)
		}
		for j := i + 1; j < len(parts); j++ {
			if b := parts[j]; a.page == b.page && a.r.Inset(-1).Overlaps(b.r) {
				t.Errorf("parts %d %v and %d %v on page %d have no transparent pixel between them", i, a.r, j, b.r, a.page)
			}
		}
	}
}

func partsOn(parts []sheetPart, page int) int {
	n := 0
	for _, p := range parts {
		if p.page == page {
			n++
		}
	}
	return n
}

// A batched sprite's quad is the one DrawImage makes: its corners placed
// by the GeoM and snapped to DrawImage's thirds of a pixel, its source the
// sprite's part of the sheet, its colour the tint; a second sprite of the
// same sheet joins the batch, one from elsewhere starts a new one.
func TestQuadBatchPlacesSpritesAsDrawImage(t *testing.T) {
	sheet := ebiten.NewImage(64, 32)
	sp := Sprite{sheet: sheet, Image: sheet.SubImage(image.Rect(10, 4, 30, 20)).(*ebiten.Image)}
	var g ebiten.GeoM
	g.Rotate(0.3)
	g.Scale(1.2, -1.2)
	g.Translate(100.4, 50.7)
	var cs ebiten.ColorScale
	cs.ScaleAlpha(0.5)
	dst := ebiten.NewImage(200, 100)
	var b quadBatch
	b.sprite(dst, &sp, &g, cs)
	if len(b.vs) != 4 || len(b.is) != 6 || b.src != sheet || b.dst != dst {
		t.Fatalf("one sprite: %d vertices, %d indices, source %p (sheet %p)", len(b.vs), len(b.is), b.src, sheet)
	}
	for k, c := range [4][2]float64{{0, 0}, {20, 0}, {0, 16}, {20, 16}} {
		v := b.vs[k]
		x, y := g.Apply(c[0], c[1])
		if v.DstX != snapThird(x) || v.DstY != snapThird(y) {
			t.Errorf("corner %v at (%v, %v), want (%v, %v)", c, v.DstX, v.DstY, snapThird(x), snapThird(y))
		}
		if v.SrcX != float32(10+c[0]) || v.SrcY != float32(4+c[1]) {
			t.Errorf("corner %v samples (%v, %v) of the sheet", c, v.SrcX, v.SrcY)
		}
		if v.ColorR != 0.5 || v.ColorA != 0.5 {
			t.Errorf("corner %v tinted %v %v, want the premultiplied 0.5", c, v.ColorR, v.ColorA)
		}
	}
	if !b.op.DisableMipmaps || b.op.Filter != ebiten.FilterLinear {
		t.Errorf("a sprite drawn larger: mipmaps disabled %v, filter %v", b.op.DisableMipmaps, b.op.Filter)
	}
	b.sprite(dst, &sp, &g, cs)
	if len(b.vs) != 8 || b.is[6] != 4 {
		t.Errorf("a second sprite of the sheet: %d vertices, its first index %d", len(b.vs), b.is[6])
	}
	// Drawn smaller, as DrawImage would, Ebitengine may pick a mipmap.
	g.Reset()
	g.Scale(0.5, 0.5)
	b.sprite(dst, &sp, &g, cs)
	if b.op.DisableMipmaps {
		t.Error("a sprite drawn at half size disables mipmaps")
	}
}

// snapThird puts corners where DrawImage does: about a third of a pixel
// apart, never on a pixel's centre.
func TestSnapThird(t *testing.T) {
	for _, c := range []struct{ x, want float64 }{
		{2, 2}, {2.1, 2}, {2.2, 2.3125}, {2.5, 2.6875}, {2.49, 2.3125},
		{2.8, 2.6875}, {2.85, 3}, {-0.1, 0}, {-0.5, -0.3125}, {-0.9, -1},
	} {
		if got := snapThird(c.x); got != float32(c.want) {
			t.Errorf("snapThird(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}
