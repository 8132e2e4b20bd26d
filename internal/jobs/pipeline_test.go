package jobs

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"tidings/internal/compose"

	"tidings/internal/fetch"
	"tidings/internal/metrics"
	"tidings/internal/news"
	"tidings/internal/store"
)

func newPipeline(t *testing.T) *Pipeline {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c, err := compose.New(3)
	if err != nil {
		t.Fatal(err)
	}
	return &Pipeline{Store: st, Composer: c, Fetcher: fetch.New(fetch.Options{AllowPrivate: true})}
}

// An article committed without its story (a crash between the two writes)
// gets its story on the next pass.
func TestRunOncePublishesArticlesLeftWithoutStory(t *testing.T) {
	ctx := context.Background()
	p := newPipeline(t)
	a, err := p.Store.AddArticle(ctx, news.Article{
		URL: "https://example.com/a", Title: "Council approves new tram line for Lyon",
		Text: "LYON, France — The city council approved a new tram line on Monday after a two-year debate.\n\n" +
			"The line will link the airport with the city centre and is expected to open in 2029, officials said.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := p.RunOnce(ctx, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stories != 1 || sum.Errors != 0 {
		t.Fatalf("summary %+v, want one story", sum)
	}
	stories, _ := p.Store.Stories(ctx, store.StoryFilter{})
	if len(stories) != 1 || len(stories[0].Articles) != 1 || stories[0].Articles[0].ID != a.ID {
		t.Fatalf("stories = %+v", stories)
	}
	if stories[0].Dateline.Text != "Lyon, France" {
		t.Errorf("dateline = %q", stories[0].Dateline.Text)
	}
	if sum, _ := p.RunOnce(ctx, false, nil); sum.Stories != 0 {
		t.Errorf("second pass wrote %d stories again", sum.Stories)
	}
}

func TestFailingSourceBacksOff(t *testing.T) {
	ctx := context.Background()
	p := newPipeline(t)
	p.Interval = 10 * time.Minute
	p.Metrics = metrics.New(p.Store)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("<html>this is no feed</html>"))
	}))
	defer srv.Close()
	src, _ := p.Store.AddSource(ctx, news.Source{URL: srv.URL + "/feed"})
	want := []time.Duration{20 * time.Minute, 40 * time.Minute, 80 * time.Minute}
	for i, wait := range want {
		start := time.Now()
		sum, err := p.RunOnce(ctx, true, nil)
		if err != nil || sum.Errors != 1 {
			t.Fatalf("pass %d: %+v, %v", i, sum, err)
		}
		got, _ := p.Store.Source(ctx, src.ID)
		if got.ErrorCount != i+1 || got.LastError == "" {
			t.Errorf("pass %d: error count %d, last error %q", i, got.ErrorCount, got.LastError)
		}
		if d := got.NextFetch.Sub(start); d < wait || d > wait+time.Minute {
			t.Errorf("pass %d: next fetch in %s, want %s", i, d, wait)
		}
	}
	if n := testutil.ToFloat64(p.Metrics.Fetches.WithLabelValues(fmt.Sprint(src.ID), "error")); n != 3 {
		t.Errorf("fetch errors counted %v, want 3", n)
	}
	if d := p.backoff(30); d != 24*time.Hour {
		t.Errorf("backoff(30) = %s, want a day", d)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tracking dropped", "https://Example.com/a?utm_source=rss&id=3#top", "https://example.com/a?id=3"},
		{"plain", "https://example.com/a", "https://example.com/a"},
		{"fbclid", "http://example.com/a?fbclid=x", "http://example.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Canonical(tt.in); got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
