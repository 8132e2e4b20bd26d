package llm

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"tidings/internal/llm/llmtest"
)

func hello() Request {
	return Request{Messages: []Message{{Role: "user", Content: "Say hello."}}}
}

func TestChatRetries(t *testing.T) {
	tests := []struct {
		name      string
		cfg       Config
		replies   []llmtest.Reply
		wantErr   error
		wantCalls int
		wantSleep []time.Duration
	}{
		{name: "ok", replies: []llmtest.Reply{ok("hello")}, wantCalls: 1},
		{name: "429 honours Retry-After", wantCalls: 2, wantSleep: []time.Duration{7 * time.Second},
			replies: []llmtest.Reply{{Status: 429, Error: "slow down", RetryAfter: "7"}, ok("hello")}},
		{name: "429 Retry-After as a date", wantCalls: 2, wantSleep: []time.Duration{30 * time.Second},
			replies: []llmtest.Reply{{Status: 429, RetryAfter: "Tue, 13 May 2025 10:00:30 GMT"}, ok("hello")}},
		{name: "5xx backs off exponentially", wantCalls: 3, wantSleep: []time.Duration{500 * time.Millisecond, time.Second},
			replies: []llmtest.Reply{{Status: 503}, {Status: 502}, ok("hello")}},
		{name: "5xx until retries are spent", cfg: Config{Retries: 2}, wantErr: ErrServer, wantCalls: 3,
			wantSleep: []time.Duration{500 * time.Millisecond, time.Second},
			replies:   []llmtest.Reply{{Status: 500}, {Status: 500}, {Status: 500}}},
		{name: "no retries", cfg: Config{Retries: -1}, wantErr: ErrServer, wantCalls: 1,
			replies: []llmtest.Reply{{Status: 500}}},
		{name: "Retry-After too long gives up", wantErr: ErrRateLimited, wantCalls: 1,
			replies: []llmtest.Reply{{Status: 429, RetryAfter: "3600"}}},
		{name: "401 is not retried", wantErr: ErrRejected, wantCalls: 1,
			replies: []llmtest.Reply{{Status: 401, Error: "bad key"}}},
		{name: "malformed JSON", wantErr: ErrBadResponse, wantCalls: 1,
			replies: []llmtest.Reply{{Raw: `{"choices": [`}}},
		{name: "no choices", wantErr: ErrBadResponse, wantCalls: 1,
			replies: []llmtest.Reply{{Raw: `{"object": "chat.completion", "choices": []}`}}},
		{name: "null content", wantErr: ErrBadResponse, wantCalls: 1,
			replies: []llmtest.Reply{{Raw: `{"choices": [{"message": {"role": "assistant", "content": null}}]}`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, srv, clock, _ := newTest(t, tt.cfg)
			srv.Script(tt.replies...)
			resp, err := c.Chat(context.Background(), hello())
			if !errors.Is(err, tt.wantErr) || (err != nil) != (tt.wantErr != nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && resp.Content != "hello" {
				t.Errorf("content = %q", resp.Content)
			}
			if n := len(srv.Requests()); n != tt.wantCalls {
				t.Errorf("%d requests, want %d", n, tt.wantCalls)
			}
			if got := clock.slept(); !slices.Equal(got, tt.wantSleep) {
				t.Errorf("slept %v, want %v", got, tt.wantSleep)
			}
		})
	}
}

func TestChatRequestShape(t *testing.T) {
	c, srv, _, m := newTest(t, Config{Key: "sk-test"})
	srv.Script(ok(`{"greeting": "hello"}`))
	sch := object(map[string]*schema{"greeting": str(10)})
	resp, err := c.Chat(context.Background(), Request{Messages: hello().Messages, Schema: &JSONSchema{Name: "greeting", Schema: sch.raw()}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.PromptTokens != 100 || resp.CompletionTokens != 50 || resp.Model != "test-model" {
		t.Errorf("response = %+v", resp)
	}
	req := srv.Requests()[0]
	if req.Authorization != "Bearer sk-test" || req.Model != "test-model" || req.Stream || req.MaxTokens == 0 {
		t.Errorf("request = %+v", req)
	}
	rf := req.ResponseFormat
	if rf == nil || rf.Type != "json_schema" || rf.JSONSchema == nil || !rf.JSONSchema.Strict || rf.JSONSchema.Name != "greeting" ||
		!strings.Contains(string(rf.JSONSchema.Schema), `"additionalProperties":false`) {
		t.Errorf("response_format = %+v", rf)
	}
	if got := testutil.ToFloat64(m.LLMCalls.WithLabelValues("ok")); got != 1 {
		t.Errorf("ok calls = %v", got)
	}
	if got := testutil.ToFloat64(m.LLMTokens.WithLabelValues("completion")); got != 50 {
		t.Errorf("completion tokens = %v", got)
	}
}

func TestChatNoKeyNoAuthorization(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{})
	srv.Script(ok("hello"))
	if _, err := c.Chat(context.Background(), hello()); err != nil {
		t.Fatal(err)
	}
	if a := srv.Requests()[0].Authorization; a != "" {
		t.Errorf("Authorization = %q", a)
	}
}

func TestChatFallsBackToJSONObject(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{})
	srv.Script(llmtest.Reply{Status: 400, Error: "response_format json_schema is not supported"}, ok(`{}`), ok(`{}`))
	req := Request{Messages: hello().Messages, Schema: &JSONSchema{Name: "x", Schema: object(nil).raw()}}
	for range 2 {
		if _, err := c.Chat(context.Background(), req); err != nil {
			t.Fatal(err)
		}
	}
	var types []string
	for _, r := range srv.Requests() {
		types = append(types, r.ResponseFormat.Type)
	}
	if want := []string{"json_schema", "json_object", "json_object"}; !slices.Equal(types, want) {
		t.Errorf("response formats %v, want %v", types, want)
	}
}

func TestChatTimeout(t *testing.T) {
	c, srv, _, m := newTest(t, Config{Timeout: 20 * time.Millisecond})
	srv.Script(llmtest.Reply{Content: "late", Delay: time.Minute})
	_, err := c.Chat(context.Background(), hello())
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests: a timeout is not retried", n)
	}
	if got := testutil.ToFloat64(m.LLMCalls.WithLabelValues("timeout")); got != 1 {
		t.Errorf("timeout calls = %v", got)
	}
}

func TestChatCallerCancelDoesNotTripBreaker(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{BreakerFailures: 1})
	srv.Script(llmtest.Reply{Content: "late", Delay: time.Minute}, ok("hello"))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := c.Chat(ctx, hello()); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context's error", err)
	}
	if _, err := c.Chat(context.Background(), hello()); err != nil {
		t.Fatalf("breaker opened on a cancelled call: %v", err)
	}
}

