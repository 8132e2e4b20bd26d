package write_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"tidings/internal/news"
	"tidings/internal/verify"
	"tidings/internal/write"
)

// TestWritePassesGate checks that every sentence Write produces passes the
// faithfulness gate, on the fixtures and on the same shuffled and
// recombined stories as TestWriteIsFaithful.
func TestWritePassesGate(t *testing.T) {
	var pool []news.Article
	for _, path := range write.StoryPaths(t) {
		arts := write.LoadStory(t, path)
		pool = append(pool, arts...)
		t.Run(path, func(t *testing.T) { checkGate(t, arts) })
	}
	pool = append(pool, write.MessyArticles()...)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		arts := write.SampleArticles(rng, pool)
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkGate(t, arts) })
	}
}

func checkGate(t *testing.T, arts []news.Article) {
	t.Helper()
	d, err := write.Write(arts)
	if errors.Is(err, write.ErrNoText) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if r := verify.CheckDraft(d, arts); !r.OK() {
		t.Errorf("draft held by the gate:\n%s", r)
	}
}
