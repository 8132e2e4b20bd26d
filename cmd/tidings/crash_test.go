package main

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

const (
	crashFeeds    = 20
	crashPerFeed  = 50 // = the pipeline's items per feed per fetch
	crashArticles = crashFeeds * crashPerFeed
)

// crashPublisher serves 20 feeds of 50 items each, every item a page of its
// own made-up event.
func crashPublisher(t *testing.T) *httptest.Server {
	places := []string{"Lyon", "Porto", "Gdansk", "Leipzig", "Bergen", "Turin", "Ghent", "Malmo", "Brno", "Cork"}
	topics := []string{"tram line", "harbour bridge", "school reform", "water plant", "city budget", "flood barrier",
		"hospital wing", "bus depot", "library", "cycle lanes"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var f, i int
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case strings.HasPrefix(r.URL.Path, "/feed/"):
			f, _ = strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
			var b strings.Builder
			fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet %d</title><link>http://%s/</link>`, f, r.Host)
			for i = 0; i < crashPerFeed; i++ {
				n := f*crashPerFeed + i
				fmt.Fprintf(&b, `<item><title>Council %d votes on the %s in %s</title><link>http://%s/a/%d</link><pubDate>%s</pubDate></item>`,
					n, topics[n%10], places[(n/10)%10], r.Host, n, time.Now().Add(-time.Duration(n)*time.Minute).Format(time.RFC1123Z))
			}
			b.WriteString(`</channel></rss>`)
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(b.String()))
		case strings.HasPrefix(r.URL.Path, "/a/"):
			n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/a/"))
			fmt.Fprintf(w, `<html><head><title>Council %d votes</title></head><body><article><h1>Council %d votes on the %s in %s</h1>
<p>The council of %s voted on Monday on plan number %d for the %s, after a debate that lasted %d hours.</p>
<p>Supporters said the plan number %d would cost %d million euros and take %d years to finish, officials said.</p>
<p>"We have waited long enough for the %s," said councillor Anna Weber-%d, who proposed the vote.</p>
<p>Opponents said the money for plan %d should go to housing instead, and promised to challenge the vote.</p>
</article></body></html>`, n, n, topics[n%10], places[(n/10)%10], places[(n/10)%10], n, topics[n%10], n%9+2, n, n%50+10, n%5+1, topics[n%10], n, n)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// Killing "tidings fetch" with SIGKILL at random points while it fetches
// and processes 1,000 articles, then running it again, loses no committed
// article, stores none twice, places every one in a story, and leaves the
// SQLite file whole.
func TestKillNineWhileFetching(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and fetches 1,000 articles several times")
	}
	bin := filepath.Join(t.TempDir(), "tidings")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	pub := crashPublisher(t)
	db := filepath.Join(t.TempDir(), "crash.db")
	env := append(os.Environ(), "TIDINGS_DB="+db, "TIDINGS_ALLOW_PRIVATE_NETWORKS=1", "TIDINGS_DEFAULT_SOURCES=none", "TIDINGS_LOG_LEVEL=error")
	tidingsCmd := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		return cmd
	}
	var feeds []string
	for f := 0; f < crashFeeds; f++ {
		feeds = append(feeds, fmt.Sprintf("%s/feed/%d", pub.URL, f))
	}
	if out, err := tidingsCmd(append([]string{"sources", "add"}, feeds...)...).CombinedOutput(); err != nil {
		t.Fatalf("sources add: %v\n%s", err, out)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	kills := 0
	for round := 0; round < 8; round++ {
		cmd := tidingsCmd("fetch", "--all")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(time.Duration(50+rng.IntN(1200)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
		}
	}
	t.Logf("%d runs killed with SIGKILL", kills)
	conn, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Run again until every article is placed: a killed run's lease on
	// placing articles expires after at most 30 seconds.
	for start := time.Now(); ; {
		if out, err := tidingsCmd("fetch", "--all").CombinedOutput(); err != nil {
			t.Fatalf("final fetch: %v\n%s", err, out)
		}
		var waiting int
		conn.QueryRow(`SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`).Scan(&waiting)
		if waiting == 0 || time.Since(start) > 2*time.Minute {
			break
		}
		time.Sleep(2 * time.Second)
	}
	var check string
	if err := conn.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
	counts := map[string]string{
		"articles":                   `SELECT count(*) FROM articles`,
		"distinct article urls":      `SELECT count(DISTINCT url) FROM articles`,
		"articles without a story":   `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`,
		"articles in two stories":    `SELECT count(*) FROM (SELECT article_id FROM story_articles GROUP BY article_id HAVING count(*) > 1)`,
		"stories without an article": `SELECT count(*) FROM stories s WHERE s.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)`,
	}
	want := map[string]int{"articles": crashArticles, "distinct article urls": crashArticles}
	for name, q := range counts {
		var n int
		if err := conn.QueryRow(q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want[name] {
			t.Errorf("%s: %d, want %d", name, n, want[name])
		}
	}
}