func TestCircuitBreaker(t *testing.T) {
	c, srv, clock, m := newTest(t, Config{Retries: -1, BreakerFailures: 3, BreakerCooldown: time.Minute})
	srv.Respond(func(llmtest.Request) llmtest.Reply { return llmtest.Reply{Status: 500, Error: "down"} })
	steps := []struct {
		name     string
		advance  time.Duration
		wantErr  error
		requests int
	}{
		{name: "failure 1", wantErr: ErrServer, requests: 1},
		{name: "failure 2", wantErr: ErrServer, requests: 2},
		{name: "failure 3 opens", wantErr: ErrServer, requests: 3},
		{name: "open fails fast", wantErr: ErrCircuitOpen, requests: 3},
		{name: "still open", advance: 59 * time.Second, wantErr: ErrCircuitOpen, requests: 3},
		{name: "half-open trial fails", advance: time.Second, wantErr: ErrServer, requests: 4},
		{name: "open again", wantErr: ErrCircuitOpen, requests: 4},
	}
	for _, st := range steps {
		clock.advance(st.advance)
		if _, err := c.Chat(context.Background(), hello()); !errors.Is(err, st.wantErr) {
			t.Fatalf("%s: err = %v, want %v", st.name, err, st.wantErr)
		}
		if n := len(srv.Requests()); n != st.requests {
			t.Fatalf("%s: %d requests, want %d", st.name, n, st.requests)
		}
	}
	srv.Respond(func(llmtest.Request) llmtest.Reply { return ok("back") })
	clock.advance(time.Minute)
	if _, err := c.Chat(context.Background(), hello()); err != nil {
		t.Fatalf("trial after cool-down: %v", err)
	}
	if _, err := c.Chat(context.Background(), hello()); err != nil {
		t.Fatalf("closed again: %v", err)
	}
	if got := testutil.ToFloat64(m.LLMCalls.WithLabelValues("circuit_open")); got != 3 {
		t.Errorf("circuit_open calls = %v, want 3", got)
	}
}

