package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
	"tidings/internal/web"
)

// site is a test site over a fresh database with one story.
type site struct {
	*httptest.Server
	store *store.Store
	mod   *moderate.Service
	story news.Story
}

func newSite(t *testing.T, rules moderate.Rules) *site {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mod, err := moderate.New(ctx, st, rules)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := st.AddArticle(ctx, news.Article{URL: "https://herald.example/a", Title: "Council approves tram line",
		Site: "Herald", Text: "The council approved a tram line on Monday."})
	story, err := st.SaveStory(ctx, news.Story{Section: news.World, Headline: "Council approves tram line",
		Summary: "The council approved a tram line.", Body: []string{"The council approved a tram line on Monday."},
		Date: time.Now(), Articles: []news.Article{a},
		Questions: []news.Question{{Question: "What did the council approve?", Answer: "A tram line.",
			Citations: []news.Citation{{ArticleID: a.ID, Quote: "The council approved a tram line on Monday."}}}}})
	if err != nil {
		t.Fatal(err)
	}
	rewrite := func(ctx context.Context, id int64) (news.Story, error) {
		s, err := st.Story(ctx, id)
		s.Headline = "Rewritten: " + s.Headline
		return s, err
	}
	srv, err := web.New(web.Options{Store: st, Moderation: mod, Logger: slog.New(slog.DiscardHandler), Rewrite: rewrite})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &site{Server: ts, store: st, mod: mod, story: story}
}

