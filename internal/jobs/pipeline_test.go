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
	c, err := compose.New(compose.Options{})
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

// Articles about one event become one story, rewritten from all of them; a
// syndicated copy joins its original's story as a copy; an unrelated
// article starts its own.
func TestArticlesClusterIntoStories(t *testing.T) {
	ctx := context.Background()
	p := newPipeline(t)
	day := time.Now().UTC().Add(-6 * time.Hour).Truncate(time.Second)
	wire := "Delegates from 140 countries opened two days of talks in Geneva on Tuesday on how to pay for climate adaptation, " +
		"with poorer nations pressing richer ones to offer grants rather than loans.\n\n" +
		"The meeting, hosted by the United Nations Environment Programme, is the last formal round before the climate summit in November.\n\n" +
		"\"We cannot keep borrowing to repair damage we did not cause,\" said Fatima Diallo, Senegal's environment minister."
	articles := []news.Article{
		{URL: "https://wire.example/geneva", Title: "Climate finance talks open in Geneva", Site: "Wire", Published: day, Text: wire},
		{URL: "https://paper.example/geneva", Title: "Climate finance talks open in Geneva", Site: "Paper", Published: day.Add(time.Hour),
			Text: wire + "\n\nThe talks end on Wednesday."},
		{URL: "https://daily.example/geneva-grants", Title: "Poorer nations demand climate grants at Geneva talks", Site: "Daily",
			Published: day.Add(2 * time.Hour), Text: "Poorer nations at the climate finance talks in Geneva demanded grants instead of loans on Tuesday.\n\n" +
				"Senegal's environment minister Fatima Diallo said least developed countries could not keep borrowing to pay for climate damage.\n\n" +
				"European Union negotiator Tomas Berg said the bloc was open to more grants for the most vulnerable countries."},
		{URL: "https://sport.example/marathon", Title: "Chebet wins Berlin Marathon", Site: "Sport", Published: day.Add(3 * time.Hour),
			Text: "Kenya's Ruth Chebet broke the course record to win the Berlin Marathon on Sunday.\n\nEthiopia's Tigist Assefa finished second."},
	}
	for _, a := range articles {
		if _, err := p.Store.AddArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		if _, err := p.RunOnce(ctx, false, nil); err != nil {
			t.Fatal(err)
		}
	}
	stories, err := p.Store.Stories(ctx, store.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 2 {
		t.Fatalf("%d stories, want 2 (the Geneva talks and the marathon)", len(stories))
	}
	geneva := stories[1]
	if len(geneva.Articles) != 3 {
		t.Fatalf("Geneva story has %d articles, want 3", len(geneva.Articles))
	}
	if geneva.Articles[1].CopyOf != geneva.Articles[0].ID {
		t.Errorf("the paper's copy of the wire story is not marked as a copy: %+v", geneva.Articles[1])
	}
	cited := map[int64]bool{}
	for _, cs := range geneva.BodyCitations {
		for _, c := range cs {
			cited[c.ArticleID] = true
		}
	}
	if !cited[geneva.Articles[2].ID] {
		t.Errorf("the story was not rewritten with the Daily's reporting: cites %v", cited)
	}
	// A new pipeline (a restart) rebuilds the clusters from the store.
	p2 := &Pipeline{Store: p.Store, Composer: p.Composer, Fetcher: p.Fetcher}
	p2.Store.AddArticle(ctx, news.Article{URL: "https://other.example/geneva", Title: "Geneva climate talks: grants or loans",
		Site: "Other", Published: day.Add(4 * time.Hour), Text: "Delegates in Geneva argued on Tuesday over grants and loans for climate adaptation, " +
			"as the United Nations Environment Programme hosted the last round of talks before the summit in November."})
	if _, err := p2.RunOnce(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	if st, _ := p.Store.Story(ctx, geneva.ID); len(st.Articles) != 4 {
		t.Errorf("after a restart the new Geneva article went elsewhere: the story has %d articles", len(st.Articles))
	}
}

// Articles that fail to become stories don't block those after them.
func TestFailingArticlesDontBlockTheRest(t *testing.T) {
	ctx := context.Background()
	p := newPipeline(t)
	for i := 0; i < 150; i++ { // no text: compose fails for each
		if _, err := p.Store.AddArticle(ctx, news.Article{URL: fmt.Sprintf("https://x.example/empty/%d", i), Title: "Only a title"}); err != nil {
			t.Fatal(err)
		}
	}
	good, _ := p.Store.AddArticle(ctx, news.Article{URL: "https://x.example/good", Title: "Council approves tram line",
		Text: "The council approved a tram line on Monday after a two-year debate.\n\nIt will open in 2029, officials said."})
	sum, err := p.RunOnce(ctx, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stories != 1 || sum.Errors != 150 {
		t.Errorf("summary %+v, want 1 story and 150 errors", sum)
	}
	if unplaced, _ := p.Store.UnplacedAfter(ctx, good.ID-1, 10); len(unplaced) != 0 {
		t.Errorf("the good article is still waiting behind the failing ones")
	}
}
