package web_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"tidings/internal/moderate"
	"tidings/internal/news"
)

// browser starts headless Chromium, or skips the test when there is none
// (CI installs Debian's chromium and sets TIDINGS_BROWSER=1 so that it fails
// instead).
func browser(t *testing.T, js bool) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("TIDINGS_BROWSER") == "1" {
			t.Fatal("chromium not found, and TIDINGS_BROWSER=1 asks for the browser tests")
		}
		t.Skip("chromium not installed; .ci/run installs it")
	}
	// Chromium may still write to its profile as it exits, so the profile is
	// removed on a best-effort basis rather than by t.TempDir.
	profile, err := os.MkdirTemp("", "tidings-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { time.Sleep(100 * time.Millisecond); os.RemoveAll(profile) })
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true), chromedp.UserDataDir(profile),
		chromedp.Flag("blink-settings", fmt.Sprintf("scriptEnabled=%v", js)),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// richStory adds a story long enough to have "continue reading".
func richStory(t *testing.T, s *site) news.Story {
	t.Helper()
	ctx := context.Background()
	a, _ := s.store.AddArticle(ctx, news.Article{URL: "https://wire.example/geneva", Title: "Climate talks open in Geneva",
		Site: "Wire", Text: "Delegates met in Geneva on Tuesday.", Published: time.Date(2025, 5, 13, 8, 0, 0, 0, time.UTC)})
	st, err := s.store.SaveStory(ctx, news.Story{Section: news.Politics, Headline: "Climate finance talks open in Geneva",
		Summary: "Delegates met.", Dateline: news.Dateline{Place: "Geneva", Country: "Switzerland", Text: "Geneva, Switzerland"},
		Date: time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC), Articles: []news.Article{a},
		Body: []string{"First paragraph about the talks.", "Second paragraph with a quote.", "Third paragraph, only after continue reading.", "Fourth paragraph."},
		Questions: []news.Question{{Question: "Who met in Geneva?", Answer: "Delegates met in Geneva on Tuesday.",
			Citations: []news.Citation{{ArticleID: a.ID, Quote: "Delegates met in Geneva on Tuesday."}}},
			{Question: "What comes next?", Answer: ""}}})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// watchRequests records every URL the page requests.
func watchRequests(ctx context.Context) func() []string {
	var mu sync.Mutex
	var urls []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	})
	return func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), urls...) }
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "screenshots")
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowserStoryPage(t *testing.T) {
	for _, js := range []bool{true, false} {
		t.Run(fmt.Sprintf("javascript=%v", js), func(t *testing.T) {
			s := newSite(t, moderate.DefaultRules())
			st := richStory(t, s)
			ctx := browser(t, js)
			requests := watchRequests(ctx)
			storyURL := fmt.Sprintf("%s/story/%d", s.URL, st.ID)
			var anatomy string
			var restVisible, restAfter bool
			err := chromedp.Run(ctx, network.Enable(),
				emulation.SetDeviceMetricsOverride(1280, 900, 1, false),
				chromedp.Navigate(storyURL),
				chromedp.Text("main", &anatomy, chromedp.ByQuery),
				chromedp.Evaluate(`getComputedStyle(document.getElementById("more")).display !== "none"`, &restVisible),
				chromedp.Click(`.continue a`, chromedp.ByQuery),
				chromedp.Sleep(200*time.Millisecond),
				chromedp.Evaluate(`getComputedStyle(document.getElementById("more")).display !== "none"`, &restAfter),
			)
			if err != nil {
				t.Fatal(err)
			}
			for _, part := range []string{"POLITICS", "Climate finance talks open in Geneva", "Geneva, Switzerland", "Tue May 13 2025",
				"First paragraph about the talks.", "continue reading...", "questions", "Who met in Geneva?", "actions", "flag content"} {
				if !strings.Contains(anatomy, part) {
					t.Errorf("the page as shown lacks %q", part)
				}
			}
			if restVisible || !restAfter {
				t.Errorf("continue reading: rest visible before %v, after %v", restVisible, restAfter)
			}
			for _, u := range requests() {
				if !strings.HasPrefix(u, s.URL) {
					t.Errorf("the page requested %s, off the site", u)
				}
			}
			if js {
				screenshot(t, ctx, "story")
			}
		})
	}
}