func TestDailyBudget(t *testing.T) {
	c, srv, clock, m := newTest(t, Config{DailyTokens: 100})
	srv.Script(llmtest.Reply{Content: "a", Prompt: 50, Completion: 10}, llmtest.Reply{Content: "b", Prompt: 30, Completion: 20},
		llmtest.Reply{Content: "c", Prompt: 1, Completion: 1})
	for i, want := range []error{nil, nil, ErrBudget, ErrBudget} {
		if _, err := c.Chat(context.Background(), hello()); !errors.Is(err, want) || (err != nil) != (want != nil) {
			t.Fatalf("call %d: err = %v, want %v", i+1, err, want)
		}
	}
	if n := len(srv.Requests()); n != 2 {
		t.Errorf("%d requests, want 2: a spent budget refuses before calling", n)
	}
	if got := testutil.ToFloat64(m.LLMCalls.WithLabelValues("budget")); got != 2 {
		t.Errorf("budget refusals = %v", got)
	}
	clock.advance(24 * time.Hour)
	if _, err := c.Chat(context.Background(), hello()); err != nil {
		t.Fatalf("next day: %v", err)
	}
}

func TestBudgetEstimatesWithoutUsage(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{DailyTokens: 5})
	srv.Script(llmtest.Reply{Content: strings.Repeat("word ", 10)})
	if _, err := c.Chat(context.Background(), hello()); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Chat(context.Background(), hello()); !errors.Is(err, ErrBudget) {
		t.Fatalf("err = %v, want ErrBudget from estimated usage", err)
	}
}

func TestConcurrencyCap(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(2 * time.Millisecond) // let other requests pile up, if the cap leaks
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"choices": [{"message": {"role": "assistant", "content": "hi"}}], "usage": {"prompt_tokens": 1, "completion_tokens": 1}}`))
	}))
	defer srv.Close()
	c, err := New(Config{URL: srv.URL + "/v1", Model: "m", MaxConcurrent: 2}, srv.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.Chat(context.Background(), hello()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if most.Load() > 2 {
		t.Errorf("%d requests in flight, cap is 2", most.Load())
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{name: "ok", cfg: Config{URL: "http://localhost:11434/v1", Model: "llama3.2"}},
		{name: "no model", cfg: Config{URL: "http://localhost:11434/v1"}, wantErr: true},
		{name: "no URL", cfg: Config{Model: "m"}, wantErr: true},
		{name: "not http", cfg: Config{URL: "file:///etc/passwd", Model: "m"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg, nil, nil)
			if (err != nil) != tt.wantErr || (err != nil && !errors.Is(err, ErrConfig)) {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestReadKeyFile(t *testing.T) {
	dir := t.TempDir()
	good, empty := filepath.Join(dir, "key"), filepath.Join(dir, "empty")
	if err := os.WriteFile(good, []byte("  sk-abc123\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if k, err := ReadKeyFile(good); err != nil || k != "sk-abc123" {
		t.Errorf("ReadKeyFile = %q, %v", k, err)
	}
	if _, err := ReadKeyFile(empty); !errors.Is(err, ErrConfig) {
		t.Errorf("empty file: err = %v", err)
	}
	if _, err := ReadKeyFile(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file: no error")
	}
}
