package scene

import "image/color"

// Palette is the colours of the picture for one theme.
type Palette struct {
	Background, BackgroundLow color.RGBA
	Panel, PanelLine          color.RGBA
	Text, TextSoft            color.RGBA
	Accent                    color.RGBA
	BoneLine, Cortex, Spongy  color.RGBA
	Trabecula, Arch, Process  color.RGBA
	Marks                     color.RGBA
	AnnulusOut, AnnulusIn     color.RGBA
	NucleusRim, NucleusCore   color.RGBA
	Sac, SacLine, Nerve       color.RGBA
	NerveLine                 color.RGBA
	Figure, FigureLine        color.RGBA
	Ground                    color.RGBA
}

func rgb(hex uint32) color.RGBA {
	return color.RGBA{uint8(hex >> 16), uint8(hex >> 8), uint8(hex), 0xff}
}

// Palettes by theme name.
var Palettes = map[string]*Palette{
	"light": {
		Background: rgb(0xf3f5f7), BackgroundLow: rgb(0xe6ebf0),
		Panel: rgb(0xffffff), PanelLine: rgb(0xd5dde5),
		Text: rgb(0x1d2733), TextSoft: rgb(0x56636f), Accent: rgb(0x1f6fb2),
		BoneLine: rgb(0x7a6244), Cortex: rgb(0xf4ecda), Spongy: rgb(0xe6d3ad),
		Trabecula: rgb(0xcdb486), Arch: rgb(0xeee3c9), Process: rgb(0xf6efdf),
		Marks:      rgb(0xb89f76),
		AnnulusOut: rgb(0x6f9fbf), AnnulusIn: rgb(0xa9cce0),
		NucleusRim: rgb(0xc4e0ee), NucleusCore: rgb(0xf0f8fc),
		Sac: rgb(0xf6e2a6), SacLine: rgb(0xd1b25e), Nerve: rgb(0xf2c230), NerveLine: rgb(0xa07a10),
		Figure: rgb(0x7d8b99), FigureLine: rgb(0x5d6b79), Ground: rgb(0xc9d2db),
	},
	"dark": {
		Background: rgb(0x151b22), BackgroundLow: rgb(0x0e1318),
		Panel: rgb(0x1f2730), PanelLine: rgb(0x33404d),
		Text: rgb(0xecf1f5), TextSoft: rgb(0xa9b6c2), Accent: rgb(0x6cb4ee),
		BoneLine: rgb(0x3b2e1f), Cortex: rgb(0xeadfc6), Spongy: rgb(0xd6c197),
		Trabecula: rgb(0xbca273), Arch: rgb(0xe2d5b8), Process: rgb(0xeee4cf),
		Marks:      rgb(0xa58d63),
		AnnulusOut: rgb(0x5d8eb0), AnnulusIn: rgb(0x95bcd3),
		NucleusRim: rgb(0xb4d5e6), NucleusCore: rgb(0xe6f2f8),
		Sac: rgb(0xe9d38e), SacLine: rgb(0xb99a48), Nerve: rgb(0xf5c63a), NerveLine: rgb(0x7d5e08),
		Figure: rgb(0x8d9aa8), FigureLine: rgb(0xb0bcc8), Ground: rgb(0x33404d),
	},
}

func init() {
	// High contrast: pure white and black, darker outlines and stronger
	// tissue colours; the projector theme uses it with larger sizes.
	c := *Palettes["light"]
	c.Background, c.BackgroundLow = rgb(0xffffff), rgb(0xffffff)
	c.Panel, c.PanelLine = rgb(0xffffff), rgb(0x000000)
	c.Text, c.TextSoft, c.Accent = rgb(0x000000), rgb(0x1d2733), rgb(0x0b4f8a)
	c.BoneLine = rgb(0x2a1e0f)
	c.AnnulusOut, c.AnnulusIn = rgb(0x2f6f9a), rgb(0x7fb2d4)
	c.Nerve, c.NerveLine = rgb(0xf0b400), rgb(0x4a3500)
	c.Figure, c.FigureLine = rgb(0x4a5866), rgb(0x1d2733)
	Palettes["contrast"] = &c
	Palettes["projector"] = &c
}

// PaletteFor returns the palette of a theme, light for unknown ones.
func PaletteFor(theme string) *Palette {
	if p, ok := Palettes[theme]; ok {
		return p
	}
	return Palettes["light"]
}
