package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
	"tidings/internal/web"
)

// benchSite is a site over n stories (TIDINGS_BENCH_STORIES, default
// 10,000; the README's performance section uses 1,000,000).
func benchSite(b *testing.B) (*httptest.Server, int64) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("TIDINGS_BENCH_STORIES")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	var last int64
	for i := 0; i < n; i++ {
		a, err := st.AddArticle(ctx, news.Article{URL: fmt.Sprintf("https://herald.example/%d", i), Site: "Herald",
			Title: fmt.Sprintf("Council %d approves tram line", i), Text: fmt.Sprintf("The council %d approved a tram line on Monday.", i)})
		if err != nil {
			b.Fatal(err)
		}
		s, err := st.SaveStory(ctx, news.Story{Section: news.Sections[i%len(news.Sections)],
			Headline: fmt.Sprintf("Council %d approves tram line", i), Summary: "The council approved a tram line.",
			Body:     []string{"The council approved a tram line on Monday.", "It will open in 2029.", "Riders welcomed it."},
			Dateline: news.Dateline{Place: "Lyon", Country: "France", Text: "Lyon, France"}, Date: time.Now(),
			Articles: []news.Article{a},
			Questions: []news.Question{{Question: "What did the council approve?", Answer: "A tram line.",
				Citations: []news.Citation{{ArticleID: a.ID, Quote: "The council approved a tram line on Monday."}}}}})
		if err != nil {
			b.Fatal(err)
		}
		last = s.ID
	}
	mod, err := moderate.New(ctx, st, moderate.DefaultRules())
	if err != nil {
		b.Fatal(err)
	}
	srv, err := web.New(web.Options{Store: st, Moderation: mod, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	b.Cleanup(ts.Close)
	return ts, last
}

// BenchmarkPages measures the home, section and story pages over loopback
// HTTP, reporting p50 and p99 latency beside ns/op.
func BenchmarkPages(b *testing.B) {
	ts, last := benchSite(b)
	pages := map[string]func(i int) string{
		"home":    func(int) string { return "/" },
		"section": func(int) string { return "/section/world" },
		"story":   func(i int) string { return "/story/" + strconv.FormatInt(last-int64(i%1000), 10) },
	}
	for _, name := range []string{"home", "section", "story"} {
		b.Run(name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				start := time.Now()
				resp, err := http.Get(ts.URL + pages[name](i))
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("%s: %d", name, resp.StatusCode)
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
		})
	}
}
