package write

import (
	"path/filepath"
	"testing"
)

// BenchmarkWrite drafts the three-source rail-talks story.
func BenchmarkWrite(b *testing.B) {
	arts := loadStory(b, filepath.Join("testdata", "stories", "rail-talks.json"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(arts); err != nil {
			b.Fatal(err)
		}
	}
}