// client is a browser: it keeps cookies and does not follow redirects.
func client(t *testing.T) *http.Client {
	jar := newJar()
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func post(t *testing.T, c *http.Client, u string, form url.Values) (int, string, *http.Response) {
	t.Helper()
	resp, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp
}

func get(t *testing.T, c *http.Client, u string) (int, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func flagForm(item, reason, note string) url.Values {
	return url.Values{"item": {item}, "reason": {reason}, "note": {note}}
}

var refPattern = func(body string) string {
	i := strings.Index(body, "/reports/")
	if i < 0 {
		return ""
	}
	rest := body[i+len("/reports/"):]
	return rest[:strings.IndexAny(rest, `"<`)]
}

func TestFlagRules(t *testing.T) {
	rules := moderate.DefaultRules()
	rules.DailyCap, rules.Threshold = 3, 3
	s := newSite(t, rules)
	flagURL := fmt.Sprintf("%s/story/%d/flags", s.URL, s.story.ID)
	reader := client(t)

	code, body, _ := post(t, reader, flagURL, flagForm("answer/1", "inaccurate", "It was a bus line."))
	ref := refPattern(body)
	if code != 200 || ref == "" {
		t.Fatalf("first flag: %d, ref %q", code, ref)
	}
	if code, _, _ := post(t, reader, flagURL, flagForm("answer/1", "inaccurate", "")); code != http.StatusConflict {
		t.Errorf("same reader, item and reason again: %d, want 409", code)
	}
	if code, _, _ := post(t, reader, flagURL, flagForm("answer/1", "misleading", "")); code != 200 {
		t.Errorf("same item, another reason: %d, want 200", code)
	}
	if code, _, _ := post(t, reader, flagURL, flagForm("question/1", "spam", "")); code != 200 {
		t.Errorf("third flag of the day: %d, want 200", code)
	}
	if code, _, _ := post(t, reader, flagURL, flagForm("story", "spam", "")); code != http.StatusTooManyRequests {
		t.Errorf("fourth flag of the day: %d, want 429", code)
	}
	for _, bad := range []url.Values{flagForm("answer/9", "spam", ""), flagForm("story", "boring", ""),
		flagForm("story", "spam", strings.Repeat("x", 501)), {"item": {"story"}, "reason": {"spam"}, "links": {"javascript:alert(1)"}}} {
		if code, _, _ := post(t, client(t), flagURL, bad); code != http.StatusBadRequest {
			t.Errorf("bad flag %v: %d, want 400", bad, code)
		}
	}

	// Three readers reach the threshold on the story: it is hidden pending review.
	for i := 0; i < 3; i++ {
		if code, _, _ := post(t, client(t), flagURL, flagForm("story", "misleading", "")); code != 200 {
			t.Fatalf("reader %d: %d", i, code)
		}
	}
	_, page := get(t, client(t), fmt.Sprintf("%s/story/%d", s.URL, s.story.ID))
	if !strings.Contains(page, "hidden while moderators review") || strings.Contains(page, "Council approves tram line</h1>") {
		t.Errorf("hidden story still shows:\n%s", page)
	}
	_, list := get(t, client(t), s.URL+"/api/stories")
	if strings.Contains(list, "Council approves") {
		t.Errorf("hidden story listed by the API")
	}
	_, report := get(t, client(t), s.URL+"/reports/"+ref)
	if !strings.Contains(report, "Waiting for a moderator") || !strings.Contains(report, "It was a bus line.") {
		t.Errorf("report page:\n%s", report)
	}
	if code, _ := get(t, client(t), s.URL+"/reports/nonsense"); code != 404 {
		t.Errorf("unknown report: %d", code)
	}
}

func addUser(t *testing.T, s *site, name string, role news.Role) {
	t.Helper()
	if _, err := s.mod.AddUser(context.Background(), name, role, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
}

func login(t *testing.T, s *site, c *http.Client, name, password string) (int, *http.Response) {
	t.Helper()
	code, _, resp := post(t, c, s.URL+"/admin/login", url.Values{"name": {name}, "password": {password}})
	return code, resp
}

func TestModeratorFlow(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	addUser(t, s, "mia", news.Moderator)
	reader := client(t)
	_, body, _ := post(t, reader, fmt.Sprintf("%s/story/%d/flags", s.URL, s.story.ID), flagForm("answer/1", "inaccurate", "wrong"))
	ref := refPattern(body)

	mod := client(t)
	if code, _ := get(t, mod, s.URL+"/admin"); code != http.StatusSeeOther {
		t.Errorf("admin without a session: %d, want a redirect to login", code)
	}
	code, resp := login(t, s, mod, "mia", "correct horse battery")
	if code != http.StatusSeeOther {
		t.Fatalf("login: %d", code)
	}
	var session *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == "__Host-tidings_session" {
			session = c
		}
	}
	if session == nil || !session.HttpOnly || !session.Secure || session.SameSite != http.SameSiteLaxMode || session.Path != "/" || len(session.Value) < 22 {
		t.Fatalf("session cookie = %+v", session)
	}
	_, queue := get(t, mod, s.URL+"/admin")
	if !strings.Contains(queue, "Council approves tram line") || !strings.Contains(queue, "answer 1") {
		t.Errorf("queue lacks the flagged answer:\n%s", queue)
	}
	if code, _ := get(t, mod, s.URL+"/admin/sources"); code != http.StatusForbidden {
		t.Errorf("a moderator on the admins' sources page: %d, want 403", code)
	}
	decide := fmt.Sprintf("%s/admin/stories/%d/decide", s.URL, s.story.ID)
	if code, _, _ := post(t, mod, decide, url.Values{"item": {"answer/1"}, "action": {"hide"}, "reason": {"The answer misreads the source."}}); code != http.StatusSeeOther {
		t.Fatalf("hide: %d", code)
	}
	_, page := get(t, client(t), fmt.Sprintf("%s/story/%d", s.URL, s.story.ID))
	if !strings.Contains(page, "The answer is hidden while moderators review") || strings.Contains(page, "A tram line.") {
		t.Errorf("hidden answer still shows")
	}
	_, report := get(t, reader, s.URL+"/reports/"+ref)
	if !strings.Contains(report, "Upheld") || !strings.Contains(report, "The answer misreads the source.") {
		t.Errorf("report does not show the outcome:\n%s", report)
	}
	edit := fmt.Sprintf("%s/admin/stories/%d/edit", s.URL, s.story.ID)
	if code, body, _ := post(t, mod, edit, url.Values{"headline": {"Council approves new tram line"}, "summary": {"S."},
		"body": {"The council approved a tram line on Monday."}, "what": {"The headline now says the line is new."}}); code != http.StatusSeeOther {
		t.Fatalf("edit: %d %s", code, body)
	}
	_, page = get(t, client(t), fmt.Sprintf("%s/story/%d", s.URL, s.story.ID))
	if !strings.Contains(page, "Council approves new tram line") || !strings.Contains(page, "Corrected on") {
		t.Errorf("edit not shown with its correction")
	}
	_, corr := get(t, client(t), s.URL+"/corrections")
	if !strings.Contains(corr, "The headline now says the line is new.") {
		t.Errorf("corrections log lacks the edit")
	}
	audit, err := s.store.Audit(context.Background(), 0, 10)
	if err != nil || len(audit) != 2 || audit[0].Action != "edit" || audit[1].Action != "hide" || audit[0].User != "mia" ||
		!strings.Contains(audit[0].Before, "Council approves tram line") {
		t.Errorf("audit = %+v, %v", audit, err)
	}
	// Logging out ends the session on the server, not only in the browser.
	if code, _, _ := post(t, mod, s.URL+"/admin/logout", nil); code != http.StatusSeeOther {
		t.Errorf("logout: %d", code)
	}
	if _, err := s.mod.User(context.Background(), session.Value); err == nil {
		t.Errorf("the session outlived logout")
	}
}

func TestLoginAnswersAlikeAndPasswordChangeEndsSessions(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	addUser(t, s, "mia", news.Moderator)
	code1, resp1 := login(t, s, client(t), "mia", "wrong password!!")
	code2, resp2 := login(t, s, client(t), "nobody", "wrong password!!")
	b1, _ := io.ReadAll(resp1.Body)
	b2, _ := io.ReadAll(resp2.Body)
	if code1 != 401 || code2 != 401 || strings.ReplaceAll(string(b1), "mia", "X") != strings.ReplaceAll(string(b2), "nobody", "X") {
		t.Errorf("unknown user and wrong password answer differently: %d vs %d", code1, code2)
	}
	c := client(t)
	login(t, s, c, "mia", "correct horse battery")
	u, _ := s.store.UserByName(context.Background(), "mia")
	if err := s.mod.ChangePassword(context.Background(), u, "another long password"); err != nil {
		t.Fatal(err)
	}
	if code, _ := get(t, c, s.URL+"/admin"); code != http.StatusSeeOther {
		t.Errorf("session survived a password change: %d", code)
	}
}

// An attacker's 100 failed logins lock the account for browsers it does not
// know, but the moderator, on a browser that signed in before, still gets in.
func TestBruteForceLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes 100 passwords")
	}
	s := newSite(t, moderate.DefaultRules())
	addUser(t, s, "mia", news.Moderator)
	owner := client(t)
	if code, _ := login(t, s, owner, "mia", "correct horse battery"); code != http.StatusSeeOther {
		t.Fatal("first login failed")
	}
	post(t, owner, s.URL+"/admin/logout", nil)
	attacker := client(t)
	for i := 0; i < moderate.AccountLimit; i++ {
		if code, _ := login(t, s, attacker, "mia", fmt.Sprintf("guess %d guess", i)); code != 401 {
			t.Fatalf("guess %d: %d", i, code)
		}
	}
	if code, _ := login(t, s, attacker, "mia", "correct horse battery"); code != 401 {
		t.Errorf("the right password got through after %d failures: the limit does not hold", moderate.AccountLimit)
	}
	if code, _ := login(t, s, owner, "mia", "correct horse battery"); code != http.StatusSeeOther {
		t.Errorf("the owner's known browser was locked out: %d", code)
	}
}