func TestBrowserFlagFormAndPages(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	st := richStory(t, s)
	ctx := browser(t, true)
	storyURL := fmt.Sprintf("%s/story/%d", s.URL, st.ID)
	var confirmation string
	err := chromedp.Run(ctx,
		chromedp.Navigate(storyURL),
		chromedp.Click(`#flag summary`, chromedp.ByQuery),
		chromedp.Click(`#flag input[value="misleading"]`, chromedp.ByQuery),
		chromedp.SendKeys(`#note-story`, "The headline overstates it.", chromedp.ByQuery),
		chromedp.Click(`#flag button[type="submit"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.notice h1`, chromedp.ByQuery),
		chromedp.Text(`main`, &confirmation, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(confirmation, "your report reached the moderators") || !strings.Contains(confirmation, "misleading") {
		t.Errorf("confirmation: %q", confirmation)
	}
	if n, _ := s.store.FlagCount(context.Background(), st.ID); n != 1 {
		t.Errorf("%d flags stored, want 1", n)
	}
	pages := map[string]string{
		"home": s.URL + "/", "section": s.URL + "/section/politics", "question": storyURL + "/questions/1",
		"search": s.URL + "/search?q=geneva", "corrections": s.URL + "/corrections",
	}
	for name, u := range pages {
		for _, width := range []int64{360, 1280} {
			var scrollWidth int64
			err := chromedp.Run(ctx, emulation.SetDeviceMetricsOverride(width, 800, 1, width < 500),
				chromedp.Navigate(u), chromedp.Evaluate(`document.documentElement.scrollWidth`, &scrollWidth))
			if err != nil {
				t.Fatal(err)
			}
			if scrollWidth > width {
				t.Errorf("%s at %dpx: the page is %dpx wide", name, width, scrollWidth)
			}
			if width == 360 {
				screenshot(t, ctx, name+"-phone")
			} else {
				screenshot(t, ctx, name)
			}
		}
	}
}

// Keyboard: tabbing reaches "continue reading" and Enter opens the rest;
// every form control has a label.
func TestBrowserKeyboardAndLabels(t *testing.T) {
	s := newSite(t, moderate.DefaultRules())
	st := richStory(t, s)
	ctx := browser(t, true)
	var unlabelled []string
	var opened bool
	tabs := []chromedp.Action{chromedp.Navigate(fmt.Sprintf("%s/story/%d", s.URL, st.ID))}
	for i := 0; i < 40; i++ {
		tabs = append(tabs, chromedp.KeyEvent("\t"), chromedp.ActionFunc(func(ctx context.Context) error {
			var focused string
			if err := chromedp.Evaluate(`document.activeElement.textContent`, &focused).Do(ctx); err != nil {
				return err
			}
			if strings.Contains(focused, "continue reading") && !opened {
				opened = true
				if err := chromedp.KeyEvent("\r").Do(ctx); err != nil {
					return err
				}
			}
			return nil
		}))
	}
	var restShown bool
	tabs = append(tabs, chromedp.Sleep(200*time.Millisecond),
		chromedp.Evaluate(`getComputedStyle(document.getElementById("more")).display !== "none"`, &restShown),
		chromedp.Evaluate(`[...document.querySelectorAll("input:not([type=hidden]):not([type=radio]), select, textarea")]
			.filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label")).map(e => e.name)`, &unlabelled))
	if err := chromedp.Run(ctx, tabs...); err != nil {
		t.Fatal(err)
	}
	if !opened || !restShown {
		t.Errorf("keyboard: reached continue reading %v, rest shown %v", opened, restShown)
	}
	if len(unlabelled) > 0 {
		t.Errorf("controls without labels: %v", unlabelled)
	}
}
