package llm

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"tidings/internal/llm/llmtest"
	"tidings/internal/write"
)

func TestEngineDraft(t *testing.T) {
	tests := []struct {
		name     string
		cfg      Config
		offline  bool                                       // no client at all
		prepare  func(*Client, *llmtest.Server, *fakeClock) // script the server, spend the budget...
		wantName string
		wantLog  string // in the fallback's log line
	}{
		{name: "no client", offline: true, wantName: Offline},
		{name: "good answer", wantName: "llm:test-model", prepare: func(_ *Client, srv *llmtest.Server, _ *fakeClock) {
			srv.Script(ok(llmtest.JSON(goodStory())))
		}},
		{name: "server errors", cfg: Config{Retries: -1}, wantName: Offline, wantLog: "server error",
			prepare: func(_ *Client, srv *llmtest.Server, _ *fakeClock) { srv.Script(llmtest.Reply{Status: 500}) }},
		{name: "timeout", cfg: Config{Timeout: 20 * time.Millisecond}, wantName: Offline, wantLog: "timed out",
			prepare: func(_ *Client, srv *llmtest.Server, _ *fakeClock) {
				srv.Script(llmtest.Reply{Content: llmtest.JSON(goodStory()), Delay: time.Minute})
			}},
		{name: "budget spent", cfg: Config{DailyTokens: 10}, wantName: Offline, wantLog: "budget",
			prepare: func(c *Client, _ *llmtest.Server, clock *fakeClock) { c.budget.spend(clock.now(), 10) }},
		{name: "circuit open", cfg: Config{Retries: -1, BreakerFailures: 1}, wantName: Offline, wantLog: "circuit open",
			prepare: func(c *Client, srv *llmtest.Server, _ *fakeClock) {
				srv.Script(llmtest.Reply{Status: 503})
				_, _ = c.Chat(context.Background(), hello())
			}},
		{name: "invented facts", wantName: Offline, wantLog: "headline",
			prepare: func(_ *Client, srv *llmtest.Server, _ *fakeClock) {
				st := goodStory()
				st.Headline = "Bridge closure to cost 9 million pounds"
				srv.Script(ok(llmtest.JSON(st)))
			}},
		{name: "HTML", wantName: Offline, wantLog: "HTML",
			prepare: func(_ *Client, srv *llmtest.Server, _ *fakeClock) {
				st := goodStory()
				st.Summary[0].Text = "<p>" + st.Summary[0].Text + "</p>"
				srv.Script(ok(llmtest.JSON(st)))
			}},
	}
	arts := bridgeArticles()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			logger := slog.New(slog.NewTextHandler(&logs, nil))
			e := NewEngine(nil, logger)
			if !tt.offline {
				c, srv, clock, _ := newTest(t, tt.cfg)
				tt.prepare(c, srv, clock)
				e = NewEngine(c, logger)
			}
			d, name, err := e.Draft(context.Background(), arts)
			if err != nil {
				t.Fatal(err)
			}
			if name != tt.wantName {
				t.Errorf("engine %q, want %q", name, tt.wantName)
			}
			if name == Offline && !offlineDraft(d) {
				t.Errorf("fallback draft is not write.Write's: %+v", d)
			}
			checkDraft(t, d, arts)
			if !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log %q lacks %q", logs.String(), tt.wantLog)
			}
		})
	}
}

func TestEngineQuestionsFillsFromOffline(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{})
	srv.Script(ok(`{"questions": ["How many vehicles cross the bridge each day?", "Will the bridge reopen?"]}`))
	arts := bridgeArticles()
	d, err := write.Write(arts)
	if err != nil {
		t.Fatal(err)
	}
	qs, name := NewEngine(c, nil).Questions(context.Background(), d, arts, 3)
	if name != "llm:test-model" || len(qs) != 3 || qs[0].Question != "How many vehicles cross the bridge each day?" {
		t.Fatalf("%s: %+v", name, qs)
	}
	seen := map[string]bool{}
	for _, q := range qs {
		if seen[q.Question] {
			t.Errorf("question %q repeated", q.Question)
		}
		seen[q.Question] = true
	}
}

func TestEngineQuestionsFallback(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{Retries: -1})
	srv.Script(llmtest.Reply{Status: 500})
	arts := bridgeArticles()
	d, err := write.Write(arts)
	if err != nil {
		t.Fatal(err)
	}
	qs, name := NewEngine(c, nil).Questions(context.Background(), d, arts, 3)
	if name != Offline || len(qs) == 0 {
		t.Fatalf("%s: %+v", name, qs)
	}
}

// offlineDraft reports whether d has the offline engine's mark: each
// paragraph is its citations' quotes joined. (write.Write is compared by
// this mark, not by equality: on these articles its summary varies from
// run to run.)
func offlineDraft(d write.Draft) bool {
	for i, p := range d.Body {
		var quotes []string
		for _, c := range d.Sources[i] {
			quotes = append(quotes, c.Quote)
		}
		if p != strings.Join(quotes, " ") {
			return false
		}
	}
	return len(d.Body) > 0
}
