package compose

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/internal/extract"
	"tidings/internal/news"
)

// BenchmarkPageToStory measures the pipeline's work per article after the
// fetch: extract the page, then write the story (dateline, section,
// headline, summary, body, questions, faithfulness gate). One op is one
// article; run with -cpu 1 for articles per second per core.
func BenchmarkPageToStory(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("..", "..", "cmd", "tidings", "testdata", "publisher", "geneva.html"))
	if err != nil {
		b.Fatal(err)
	}
	page = []byte(strings.ReplaceAll(string(page), "{{BASE}}", "https://herald.example"))
	c, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(page)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := extract.Extract(page, "https://herald.example/world/geneva")
		if err != nil {
			b.Fatal(err)
		}
		a := news.Article{ID: 1, URL: "https://herald.example/world/geneva", Title: res.Title, Text: res.Text(), Published: res.Published}
		if _, err := c.Compose(ctx, Input{Articles: []news.Article{a}}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPlaceAndSection measures what filing an article costs: its
// dateline (wire dateline or inferred place) and its section, as Compose
// does them, on a 600-word article made of the Geneva fixture's text.
// One op is one article; run with -cpu 1 for articles per second per core.
func BenchmarkPlaceAndSection(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("..", "..", "cmd", "tidings", "testdata", "publisher", "geneva.html"))
	if err != nil {
		b.Fatal(err)
	}
	res, err := extract.Extract(page, "https://herald.example/world/geneva")
	if err != nil {
		b.Fatal(err)
	}
	var words []string
	for len(words) < 600 {
		words = append(words, strings.Fields(res.Text())...)
	}
	a := news.Article{URL: "https://herald.example/world/geneva", Title: res.Title, Text: strings.Join(words[:600], " ")}
	c, err := New(Options{Home: "United Kingdom"})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		place, text, _ := c.places.Find(a.Title, a.Text)
		c.sections.Classify(a.Title, text, c.hints(a, "", place))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
