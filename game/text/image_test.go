package text_test

import (
	"testing"

	"spinefusion/game/text"
)

// These tests create Ebitengine images; run them under a display
// (xvfb-run -a go test ./game/text/) if the driver needs one.

func TestImageSameKeySamePointer(t *testing.T) {
	c := text.NewCache()
	a, oa := c.Image("Flexion / extension", 16, false)
	b, ob := c.Image("Flexion / extension", 16, false)
	if a == nil || a != b || oa != ob {
		t.Fatalf("same key gave %p %v and %p %v", a, oa, b, ob)
	}
	if d, _ := c.Image("Flexion / extension", 16, true); d == a {
		t.Error("bold and regular share an image")
	}
	if d, _ := c.Image("Flexion / extension", 17, false); d == a {
		t.Error("two sizes share an image")
	}
	w, h := c.Measure("Flexion / extension", 16, false)
	bw, bh := a.Bounds().Dx(), a.Bounds().Dy()
	if bw < w || bh < h || oa.X < 0 || oa.Y < 0 || oa.X+w > bw || oa.Y+h > bh {
		t.Errorf("image %dx%d with origin %v cannot hold a %dx%d line box", bw, bh, oa, w, h)
	}
	if img, _ := c.Image("", 16, false); img != nil {
		t.Error("empty string has an image")
	}
}

func TestImageHitDoesNotAllocate(t *testing.T) {
	c := text.NewCache()
	c.Image("6 months after surgery", 20, false)
	if n := testing.AllocsPerRun(100, func() { c.Image("6 months after surgery", 20, false) }); n != 0 {
		t.Errorf("Image cache hit allocates %v times", n)
	}
}

func TestImagesEvicted(t *testing.T) {
	c := text.NewCache()
	c.SetLimits(8, 0)
	first, _ := c.Image("0", 12, false)
	for i := range 50 {
		c.Image(string(rune('a'+i%26))+string(rune('A'+i/26)), 12, false)
	}
	if c.Len() != 8 {
		t.Errorf("Len = %d, want 8", c.Len())
	}
	again, _ := c.Image("0", 12, false)
	if again == first {
		t.Error("evicted string came back with its old image")
	}
}
