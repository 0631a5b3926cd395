package model

import (
	"testing"

	"spinefusion/assets"
)

// BenchmarkLoad times reading every table, as the start does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(assets.Data); err != nil {
			b.Fatal(err)
		}
	}
}
