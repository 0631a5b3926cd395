package scene

import (
	"github.com/hajimehoshi/ebiten/v2"

	"spinefusion/assets"
	"spinefusion/game/anatomy"
	"spinefusion/game/graft"
	"spinefusion/game/motion"
)

// graftArt is what the healing layers draw with: the graft looks, the
// particle pictures and bone textures rasterised at one scale, the particle
// layouts of each space (computed once), and the reused drawing buffers.
type graftArt struct {
	table *graft.Table
	spine *anatomy.Spine

	scale   float64
	palette *Palette
	// particles holds each graft's particle pictures, by variant; nil
	// until the pictures below are for scale and palette. Each is
	// rasterised when first drawn (see particleSprites, wovenTex and
	// matureTex), so that the first frame draws only what it shows.
	particles map[string][]Sprite
	// woven and mature are bone textures laid over a space: new woven bone
	// and remodelled cancellous bone, the same look as the bodies'.
	woven, mature Sprite

	// layouts are the particles of each space, computed once.
	layouts map[spaceKey][]graft.Particle
	// noise is each space's front noise by column.
	noise   map[spaceKey][]float64
	neutral []motion.Affine

	// walls are the fused bone's cortical walls by disc.
	walls map[int]*Sprite
	// columnSprites are the remodelled posterolateral masses of the fused
	// levels columnLevels, at columnScale with columnPal.
	columnSprites []columnSprite
	columnLevels  string
	columnScale   float64
	columnPal     *Palette

	mesh boneMesh
	dio  drawImage
}

// drawImage holds reused options for placing sprites.
type drawImage struct{ op ebiten.DrawImageOptions }

// spaceKey names one space's layout: a graft in a disc space or in the
// posterolateral gutter of a level.
type spaceKey struct {
	graft  string
	disc   int
	gutter bool
}

// graftArtFor returns the graft art for the scene's spine, scale and
// palette, building it (and loading the graft table) when they change; nil
// if the table cannot be read.
func (s *Scene) graftArtFor(c *spineCtx) *graftArt {
	a := s.graft
	if a == nil {
		// Loaded once; a table that cannot be read (the assets' tests
		// catch that) leaves the healing undrawn rather than retried.
		a = &graftArt{}
		a.table, _ = graft.Load(assets.Data)
		s.graft = a
	}
	if a.table == nil {
		return nil
	}
	if a.spine != c.sp {
		// Everything drawn is shaped by the spine.
		a.dispose()
		a.spine = c.sp
		a.layouts = map[spaceKey][]graft.Particle{}
		a.noise = map[spaceKey][]float64{}
		a.neutral = make([]motion.Affine, len(c.sp.Vertebrae))
		motion.Pose(c.sp, motion.Sagittal, make([]float64, len(c.sp.Discs)), a.neutral)
	}
	if a.scale != c.art.scale || a.palette != s.pal || a.particles == nil {
		a.dispose()
		a.scale, a.palette = c.art.scale, s.pal
		a.particles = map[string][]Sprite{}
		a.walls = map[int]*Sprite{}
	}
	return a
}

// particleSprites returns the particle pictures, by variant, of the named
// graft (autograft's for a name the table lacks), rasterising them at the
// art's scale the first time.
func (a *graftArt) particleSprites(name string) []Sprite {
	if ss, ok := a.particles[name]; ok {
		return ss
	}
	l, ok := a.table.Grafts[name]
	if !ok {
		if name == "autograft" {
			return nil
		}
		return a.particleSprites("autograft")
	}
	ss := make([]Sprite, l.Variants)
	for v := range ss {
		ss[v] = particleSprite(l, a.scale, uint64(v+1)*7919+uint64(len(name)))
	}
	a.particles[name] = ss
	return ss
}

// wovenTex returns the woven bone texture, rasterising it the first time.
func (a *graftArt) wovenTex() *Sprite {
	if a.woven.Image == nil {
		a.woven = wovenTexture(a.scale, a.palette, &a.table.Tissue)
	}
	return &a.woven
}

// matureTex returns the remodelled bone texture, rasterising it the first
// time.
func (a *graftArt) matureTex() *Sprite {
	if a.mature.Image == nil {
		a.mature = matureTexture(a.scale, a.palette)
	}
	return &a.mature
}

// dispose frees the pictures and forgets them: a.particles is nil again.
func (a *graftArt) dispose() {
	for _, ss := range a.particles {
		deallocate(ss...)
	}
	for _, c := range a.columnSprites {
		deallocate(c.sprite)
	}
	a.columnSprites, a.columnLevels = a.columnSprites[:0], ""
	for _, w := range a.walls {
		deallocate(*w)
	}
	deallocate(a.woven, a.mature)
	a.particles, a.walls = nil, nil
	a.woven, a.mature = Sprite{}, Sprite{}
}

// layout returns the particles of a graft in a space, computing them the
// first time; w and h are the space's size in millimetres.
func (a *graftArt) layout(k spaceKey, w, h float64) []graft.Particle {
	ps, ok := a.layouts[k]
	if !ok {
		seed := uint64(k.disc+1)*131 + uint64(len(k.graft))*17
		if k.gutter {
			seed += 1000
		}
		ps = graft.Layout(a.table.Look(k.graft), w, h, seed)
		a.layouts[k] = ps
	}
	return ps
}

// columnNoise returns the front's noise in each of n+1 columns of a space.
func (a *graftArt) columnNoise(k spaceKey, n int) []float64 {
	k.graft = ""
	cs, ok := a.noise[k]
	if !ok {
		seed := uint64(k.disc+3) * 977
		if k.gutter {
			seed += 5
		}
		cs = graft.Columns(seed, n+1)
		a.noise[k] = cs
	}
	return cs
}
