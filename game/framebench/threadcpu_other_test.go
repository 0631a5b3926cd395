//go:build !linux

package framebench

import "time"

// threadCPU is not measured outside Linux: BenchmarkFrame then reports
// only its wall time.
func threadCPU() time.Duration { return 0 }
