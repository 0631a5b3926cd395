// Package framebench holds the frame benchmarks of the explorer: they run
// the game inside Ebitengine's loop (natively, under a display such as
// xvfb-run) and draw whole frames into an offscreen image.
package framebench
