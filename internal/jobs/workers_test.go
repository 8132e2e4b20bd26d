package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"tidings/internal/compose"
	"tidings/internal/fetch"
	"tidings/internal/news"
	"tidings/internal/store"
)

// Two worker processes (two pipelines, each with its own connection to the
// database) fetch the same sources at the same time while a web process
// reads: every article is stored once and placed in exactly one story, and
// none is left behind. On SQLite always; on PostgreSQL too when
// TIDINGS_TEST_POSTGRES holds a DSN.
func TestTwoWorkersShareTheWork(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { twoWorkers(t, filepath.Join(t.TempDir(), "shared.db")) })
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv("TIDINGS_TEST_POSTGRES")
		if dsn == "" {
			t.Skip("TIDINGS_TEST_POSTGRES is not set")
		}
		twoWorkers(t, freshPostgres(t, dsn))
	})
}

// freshPostgres creates a database of its own for a test, dropped after.
func freshPostgres(t *testing.T, dsn string) string {
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("tidings_jobs_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if a, err := sql.Open("pgx", dsn); err == nil {
			a.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			a.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func twoWorkers(t *testing.T, db string) {
	const feeds, perFeed = 8, 10
	topics := []string{"tram line", "harbour bridge", "school reform", "water plant", "city budget"}
	places := []string{"Lyon", "Porto", "Gdansk", "Leipzig", "Bergen", "Turin", "Ghent", "Malmo"}
	var hits sync.Map
	pub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := hits.LoadOrStore(r.URL.Path, new(int))
		*(n.(*int))++
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case strings.HasPrefix(r.URL.Path, "/feed/"):
			f, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
			var b strings.Builder
			fmt.Fprintf(&b, `<rss version="2.0"><channel><title>Outlet %d</title>`, f)
			for i := 0; i < perFeed; i++ {
				k := f*perFeed + i
				fmt.Fprintf(&b, `<item><title>%s votes on the %s, plan %d</title><link>http://%s/a/%d</link></item>`,
					places[f], topics[i%5], k, r.Host, k)
			}
			b.WriteString(`</channel></rss>`)
			w.Write([]byte(b.String()))
		case strings.HasPrefix(r.URL.Path, "/a/"):
			k, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/a/"))
			fmt.Fprintf(w, `<html><body><article><h1>%s votes on plan %d</h1>
<p>The council of %s voted on plan %d for the %s on Monday after a long debate.</p>
<p>Councillor Anna Weber-%d said plan %d would cost %d million euros, officials said.</p>
<p>Opponents of plan %d promised to challenge the vote in court next month.</p></article></body></html>`,
				places[k/perFeed], k, places[k/perFeed], k, topics[k%5], k, k, k%40+5, k)
		}
	}))
	defer pub.Close()
	worker := func() *Pipeline {
		st, err := store.Open(context.Background(), db)
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
	a, b := worker(), worker()
	ctx := context.Background()
	for f := 0; f < feeds; f++ {
		if _, err := a.Store.AddSource(ctx, news.Source{URL: fmt.Sprintf("%s/feed/%d", pub.URL, f)}); err != nil {
			t.Fatal(err)
		}
	}
	// The web process: a third connection reading while the workers write.
	web := worker()
	stopReading := make(chan struct{})
	readErrs := make(chan error, 1)
	go func() {
		for {
			select {
			case <-stopReading:
				close(readErrs)
				return
			default:
			}
			if _, err := web.Store.Stories(ctx, store.StoryFilter{Limit: 20}); err != nil {
				readErrs <- err
				close(readErrs)
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	var wg sync.WaitGroup
	for _, p := range []*Pipeline{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				if _, err := p.RunOnce(ctx, false, nil); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	close(stopReading)
	for err := range readErrs {
		t.Errorf("the web process could not read: %v", err)
	}
	// Whatever a busy lease left waiting is placed by a later pass.
	deadline := time.Now().Add(60 * time.Second)
	for {
		unplaced, _ := a.Store.UnplacedArticles(ctx, 10)
		if len(unplaced) == 0 || time.Now().After(deadline) {
			break
		}
		a.RunOnce(ctx, false, nil)
		time.Sleep(100 * time.Millisecond)
	}
	for f := 0; f < feeds; f++ {
		if n, _ := hits.Load(fmt.Sprintf("/feed/%d", f)); *(n.(*int)) != 1 {
			t.Errorf("feed %d fetched %d times, want once (sources are claimed)", f, *(n.(*int)))
		}
	}
	placed, err := a.Store.PlacedSince(ctx, time.Now().Add(-24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]int{}
	for _, pa := range placed {
		seen[pa.ID]++
	}
	if len(seen) != feeds*perFeed {
		t.Errorf("%d articles placed, want %d", len(seen), feeds*perFeed)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("article %d is in %d stories", id, n)
		}
	}
}
