package scene

import (
	"image/color"
	"math"
	"testing"
)

// Colour-vision simulation for the palette audit: Viénot, Brettel & Mollon
// (1999), "Digital video colourmaps for checking the legibility of displays
// by dichromats", Color Research & Application 24(4): the protanope and
// deuteranope matrices in linear sRGB. Together these are about 6% of men.
var cvd = map[string][3][3]float64{
	"normal":       {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
	"protanopia":   {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}},
	"deuteranopia": {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}},
}

func toLinear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// simulate returns the linear RGB a dichromat of the kind sees for c.
func simulate(c color.RGBA, m [3][3]float64) [3]float64 {
	in := [3]float64{toLinear(c.R), toLinear(c.G), toLinear(c.B)}
	var out [3]float64
	for i := range 3 {
		for j := range 3 {
			out[i] += m[i][j] * in[j]
		}
		out[i] = math.Max(0, math.Min(1, out[i]))
	}
	return out
}

// lab converts linear sRGB (D65) to CIE L*a*b*.
func lab(rgb [3]float64) [3]float64 {
	x := 0.4124*rgb[0] + 0.3576*rgb[1] + 0.1805*rgb[2]
	y := 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	z := 0.0193*rgb[0] + 0.1192*rgb[1] + 0.9505*rgb[2]
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x/0.95047), f(y), f(z/1.08883)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

// deltaE is the CIE76 colour difference of two colours as a viewer of the
// kind sees them.
func deltaE(a, b color.RGBA, m [3][3]float64) float64 {
	la, lb := lab(simulate(a, m)), lab(simulate(b, m))
	return math.Sqrt((la[0]-lb[0])*(la[0]-lb[0]) + (la[1]-lb[1])*(la[1]-lb[1]) + (la[2]-lb[2])*(la[2]-lb[2]))
}

// TestPalettesColourBlindSafe checks, in every theme and for normal,
// protanope and deuteranope vision, that the colours that must be told
// apart stay apart: the chart's before and after bars, the nerves and the
// discs against the bone they lie on, and the text on the background.
// 20 ΔE is a clear difference at a glance (2.3 is just noticeable).
func TestPalettesColourBlindSafe(t *testing.T) {
	for name, p := range Palettes {
		before := blendN(opaqueN(p.TextSoft), opaqueN(p.Panel), 0.4)
		pairs := []struct {
			what string
			a, b color.RGBA
			min  float64
		}{
			{"chart: before bar vs after bar", color.RGBA(before), p.Accent, 20},
			{"nerve vs bone", p.Nerve, p.Cortex, 20},
			{"nerve vs spongy bone", p.Nerve, p.Spongy, 15},
			{"disc vs bone", p.AnnulusOut, p.Cortex, 20},
			{"disc vs nerve", p.AnnulusOut, p.Nerve, 20},
			{"text vs background", p.Text, p.Background, 60},
			{"accent vs panel", p.Accent, p.Panel, 30},
		}
		for vision, m := range cvd {
			for _, pr := range pairs {
				if d := deltaE(pr.a, pr.b, m); d < pr.min {
					t.Errorf("%s, %s: %s differ by ΔE %.1f, want at least %.0f", name, vision, pr.what, d, pr.min)
				} else {
					t.Logf("%-9s %-12s %-32s ΔE %5.1f", name, vision, pr.what, d)
				}
			}
		}
	}
}
