package scene

import (
	"testing"

	"spinefusion/assets"
	"spinefusion/game/graft"
)

// The graft art rasterises a picture only when it is first drawn, once:
// the first frame pays only for the graft and the bone it shows.
func TestGraftArtRasterisesOnFirstUse(t *testing.T) {
	tb, err := graft.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Grafts) < 2 || tb.Grafts["autograft"] == nil {
		t.Fatalf("the graft table has %d grafts, want several with autograft", len(tb.Grafts))
	}
	a := &graftArt{table: tb, scale: 2, palette: PaletteFor("light"),
		particles: map[string][]Sprite{}}
	if a.woven.Image != nil || a.mature.Image != nil {
		t.Fatal("textures rasterised before use")
	}
	var other string
	for name := range tb.Grafts {
		if name != "autograft" {
			other = name
			break
		}
	}
	ss := a.particleSprites(other)
	if len(ss) != tb.Grafts[other].Variants || ss[0].Image == nil {
		t.Fatalf("%s: %d sprites, want %d rasterised", other, len(ss), tb.Grafts[other].Variants)
	}
	if len(a.particles) != 1 {
		t.Errorf("asked for one graft, %d rasterised", len(a.particles))
	}
	if again := a.particleSprites(other); &again[0] != &ss[0] {
		t.Error("a graft's particles rasterised twice")
	}
	auto := a.particleSprites("no-such-graft")
	if len(auto) == 0 || &auto[0] != &a.particleSprites("autograft")[0] {
		t.Error("an unknown graft does not fall back to autograft's particles")
	}
	w := a.wovenTex()
	if w.Image == nil || a.wovenTex().Image != w.Image {
		t.Error("woven texture not rasterised once")
	}
	if a.mature.Image != nil {
		t.Error("the mature texture rasterised with the woven one")
	}
	m := a.matureTex()
	if m.Image == nil || a.matureTex().Image != m.Image {
		t.Error("mature texture not rasterised once")
	}
	a.dispose()
	if a.particles != nil || a.woven.Image != nil || a.mature.Image != nil {
		t.Error("dispose kept pictures it freed")
	}
}