// Every state-changing route refuses a cross-site request.
func TestCSRFSweep(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	id := s.story.ID
	routes := []string{
		fmt.Sprintf("/story/%d/flags", id), fmt.Sprintf("/api/stories/%d/flags", id), "/admin/login", "/admin/logout",
		fmt.Sprintf("/story/%d/questions", id), fmt.Sprintf("/api/stories/%d/questions", id),
		fmt.Sprintf("/admin/stories/%d/decide", id), fmt.Sprintf("/admin/stories/%d/edit", id),
		fmt.Sprintf("/admin/stories/%d/rewrite", id), "/admin/password", "/admin/sources", "/admin/sources/1/pause", "/admin/sources/import",
	}
	for _, path := range routes {
		for _, method := range []string{"POST", "PUT", "DELETE", "PATCH"} {
			req, _ := http.NewRequest(method, s.URL+path, strings.NewReader("reason=spam"))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Sec-Fetch-Site", "cross-site")
			req.Header.Set("Origin", "https://attacker.example")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s %s cross-site: %d, want 403", method, path, resp.StatusCode)
			}
		}
	}
	if n, _ := s.store.FlagCount(context.Background(), id); n != 0 {
		t.Errorf("a cross-site request stored %d flags", n)
	}
}

// xssVectors returns 500 payloads: classic vectors in many wrappings.
func xssVectors() []string {
	cores := []string{
		`<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, `<svg onload=alert(1)>`, `"><script>alert(1)</script>`,
		`'><img src=x onerror=alert(1)>`, `javascript:alert(1)`, `<iframe src="javascript:alert(1)">`, `<a href="javascript:alert(1)">x</a>`,
		`<body onload=alert(1)>`, `<details open ontoggle=alert(1)>`, `</textarea><script>alert(1)</script>`, `</title><script>alert(1)</script>`,
		`<math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`, `<style>@import'//evil'</style>`,
		`{{.}}<script>x</script>`, `<input autofocus onfocus=alert(1)>`, `<video><source onerror=alert(1)>`, `&lt;script&gt;`,
		`<object data="javascript:alert(1)">`, `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
		`<scr<script>ipt>alert(1)</script>`, `<div style="background:url(javascript:alert(1))">`, "<\x00script>alert(1)</script>",
		`<base href="//evil/">`, `<link rel=stylesheet href=//evil/x.css>`,
	}
	wraps := []string{"%s", "note %s end", "%s%s", "\n%s\n", "<!--%s-->", "%s</q>", "\"%s\"", "'%s'", "`%s`", "]]>%s",
		"%s<!--", "<p>%s</p>", "%s&amp;", "x\u202e%s", "%s\\", "(%s)", "%s%%", "%s;", "%s>", "<%s"}
	var out []string
	for _, c := range cores {
		for _, w := range wraps {
			out = append(out, strings.ReplaceAll(w, "%s", c))
		}
	}
	return out
}

