package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// robotsServer serves robots as /robots.txt with status code, counts the
// times it is asked, and answers every other path with 200, or redirects
// /go/x to /x.
func robotsServer(t *testing.T, code int, robots string) (url string, hits *atomic.Int64) {
	hits = new(atomic.Int64)
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			hits.Add(1)
			w.WriteHeader(code)
			fmt.Fprint(w, robots)
		case len(r.URL.Path) > 3 && r.URL.Path[:4] == "/go/":
			http.Redirect(w, r, r.URL.Path[3:], http.StatusFound)
		default:
			fmt.Fprint(w, "ok")
		}
	}))
	return srv.URL, hits
}

func TestGetRobots(t *testing.T) {
	const robots = "User-agent: *\nDisallow: /private\nAllow: /private/ok\n\nUser-agent: Tidings\nDisallow: /no-tidings\n"
	tests := []struct {
		name    string
		code    int
		path    string
		wantErr error
	}{
		{"allowed", 200, "/news/1", nil},
		{"disallowed for our token", 200, "/no-tidings/1", ErrRobots},
		{"our group replaces star", 200, "/private/x", nil},
		{"redirect into disallowed", 200, "/go/no-tidings/2", ErrRobots},
		{"missing robots allows", 404, "/no-tidings/1", nil},
		{"forbidden robots allows", 403, "/no-tidings/1", nil},
		{"failing robots allows", 503, "/no-tidings/1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, _ := robotsServer(t, tt.code, robots)
			_, err := get(t, testClient(Options{}), url+tt.path, Conditional{})
			if tt.wantErr == nil && err != nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("Get(%s) = %v, want %v", tt.path, err, tt.wantErr)
			}
		})
	}
}

func TestRobotsStarGroup(t *testing.T) {
	url, _ := robotsServer(t, 200, "User-agent: *\nDisallow: /private\nAllow: /private/ok\n")
	c := testClient(Options{})
	if _, err := get(t, c, url+"/private/x", Conditional{}); !errors.Is(err, ErrRobots) {
		t.Errorf("Get(/private/x) = %v, want ErrRobots", err)
	}
	if _, err := get(t, c, url+"/private/ok", Conditional{}); err != nil {
		t.Errorf("Get(/private/ok) = %v", err)
	}
}

func TestRobotsFetchedOncePerSite(t *testing.T) {
	url, hits := robotsServer(t, 200, "User-agent: *\nDisallow: /x\n")
	c := testClient(Options{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := get(t, c, fmt.Sprintf("%s/page/%d", url, i), Conditional{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := hits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

func TestRobotsExpire(t *testing.T) {
	url, hits := robotsServer(t, 200, "")
	c := testClient(Options{})
	now := time.Now()
	c.robots.now = func() time.Time { return now }
	for range 2 {
		if _, err := get(t, c, url+"/a", Conditional{}); err != nil {
			t.Fatal(err)
		}
	}
	now = now.Add(robotsTTL + time.Second)
	if _, err := get(t, c, url+"/a", Conditional{}); err != nil {
		t.Fatal(err)
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2 (once, and again after the TTL)", n)
	}
}

func TestRobotsCacheBounded(t *testing.T) {
	rc := newRobotsCache(time.Hour, 3)
	for i := range 10 {
		site := fmt.Sprintf("https://site%d.example", i)
		e, mine := rc.entry(site)
		if !mine {
			t.Fatalf("entry(%s) was not new", site)
		}
		rc.finish(site, e, nil, time.Duration(i+1)*time.Minute)
	}
	if n := len(rc.entries); n > 3 {
		t.Errorf("cache holds %d sites, want at most 3", n)
	}
	if _, mine := rc.entry("https://site9.example"); mine {
		t.Error("the newest site was evicted")
	}
}

func TestRobotsNotKeptAfterCancel(t *testing.T) {
	rc := newRobotsCache(time.Hour, 3)
	e, _ := rc.entry("https://a.example")
	rc.finish("https://a.example", e, nil, 0)
	if _, mine := rc.entry("https://a.example"); !mine {
		t.Error("an unfinished fetch was kept")
	}
}
