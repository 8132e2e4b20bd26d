package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// publisher serves the fixture site in testdata/publisher: an RSS feed, two
// article pages, a robots.txt, and a 404 for the third article's page (so
// its story comes from the feed's own content). The feed answers
// conditional GETs with 304.
func publisher(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var feedHits atomic.Int32
	pages := map[string]string{
		"/feed.xml":   "feed.xml",
		"/robots.txt": "robots.txt",
		"/world/2025/05/13/geneva-climate-finance-talks": "geneva.html",
		"/sport/2025/09/21/berlin-marathon-chebet":       "berlin.html",
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		body, err := os.ReadFile(filepath.Join("testdata", "publisher", name))
		if err != nil {
			t.Error(err)
			return
		}
		body = bytes.ReplaceAll(body, []byte("{{BASE}}"), []byte(srv.URL))
		switch {
		case name == "feed.xml":
			feedHits.Add(1)
			w.Header().Set("ETag", `"feed-v1"`)
			if r.Header.Get("If-None-Match") == `"feed-v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
		case strings.HasSuffix(name, ".html"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv, &feedHits
}

// env is a test's environment: a fresh database, no default sources, and
// (if private) the fetcher allowed to reach the loopback publisher.
func env(t *testing.T, private bool) func(string) string {
	vars := map[string]string{
		"TIDINGS_DB":              filepath.Join(t.TempDir(), "tidings.db"),
		"TIDINGS_DEFAULT_SOURCES": "none",
		"TIDINGS_LOG_LEVEL":       "warn",
	}
	if private {
		vars["TIDINGS_ALLOW_PRIVATE_NETWORKS"] = "1"
	}
	return func(k string) string { return vars[k] }
}

// tidings runs the command line and returns its standard output.
func tidings(t *testing.T, getenv func(string) string, stdin string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), args, getenv, strings.NewReader(stdin), &stdout, &stderr); err != nil {
		t.Fatalf("tidings %s: %v\nstderr:\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// serve starts "tidings serve" on a free loopback port and returns its URL.
func serve(t *testing.T, getenv func(string) string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	ctx = context.WithValue(ctx, readyKey{}, func(a string) { addr <- a })
	done := make(chan error, 1)
	var stderr bytes.Buffer
	args := append([]string{"serve", "--addr", "127.0.0.1:0"}, flags...)
	go func() { done <- run(ctx, args, getenv, nil, io.Discard, &stderr) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	select {
	case a := <-addr:
		return "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	return ""
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

type apiStory struct {
	ID       any    `json:"id"`
	Story    int64  `json:"story"`
	URL      string `json:"url"`
	Title    string `json:"title"`
	Text     string `json:"text"`
	Section  string `json:"section"`
	Date     string `json:"date"`
	Headline string `json:"headline"`
	Summary  string `json:"summary"`
	Dateline struct {
		Place, Country, Text string
	} `json:"dateline"`
	Body      []string `json:"body"`
	Questions []struct {
		Question  string `json:"question"`
		Answer    string `json:"answer"`
		Citations []struct {
			ID    any    `json:"id"`
			Quote string `json:"quote"`
		} `json:"citations"`
	} `json:"questions"`
	Sources []struct {
		Title, URL, Site string
	} `json:"sources"`
	Flags *int `json:"flags"`
}

func TestNewsroomEndToEnd(t *testing.T) {
	pub, feedHits := publisher(t)
	getenv := env(t, true)

	out := tidings(t, getenv, "", "sources", "add", pub.URL+"/feed.xml")
	if !strings.Contains(out, "added source 1") {
		t.Fatalf("sources add said %q", out)
	}
	out = tidings(t, getenv, "", "fetch")
	if want := "1 sources, 3 new articles, 3 stories, 0 errors"; strings.TrimSpace(out) != want {
		t.Fatalf("fetch said %q, want %q", out, want)
	}
	out = tidings(t, getenv, "", "fetch", "--all")
	if want := "1 sources, 0 new articles, 0 stories, 0 errors"; strings.TrimSpace(out) != want {
		t.Errorf("second fetch said %q, want %q", out, want)
	}
	if feedHits.Load() != 2 {
		t.Errorf("feed fetched %d times, want 2", feedHits.Load())
	}
	if out := tidings(t, getenv, "", "sources", "list"); !strings.Contains(out, pub.URL+"/feed.xml") || !strings.Contains(out, "ok") {
		t.Errorf("sources list:\n%s", out)
	}

	site := serve(t, getenv)
	stories := listStories(t, site)
	if len(stories) != 3 {
		t.Fatalf("API lists %d stories, want 3", len(stories))
	}
	pages := map[string]string{
		"geneva": readFixture(t, "geneva.html"),
		"berlin": readFixture(t, "berlin.html"),
		"norvex": readFixture(t, "feed.xml"),
	}
	for _, st := range stories {
		t.Run(st.Headline, func(t *testing.T) {
			source := pages[fixtureOf(st.URL)]
			checkStoryDoc(t, st, source)
			checkStoryPage(t, site, st)
		})
	}

	geneva := storyByURL(t, stories, "geneva")
	if geneva.Dateline.Text != "Geneva, Switzerland" {
		t.Errorf("Geneva dateline = %q", geneva.Dateline.Text)
	}
	if geneva.Date != "2025-05-13" {
		t.Errorf("Geneva date = %q", geneva.Date)
	}
	if s := storyByURL(t, stories, "berlin").Section; s != "SPORTS" {
		t.Errorf("Berlin marathon section = %s", s)
	}
	if s := storyByURL(t, stories, "norvex").Section; s != "BUSINESS" && s != "TECHNOLOGY" {
		t.Errorf("chipmaker results section = %s", s)
	}
	checkGolden(t, site, geneva.Story, pub.URL)
	checkFlags(t, site, geneva.Story)
	checkHomeAndSections(t, site, stories)
	checkAPIErrors(t, site)
	checkMetrics(t, site)
}

func checkMetrics(t *testing.T, site string) {
	t.Helper()
	code, body := get(t, site+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{`tidings_flags_total{reason="inaccurate"} 1`, `tidings_flags_total{reason="misleading"} 1`,
		"tidings_sources_due 0", "tidings_articles_waiting 0", "tidings_pipeline_lag_seconds 0", "tidings_fetch_seconds_bucket",
		"go_goroutines"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		if code, _ := get(t, site+path); code != 200 {
			t.Errorf("%s: %d", path, code)
		}
	}
}

func readFixture(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", "publisher", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func fixtureOf(u string) string {
	for _, k := range []string{"geneva", "berlin", "norvex"} {
		if strings.Contains(u, k) {
			return k
		}
	}
	return ""
}

func storyByURL(t *testing.T, stories []apiStory, part string) apiStory {
	t.Helper()
	for _, st := range stories {
		if strings.Contains(st.URL, part) {
			return st
		}
	}
	t.Fatalf("no story from a URL with %q", part)
	return apiStory{}
}

func listStories(t *testing.T, site string) []apiStory {
	t.Helper()
	code, body := get(t, site+"/api/stories?limit=10")
	if code != 200 {
		t.Fatalf("GET /api/stories: %d %s", code, body)
	}
	var list struct{ Stories []apiStory }
	if err := json.Unmarshal([]byte(body), &list); err != nil {
		t.Fatal(err)
	}
	return list.Stories
}

var spaces = regexp.MustCompile(`\s+`)

// inSource reports whether text appears in the fixture source, modulo
// whitespace and HTML escaping of the feed.
func inSource(text, source string) bool {
	norm := func(s string) string {
		s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&amp;", "&", "&#39;", "'").Replace(s)
		s = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s, " ")
		return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	}
	return strings.Contains(norm(source), norm(text))
}

// checkStoryDoc checks the API document: every part present, and the body,
// summary and answers drawn from the article's own text.
func checkStoryDoc(t *testing.T, st apiStory, source string) {
	t.Helper()
	if st.Headline == "" || st.Section == "" || st.Date == "" || st.Summary == "" || len(st.Body) == 0 {
		t.Errorf("missing parts: %+v", st)
	}
	if len(st.Body) > 6 || wordCount(strings.Join(st.Body, " ")) > 470 {
		t.Errorf("body too long: %d paragraphs, %d words", len(st.Body), wordCount(strings.Join(st.Body, " ")))
	}
	for _, p := range st.Body {
		for _, sentence := range splitSentences(p) {
			if !inSource(sentence, source) {
				t.Errorf("body sentence not in the source: %q", sentence)
			}
		}
	}
	if len(st.Questions) != 3 {
		t.Errorf("%d questions, want 3", len(st.Questions))
	}
	for _, q := range st.Questions {
		if !strings.HasSuffix(q.Question, "?") {
			t.Errorf("question without a question mark: %q", q.Question)
		}
		for _, c := range q.Citations {
			if !inSource(c.Quote, source) {
				t.Errorf("citation not in the source: %q", c.Quote)
			}
		}
		if q.Answer != "" && len(q.Citations) == 0 {
			t.Errorf("answer without citations: %q", q.Answer)
		}
	}
	if len(st.Sources) != 1 || st.Sources[0].URL != st.URL || st.Sources[0].Site == "" {
		t.Errorf("sources = %+v", st.Sources)
	}
	if st.Flags == nil {
		t.Errorf("no flags count")
	}
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// splitSentences is deliberately crude: it checks substrings, so splitting
// too finely only makes the check stricter per piece, never looser.
func splitSentences(p string) []string {
	var out []string
	for _, s := range regexp.MustCompile(`[.!?]["”]?\s+`).Split(p, -1) {
		if s = strings.TrimSpace(s); len(s) > 20 {
			out = append(out, s)
		}
	}
	return out
}

// checkStoryPage checks that the page shows the reference anatomy, top to
// bottom, drawn from the story's own data.
func checkStoryPage(t *testing.T, site string, st apiStory) {
	t.Helper()
	code, page := get(t, fmt.Sprintf("%s/story/%d", site, st.Story))
	if code != 200 {
		t.Fatalf("story page: %d", code)
	}
	date, _ := time.Parse(time.DateOnly, st.Date)
	main := page[strings.Index(page, "<main"):]
	parts := []struct{ name, text string }{
		{"section label", fmt.Sprintf(`<a href="/section/%s">%s</a>`, strings.ToLower(st.Section), st.Section)},
		{"headline", "<h1>" + htmlEscape(st.Headline) + "</h1>"},
		{"dateline date", date.Format("Mon Jan 02 2006")},
		{"body", htmlEscape(st.Body[0])},
		{"continue reading", `<a href="#more">continue reading...</a>`},
		{"original reporting", ">original reporting</h2>"},
		{"source link", htmlEscape(st.Sources[0].URL)},
		{"questions", ">questions</h2>"},
		{"first question", htmlEscape(st.Questions[0].Question)},
		{"actions", ">actions</h2>"},
		{"flag content", "<summary>flag content</summary>"},
	}
	last := -1
	for _, p := range parts {
		i := strings.Index(main[max(last, 0):], p.text)
		if i < 0 && strings.Contains(main, p.text) {
			t.Errorf("story page shows its %s out of order", p.name)
			continue
		}
		if i < 0 {
			t.Errorf("story page lacks its %s: %q", p.name, p.text)
			continue
		}
		last = max(last, 0) + i
	}
	if st.Dateline.Text != "" && !strings.Contains(page, htmlEscape(st.Dateline.Text)) {
		t.Errorf("story page lacks the dateline place %q", st.Dateline.Text)
	}
	ld := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(page)
	if ld == nil {
		t.Fatal("no JSON-LD")
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(ld[1]), &doc); err != nil {
		t.Fatalf("JSON-LD: %v", err)
	}
	for _, k := range []string{"headline", "articleSection", "dateline", "datePublished", "articleBody", "isBasedOn"} {
		if doc[k] == nil {
			t.Errorf("JSON-LD lacks %s", k)
		}
	}
	if doc["@type"] != "NewsArticle" || doc["headline"] != st.Headline {
		t.Errorf("JSON-LD = %v", doc)
	}
	if strings.Contains(page, "src=\"http") || strings.Contains(page, "href=\"//") {
		t.Error("the page loads something from another site")
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// checkGolden compares the Geneva story page with its golden file.
func checkGolden(t *testing.T, site string, id int64, publisherURL string) {
	t.Helper()
	_, page := get(t, fmt.Sprintf("%s/story/%d", site, id))
	page = strings.ReplaceAll(page, publisherURL, "http://publisher.test")
	page = strings.ReplaceAll(page, site, "http://tidings.test")
	page = regexp.MustCompile(`"dateModified":"[^"]*"`).ReplaceAllString(page, `"dateModified":"(time)"`)
	golden := filepath.Join("testdata", "story.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/tidings -run EndToEnd -update to create it)", err)
	}
	if page != string(want) {
		t.Errorf("story page differs from %s; if the change is intended, run with -update.\ngot:\n%s", golden, page)
	}
}

func checkFlags(t *testing.T, site string, id int64) {
	t.Helper()
	form := url.Values{"reason": {"inaccurate"}, "note": {"The pledge was made in <2009>."}}
	resp, err := http.PostForm(fmt.Sprintf("%s/story/%d/flags", site, id), form)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "your report reached the moderators") {
		t.Errorf("flag form answered %d:\n%s", resp.StatusCode, body)
	}
	resp, err = http.Post(fmt.Sprintf("%s/api/stories/%d/flags", site, id), "application/json",
		strings.NewReader(`{"reason":"misleading","note":"headline overstates"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("API flag answered %d, want 201", resp.StatusCode)
	}
	req, _ := http.NewRequest("POST", fmt.Sprintf("%s/story/%d/flags", site, id), strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://elsewhere.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site flag answered %d, want 403", resp.StatusCode)
	}
	_, body2 := get(t, fmt.Sprintf("%s/api/stories/%d", site, id))
	var st apiStory
	json.Unmarshal([]byte(body2), &st)
	if st.Flags == nil || *st.Flags != 2 {
		t.Errorf("flags = %v, want 2", st.Flags)
	}
}

func checkHomeAndSections(t *testing.T, site string, stories []apiStory) {
	t.Helper()
	code, home := get(t, site+"/")
	if code != 200 {
		t.Fatalf("home: %d", code)
	}
	for _, st := range stories {
		if !strings.Contains(home, htmlEscape(st.Headline)) {
			t.Errorf("home page lacks %q", st.Headline)
		}
		code, sec := get(t, site+"/section/"+strings.ToLower(st.Section))
		if code != 200 || !strings.Contains(sec, htmlEscape(st.Headline)) {
			t.Errorf("section %s page (%d) lacks %q", st.Section, code, st.Headline)
		}
	}
	if code, _ := get(t, site+"/section/nonsense"); code != 404 {
		t.Errorf("unknown section: %d, want 404", code)
	}
	if code, _ := get(t, site+"/story/99999"); code != 404 {
		t.Errorf("unknown story: %d, want 404", code)
	}
}

func checkAPIErrors(t *testing.T, site string) {
	t.Helper()
	tests := []struct {
		name, method, path, body string
		want                     int
	}{
		{"unknown story", "GET", "/api/stories/99999", "", 404},
		{"bad id", "GET", "/api/stories/abc", "", 400},
		{"bad limit", "GET", "/api/stories?limit=abc", "", 400},
		{"bad section", "GET", "/api/stories?section=gossip", "", 400},
		{"bad reason", "POST", "/api/stories/1/flags", `{"reason":"boring"}`, 400},
		{"note too long", "POST", "/api/stories/1/flags", `{"reason":"spam","note":"` + strings.Repeat("x", 501) + `"}`, 400},
		{"not JSON", "POST", "/api/stories/1/flags", `reason=spam`, 400},
		{"flag unknown story", "POST", "/api/stories/99999/flags", `{"reason":"spam"}`, 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, site+tt.path, strings.NewReader(tt.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e struct{ Error string }
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || e.Error == "" {
				t.Errorf("no JSON error: %v", err)
			}
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tt.want, e.Error)
			}
		})
	}
}

func TestFetchRefusesLoopbackByDefault(t *testing.T) {
	pub, feedHits := publisher(t)
	getenv := env(t, false)
	tidings(t, getenv, "", "sources", "add", pub.URL+"/feed.xml")
	out := tidings(t, getenv, "", "fetch")
	if want := "1 sources, 0 new articles, 0 stories, 1 errors"; strings.TrimSpace(out) != want {
		t.Errorf("fetch said %q, want %q", out, want)
	}
	if feedHits.Load() != 0 {
		t.Errorf("the publisher on loopback was reached")
	}
	site := serve(t, getenv)
	_, home := get(t, site+"/")
	if !strings.Contains(home, "No story is in yet") || !strings.Contains(home, "class=\"error\"") {
		t.Errorf("home page does not explain why it is empty:\n%s", home)
	}
}

func TestHelpAndUsageErrors(t *testing.T) {
	getenv := env(t, false)
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"help", []string{"help"}, 0},
		{"serve help", []string{"serve", "--help"}, 0},
		{"fetch help", []string{"fetch", "--help"}, 0},
		{"analyze help", []string{"analyze", "--help"}, 0},
		{"sources help", []string{"sources", "--help"}, 0},
		{"unknown command", []string{"frobnicate"}, 2},
		{"unknown flag", []string{"fetch", "--nope"}, 2},
		{"bad feed url", []string{"sources", "add", "not a url"}, 2},
		{"bad section", []string{"sources", "add", "http://example.com/feed", "--section", "gossip"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), tt.args, getenv, strings.NewReader(""), io.Discard, io.Discard)
			if got := exitCode(err); err != nil && got != tt.wantCode || err == nil && tt.wantCode != 0 {
				t.Errorf("exit code %d (%v), want %d", got, err, tt.wantCode)
			}
		})
	}
}

func TestBadEnvironmentValueIsReported(t *testing.T) {
	getenv := func(k string) string {
		if k == "TIDINGS_INTERVAL" {
			return "often"
		}
		return env(t, false)(k)
	}
	err := run(context.Background(), []string{"fetch"}, getenv, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "TIDINGS_INTERVAL") {
		t.Errorf("err = %v, want one naming TIDINGS_INTERVAL", err)
	}
}

func TestUsersAdd(t *testing.T) {
	getenv := env(t, false)
	out := tidings(t, getenv, "a long enough password\n", "users", "add", "mia", "--role", "admin")
	if !strings.Contains(out, "added admin mia") {
		t.Errorf("users add said %q", out)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"taken name", "a long enough password\n", []string{"users", "add", "mia"}},
		{"short password", "short\n", []string{"users", "add", "leo"}},
		{"bad role", "a long enough password\n", []string{"users", "add", "leo", "--role", "boss"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := run(context.Background(), tt.args, getenv, strings.NewReader(tt.stdin), io.Discard, io.Discard); err == nil {
				t.Error("want an error")
			}
		})
	}
}

func TestConfigCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tidings.toml")
	os.WriteFile(file, []byte("db = \"/srv/news.db\"\ninterval = \"30m\"\ndefault-sources = [\"https://a.example/feed\"]\n"), 0o644)
	getenv := func(k string) string {
		return map[string]string{"TIDINGS_CONFIG": file, "TIDINGS_INTERVAL": "45m", "TIDINGS_BASE_URL": "https://user:hunter2@news.example"}[k]
	}
	var out bytes.Buffer
	err := run(context.Background(), []string{"config", "--questions", "4"}, getenv, nil, &out, io.Discard)
	got := out.String()
	for _, want := range []string{`db = "/srv/news.db"`, "# file " + file, `interval = "45m0s"`, "# env TIDINGS_INTERVAL",
		`questions = "4"`, "# flag", `default-sources = "https://a.example/feed"`} {
		if !strings.Contains(got, want) {
			t.Errorf("config lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "hunter2") {
		t.Errorf("config shows a password:\n%s", got)
	}
	if err != nil {
		t.Errorf("config: %v", err)
	}
	os.WriteFile(file, []byte("nonsense = 1\n"), 0o644)
	err = run(context.Background(), []string{"config"}, getenv, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "unknown setting \"nonsense\"") {
		t.Errorf("unknown setting: %v", err)
	}
}

// A web process serves pages and never fetches; a worker fetches and
// answers only health, readiness and metrics.
func TestServeRoles(t *testing.T) {
	pub, feedHits := publisher(t)
	getenv := env(t, true)
	tidings(t, getenv, "", "sources", "add", pub.URL+"/feed.xml")
	web := serve(t, getenv, "--role", "web")
	if code, _ := get(t, web+"/"); code != 200 {
		t.Errorf("web role home: %d", code)
	}
	time.Sleep(300 * time.Millisecond) // a pipeline, if one ran, would have fetched by now
	if feedHits.Load() != 0 {
		t.Errorf("the web role fetched the feed")
	}
	worker := serve(t, getenv, "--role", "worker")
	if code, _ := get(t, worker+"/"); code != 404 {
		t.Errorf("worker role home: %d, want 404", code)
	}
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		if code, body := get(t, worker+p); code != 200 {
			t.Errorf("worker role %s: %d %s", p, code, body)
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for feedHits.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if feedHits.Load() == 0 {
		t.Errorf("the worker role did not fetch the due source")
	}
}

func TestEvalCommand(t *testing.T) {
	getenv := env(t, false)
	if err := run(context.Background(), []string{"eval", "nonsense"}, getenv, nil, io.Discard, io.Discard); exitCode(err) != 2 {
		t.Errorf("unknown evaluation: %v", err)
	}
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skip("no shared data sets beside the repository")
	}
	out := tidings(t, getenv, "", "eval", "summaries", "--data", data)
	if !strings.Contains(out, "lead-3") || !strings.Contains(out, "tidings") {
		t.Errorf("eval summaries printed:\n%s", out)
	}
}

// The default sources come with a new, empty database only.
func TestDefaultSources(t *testing.T) {
	dir := t.TempDir()
	getenv := func(db string) func(string) string {
		return func(k string) string {
			return map[string]string{"TIDINGS_DB": filepath.Join(dir, db), "TIDINGS_LOG_LEVEL": "error",
				"TIDINGS_DEFAULT_SOURCES": "https://a.example/feed,https://b.example/feed"}[k]
		}
	}
	serveOnce := func(db string) string {
		serve(t, getenv(db), "--role", "web")
		return tidings(t, getenv(db), "", "sources", "list")
	}
	if out := serveOnce("empty.db"); !strings.Contains(out, "https://a.example/feed") || !strings.Contains(out, "https://b.example/feed") {
		t.Errorf("a new database did not get the default sources:\n%s", out)
	}
	tidings(t, getenv("own.db"), "", "sources", "add", "https://mine.example/rss")
	if out := serveOnce("own.db"); strings.Contains(out, "a.example") {
		t.Errorf("a database with its own sources got the defaults too:\n%s", out)
	}
}