// Reader-supplied text (notes, links) renders inert on the report page and
// in the moderators' view: no element or attribute that could run script
// comes from it.
func TestXSSVectorsRenderInert(t *testing.T) {
	rules := moderate.DefaultRules()
	rules.DailyCap, rules.Threshold = 1000000, 1e9
	s := newSite(t, rules)
	addUser(t, s, "mia", news.Moderator)
	mod := client(t)
	login(t, s, mod, "mia", "correct horse battery")
	vectors := xssVectors()
	if len(vectors) != 500 {
		t.Fatalf("%d vectors, want 500", len(vectors))
	}
	reader := client(t)
	for i, v := range vectors {
		note := v
		if len([]rune(note)) > news.MaxFlagNote {
			note = string([]rune(note)[:news.MaxFlagNote])
		}
		form := url.Values{"item": {"story"}, "reason": {string(news.FlagReasons[i%len(news.FlagReasons)])}, "note": {note},
			"links": {"https://example.com/?q=" + url.QueryEscape(v)}}
		code, body, _ := post(t, reader, fmt.Sprintf("%s/story/%d/flags", s.URL, s.story.ID), form)
		if code == http.StatusConflict {
			reader = client(t)
			code, body, _ = post(t, reader, fmt.Sprintf("%s/story/%d/flags", s.URL, s.story.ID), form)
		}
		if code != 200 {
			t.Fatalf("vector %d: %d", i, code)
		}
		_, report := get(t, client(t), s.URL+"/reports/"+refPattern(body))
		checkInert(t, fmt.Sprintf("report for vector %d", i), report)
	}
	_, view := get(t, mod, fmt.Sprintf("%s/admin/stories/%d", s.URL, s.story.ID))
	checkInert(t, "moderators' view", view)
}

// checkInert fails if the page has a script element, an event-handler
// attribute or a javascript: URL: the site's own pages have none.
func checkInert(t *testing.T, what, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "script" && !hasAttr(tok, "type", "application/ld+json") || tok.Data == "iframe" || tok.Data == "object" ||
				tok.Data == "base" || tok.Data == "meta" && hasAttr(tok, "http-equiv", "") || tok.Data == "svg" || tok.Data == "img" {
				t.Errorf("%s: injected <%s>", what, tok.Data)
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || strings.HasPrefix(strings.TrimSpace(strings.ToLower(a.Val)), "javascript:") {
					t.Errorf("%s: injected attribute %s=%q on <%s>", what, a.Key, a.Val, tok.Data)
				}
			}
		}
	}
}

func hasAttr(tok html.Token, key, val string) bool {
	for _, a := range tok.Attr {
		if a.Key == key && (val == "" || a.Val == val) {
			return true
		}
	}
	return false
}

