package write

import (
	"math/rand/v2"
	"testing"

	"tidings/internal/news"
)

// Helpers of the internal tests, for the external ones (gate_test.go).
var (
	LoadStory      = loadStory
	MessyArticles  = messyArticles
	SampleArticles = func(rng *rand.Rand, pool []news.Article) []news.Article { return sample(rng, pool) }
	StoryPaths     = func(t testing.TB) []string { return stories(t) }
)