func TestReaderQuestions(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	askURL := fmt.Sprintf("%s/story/%d/questions", s.URL, s.story.ID)
	reader := client(t)
	code, body, _ := post(t, reader, askURL, url.Values{"question": {"When did the council approve the tram line?"}})
	if code != 200 || !strings.Contains(body, "The council approved a tram line on Monday.") || !strings.Contains(body, "now listed") {
		t.Fatalf("ask: %d\n%s", code, body)
	}
	code, body, _ = post(t, reader, askURL, url.Values{"question": {"Is the tram line a setup to distract from secret negotiations?"}})
	if code != 200 || !strings.Contains(body, "not listed publicly") {
		t.Errorf("a loaded question: %d, listed anyway?\n%s", code, body)
	}
	_, page := get(t, client(t), fmt.Sprintf("%s/story/%d", s.URL, s.story.ID))
	if !strings.Contains(page, "When did the council approve the tram line?") || strings.Contains(page, "secret negotiations") {
		t.Errorf("story page lists the wrong reader questions")
	}
	for i := 2; i < moderate.QuestionsPerDay; i++ {
		post(t, reader, askURL, url.Values{"question": {fmt.Sprintf("What happened on day %d?", i)}})
	}
	if code, _, _ := post(t, reader, askURL, url.Values{"question": {"One more?"}}); code != http.StatusTooManyRequests {
		t.Errorf("question past the daily cap: %d, want 429", code)
	}
	if code, _, _ := post(t, client(t), askURL, url.Values{"question": {strings.Repeat("why ", 100) + "?"}}); code != http.StatusBadRequest {
		t.Errorf("over-long question: %d, want 400", code)
	}
	resp, err := http.Post(fmt.Sprintf("%s/api/stories/%d/questions", s.URL, s.story.ID), "application/json",
		strings.NewReader(`{"question": "What will the tram line link?"}`))
	if err != nil {
		t.Fatal(err)
	}
	var q struct {
		ID     int64
		Answer string
		Public bool
		Item   string
	}
	json.NewDecoder(resp.Body).Decode(&q)
	resp.Body.Close()
	if resp.StatusCode != 201 || q.ID == 0 || !q.Public || q.Item == "" {
		t.Errorf("API ask: %d %+v", resp.StatusCode, q)
	}
	flagURL := fmt.Sprintf("%s/story/%d/flags", s.URL, s.story.ID)
	if code, _, _ := post(t, client(t), flagURL, flagForm(q.Item, "offensive", "")); code != 200 {
		t.Errorf("flagging a reader question: %d", code)
	}
	if code, _, _ := post(t, client(t), flagURL, flagForm("asked/99999", "offensive", "")); code != http.StatusBadRequest {
		t.Errorf("flagging a reader question the story lacks: %d, want 400", code)
	}
}

func TestAdminSourcesAndRewrite(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	addUser(t, s, "ada", news.Admin)
	c := client(t)
	login(t, s, c, "ada", "correct horse battery")
	if code, _, _ := post(t, c, s.URL+"/admin/sources", url.Values{"url": {"https://wire.example/rss"}, "section": {"WORLD"}}); code != http.StatusSeeOther {
		t.Fatalf("add source: %d", code)
	}
	if code, _, _ := post(t, c, s.URL+"/admin/sources", url.Values{"url": {"ftp://wire.example/rss"}}); code != http.StatusBadRequest {
		t.Errorf("add a non-web source: %d, want 400", code)
	}
	srcs, _ := s.store.Sources(context.Background())
	if len(srcs) != 1 || srcs[0].Section != news.World {
		t.Fatalf("sources = %+v", srcs)
	}
	id := srcs[0].ID
	if code, _, _ := post(t, c, fmt.Sprintf("%s/admin/sources/%d/pause", s.URL, id), url.Values{"reason": {"runs spam"}}); code != http.StatusSeeOther {
		t.Errorf("pause: %d", code)
	}
	if due, _ := s.store.DueSources(context.Background(), time.Now(), true); len(due) != 0 {
		t.Errorf("a paused source is still fetched")
	}
	_, page := get(t, c, s.URL+"/admin/sources")
	if !strings.Contains(page, "paused") {
		t.Errorf("sources page does not show the pause")
	}
	if code, _, _ := post(t, c, fmt.Sprintf("%s/admin/sources/%d/remove", s.URL, id), url.Values{"reason": {"gone"}}); code != http.StatusSeeOther {
		t.Errorf("remove: %d", code)
	}
	if srcs, _ := s.store.Sources(context.Background()); len(srcs) != 0 {
		t.Errorf("source not removed")
	}
	if code, _, _ := post(t, c, fmt.Sprintf("%s/admin/stories/%d/rewrite", s.URL, s.story.ID), nil); code != http.StatusSeeOther {
		t.Errorf("rewrite: %d", code)
	}
	st, _ := s.store.Story(context.Background(), s.story.ID)
	if !strings.HasPrefix(st.Headline, "Rewritten: ") {
		t.Errorf("story not rewritten: %q", st.Headline)
	}
	audit, _ := s.store.Audit(context.Background(), 0, 10)
	var actions []string
	for _, a := range audit {
		actions = append(actions, a.Action)
	}
	if got := strings.Join(actions, ","); got != "edit,remove source,pause source" {
		t.Errorf("audit actions = %s", got)
	}
}

// The output feeds parse with gofeed, carry the stories with permanent
// links, and the sitemaps list them.
func TestFeedsAndSitemaps(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	storyURL := fmt.Sprintf("%s/story/%d", s.URL, s.story.ID)
	for _, file := range []string{"all.rss", "all.atom", "all.json", "world.rss", "world.atom", "world.json", "sports.rss"} {
		t.Run(file, func(t *testing.T) {
			resp, err := http.Get(s.URL + "/feeds/" + file)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			f, err := gofeed.NewParser().Parse(resp.Body)
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			want := 1
			if strings.HasPrefix(file, "sports") {
				want = 0
			}
			if f.Title == "" || f.Link == "" || len(f.Items) != want {
				t.Fatalf("feed %q link %q with %d items, want %d", f.Title, f.Link, len(f.Items), want)
			}
			if want == 1 {
				it := f.Items[0]
				if it.Title != s.story.Headline || it.Link != storyURL || it.Description == "" || it.PublishedParsed == nil {
					t.Errorf("item = %+v", it)
				}
			}
		})
	}
	for _, bad := range []string{"all.xml", "gossip.rss", "all"} {
		if code, _ := get(t, client(t), s.URL+"/feeds/"+bad); code != 404 {
			t.Errorf("/feeds/%s: %d, want 404", bad, code)
		}
	}
	_, sm := get(t, client(t), s.URL+"/sitemap.xml")
	_, nsm := get(t, client(t), s.URL+"/news-sitemap.xml")
	for name, body := range map[string]string{"sitemap": sm, "news sitemap": nsm} {
		var set struct {
			URLs []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal([]byte(body), &set); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		found := false
		for _, u := range set.URLs {
			found = found || u.Loc == storyURL
		}
		if !found {
			t.Errorf("%s lacks %s:\n%s", name, storyURL, body)
		}
	}
	if !strings.Contains(nsm, "<news:title>"+s.story.Headline+"</news:title>") {
		t.Errorf("news sitemap lacks the title")
	}
	_, page := get(t, client(t), storyURL)
	for _, want := range []string{`<meta property="og:title" content="Council approves tram line">`,
		`<meta property="og:url" content="` + storyURL + `">`, `<link rel="alternate" type="application/rss+xml"`} {
		if !strings.Contains(page, want) {
			t.Errorf("story page lacks %s", want)
		}
	}
}

func TestSearchPageAndAPI(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	_, page := get(t, client(t), s.URL+"/search?q=tram")
	if !strings.Contains(page, fmt.Sprintf(`<a href="/story/%d">Council approves tram line</a>`, s.story.ID)) || !strings.Contains(page, "<mark>tram</mark>") {
		t.Errorf("search page:\n%s", page)
	}
	_, page = get(t, client(t), s.URL+"/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
	checkInert(t, "search for a script", page)
	_, body := get(t, client(t), s.URL+"/api/search?q=approved+Monday")
	var out struct {
		Results []struct {
			Story   int64
			URL     string
			Snippet string
		}
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Results) != 1 || out.Results[0].Story != s.story.ID ||
		out.Results[0].URL == "" || !strings.Contains(out.Results[0].Snippet, "[[Monday]]") {
		t.Errorf("API search: %v %s", err, body)
	}
	if code, _ := get(t, client(t), s.URL+"/api/search?q="); code != 400 {
		t.Errorf("empty API search: %d, want 400", code)
	}
}

func TestAPIReadsCarryETags(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	for _, path := range []string{"/api/stories", fmt.Sprintf("/api/stories/%d", s.story.ID), "/api/search?q=tram"} {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		etag := resp.Header.Get("ETag")
		if etag == "" || !strings.Contains(resp.Header.Get("Cache-Control"), "max-age") {
			t.Errorf("%s: ETag %q, Cache-Control %q", path, etag, resp.Header.Get("Cache-Control"))
			continue
		}
		req, _ := http.NewRequest("GET", s.URL+path, nil)
		req.Header.Set("If-None-Match", etag)
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotModified {
			t.Errorf("%s with its ETag: %d, want 304", path, resp.StatusCode)
		}
	}
}

func TestSyndicatedCopiesFolded(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	ctx := context.Background()
	wire, _ := s.store.AddArticle(ctx, news.Article{URL: "https://wire.example/a", Site: "Wire", Title: "Tram approved", Text: "Wire text."})
	copy1, _ := s.store.AddArticle(ctx, news.Article{URL: "https://paper.example/a", Site: "Paper", Title: "Tram approved", Text: "Wire text, lightly edited."})
	own, _ := s.store.AddArticle(ctx, news.Article{URL: "https://local.example/b", Site: "Local", Title: "Riders react", Text: "Own reporting."})
	s.store.SetCopyOf(ctx, copy1.ID, wire.ID)
	copy1.CopyOf = wire.ID
	st, err := s.store.SaveStory(ctx, news.Story{Section: news.World, Headline: "Tram approved", Date: time.Now(),
		Body: []string{"Wire text."}, Articles: []news.Article{wire, copy1, own}})
	if err != nil {
		t.Fatal(err)
	}
	_, page := get(t, client(t), fmt.Sprintf("%s/story/%d", s.URL, st.ID))
	if !strings.Contains(page, "Reported by 3 outlets:") {
		t.Errorf("credit line does not count 3 outlets")
	}
	if !strings.Contains(page, `The same text also ran in: <a href="https://paper.example/a"`) {
		t.Errorf("the copy is not folded under the wire story")
	}
	if strings.Count(page, `<li id="source-`) != 2 {
		t.Errorf("want 2 sources of reporting listed, got %d", strings.Count(page, `<li id="source-`))
	}
}

// Each body paragraph carries markers for its sources, with the passage on
// hover, and the API returns the same citations.
func TestBodySourceMarkers(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	ctx := context.Background()
	a := s.story.Articles[0]
	st := s.story
	st.BodyCitations = [][]news.Citation{{{ArticleID: a.ID, Quote: "The council approved a tram line on Monday."}}}
	if _, err := s.store.SaveStory(ctx, st); err != nil {
		t.Fatal(err)
	}
	_, page := get(t, client(t), fmt.Sprintf("%s/story/%d", s.URL, st.ID))
	want := `<a class="mark" href="https://herald.example/a" rel="nofollow noopener" title="“The council approved a tram line on Monday.” (Herald)"`
	if !strings.Contains(page, want) {
		t.Errorf("no source marker in the body:\n%s", page)
	}
	_, body := get(t, client(t), fmt.Sprintf("%s/api/stories/%d", s.URL, st.ID))
	var doc struct {
		BodyCitations [][]struct {
			ID    int64
			Quote string
		} `json:"body_citations"`
	}
	json.Unmarshal([]byte(body), &doc)
	if len(doc.BodyCitations) != 1 || len(doc.BodyCitations[0]) != 1 || doc.BodyCitations[0][0].ID != a.ID {
		t.Errorf("API body citations = %+v", doc.BodyCitations)
	}
}

func TestAdminOPMLImportExport(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	addUser(t, s, "ada", news.Admin)
	c := client(t)
	login(t, s, c, "ada", "correct horse battery")
	opml := `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="Sport"><outline type="rss" text="Runners" xmlUrl="https://runners.example/feed.xml"/></outline>
<outline type="rss" text="Wire" xmlUrl="https://wire.example/rss"/><outline text="nothing"/></body></opml>`
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("opml", "feeds.opml")
	fw.Write([]byte(opml))
	mw.Close()
	req, _ := http.NewRequest("POST", s.URL+"/admin/sources/import", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "imported+2+sources") {
		t.Fatalf("import: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	code, out := get(t, c, s.URL+"/admin/sources.opml")
	if code != 200 || !strings.Contains(out, `xmlUrl="https://runners.example/feed.xml"`) || !strings.Contains(out, `xmlUrl="https://wire.example/rss"`) {
		t.Errorf("export: %d\n%s", code, out)
	}
	srcs, _ := s.store.Sources(context.Background())
	for _, src := range srcs {
		if src.URL == "https://runners.example/feed.xml" && src.Section != news.Sports {
			t.Errorf("the Sport folder did not set the section: %q", src.Section)
		}
	}
}

// Each output feed follows its format's rules for required elements.
func TestFeedFormatRules(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	_, rss := get(t, client(t), s.URL+"/feeds/all.rss")
	var r struct {
		Version string `xml:"version,attr"`
		Channel struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			Description string `xml:"description"`
			Items       []struct {
				Title   string `xml:"title"`
				Link    string `xml:"link"`
				GUID    string `xml:"guid"`
				PubDate string `xml:"pubDate"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal([]byte(rss), &r); err != nil {
		t.Fatal(err)
	}
	if r.Version != "2.0" || r.Channel.Title == "" || r.Channel.Link == "" || r.Channel.Description == "" || len(r.Channel.Items) != 1 {
		t.Errorf("RSS channel lacks required elements: %+v", r)
	}
	for _, it := range r.Channel.Items {
		if _, err := time.Parse(time.RFC1123Z, it.PubDate); err != nil || it.Title == "" || it.Link == "" || it.GUID == "" {
			t.Errorf("RSS item breaks the rules (RFC 822 date, title, link, guid): %+v", it)
		}
	}
	_, atom := get(t, client(t), s.URL+"/feeds/all.atom")
	var a struct {
		XMLName xml.Name
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Author  struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(atom), &a); err != nil {
		t.Fatal(err)
	}
	if a.XMLName.Space != "http://www.w3.org/2005/Atom" || a.ID == "" || a.Title == "" || a.Author.Name == "" || len(a.Entries) != 1 {
		t.Errorf("Atom feed lacks required elements (id, title, updated, author): %+v", a)
	}
	for _, e := range append([]struct{ Updated string }{{a.Updated}}, struct{ Updated string }{a.Entries[0].Updated}) {
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
			t.Errorf("Atom updated not RFC 3339: %q", e.Updated)
		}
	}
	if en := a.Entries[0]; en.ID == "" || en.Title == "" || en.Link.Href == "" {
		t.Errorf("Atom entry lacks id, title or link: %+v", en)
	}
	_, js := get(t, client(t), s.URL+"/feeds/all.json")
	var j struct {
		Version, Title string
		Items          []struct{ ID, URL string }
	}
	if err := json.Unmarshal([]byte(js), &j); err != nil {
		t.Fatal(err)
	}
	if j.Version != "https://jsonfeed.org/version/1.1" || j.Title == "" || len(j.Items) != 1 || j.Items[0].ID == "" || j.Items[0].URL == "" {
		t.Errorf("JSON Feed lacks version, title or item id: %+v", j)
	}
}

// TestDatesInSiteTimeZone checks that pages show dates in the configured
// zone: a story first reported at 20:00 UTC on May 13 is dated May 14 in
// Tokyo and May 13 in UTC (no zone set).
func TestDatesInSiteTimeZone(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mod, err := moderate.New(ctx, st, moderate.DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2025, 5, 13, 20, 0, 0, 0, time.UTC)
	a, _ := st.AddArticle(ctx, news.Article{URL: "https://herald.example/a", Title: "Council approves tram line",
		Site: "Herald", Text: "The council approved a tram line on Tuesday.", Published: published})
	story, err := st.SaveStory(ctx, news.Story{Section: news.World, Headline: "Council approves tram line",
		Summary: "The council approved a tram line.", Body: []string{"The council approved a tram line on Tuesday."},
		Date: published, Articles: []news.Article{a}})
	if err != nil {
		t.Fatal(err)
	}
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		loc      *time.Location
		want     []string
		wantNone string
	}{
		{"UTC", nil, []string{`<time datetime="2025-05-13">Tue May 13 2025</time>`, "May 13 2025 20:00 UTC"}, "May 14"},
		{"Tokyo", tokyo, []string{`<time datetime="2025-05-14">Wed May 14 2025</time>`, "May 14 2025 05:00 JST"}, "May 13"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, err := web.New(web.Options{Store: st, Moderation: mod, Logger: slog.New(slog.DiscardHandler), Location: tt.loc})
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(srv.Handler())
			defer ts.Close()
			for _, page := range []string{fmt.Sprintf("/story/%d", story.ID), "/"} {
				code, body := get(t, ts.Client(), ts.URL+page)
				if code != http.StatusOK {
					t.Fatalf("%s: status %d", page, code)
				}
				if strings.Contains(body, tt.wantNone) {
					t.Errorf("%s shows %q, a date of another zone", page, tt.wantNone)
				}
				if page == "/" {
					continue
				}
				for _, w := range tt.want {
					if !strings.Contains(body, w) {
						t.Errorf("%s lacks %q", page, w)
					}
				}
			}
		})
	}
}
