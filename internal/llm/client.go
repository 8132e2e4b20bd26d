package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"tidings/internal/metrics"
)

// Errors of the client. Every error Chat returns wraps one of them, or the
// caller's context error.
var (
	// ErrConfig: the Config is unusable (no URL, no model, a bad URL).
	ErrConfig = errors.New("llm: bad configuration")
	// ErrBudget: the daily token budget is spent; calls resume the next day (UTC).
	ErrBudget = errors.New("llm: daily token budget spent")
	// ErrCircuitOpen: too many calls failed in a row; calls fail fast until the cool-down ends.
	ErrCircuitOpen = errors.New("llm: circuit open after repeated failures")
	// ErrTimeout: the endpoint did not answer within Config.Timeout.
	ErrTimeout = errors.New("llm: timed out")
	// ErrRateLimited: the endpoint kept answering 429 Too Many Requests.
	ErrRateLimited = errors.New("llm: rate limited")
	// ErrServer: the endpoint kept answering 5xx, or could not be reached.
	ErrServer = errors.New("llm: server error")
	// ErrRejected: the endpoint refused the request (4xx other than 429): a
	// wrong key, an unknown model, an unsupported option.
	ErrRejected = errors.New("llm: request rejected")
	// ErrBadResponse: the answer is not a chat completion (malformed JSON, no choices).
	ErrBadResponse = errors.New("llm: malformed response")
	// ErrBadOutput: the model's output failed Tidings' checks (schema,
	// HTML, links, source ids, faithfulness).
	ErrBadOutput = errors.New("llm: output failed checks")
)

// Defaults for the zero values of Config.
const (
	DefaultTimeout          = 90 * time.Second
	DefaultMaxConcurrent    = 2
	DefaultRetries          = 2
	DefaultBreakerFailures  = 5
	DefaultBreakerCooldown  = time.Minute
	maxResponseBytes        = 4 << 20
	maxRetryAfter           = 2 * time.Minute // a longer Retry-After gives up at once
	backoffBase             = 500 * time.Millisecond
	backoffMax              = 30 * time.Second
	defaultCompletionTokens = 2048
)

// Config configures a Client. Only URL and Model are required.
type Config struct {
	URL           string        // base URL of the API, e.g. http://localhost:11434/v1 (Ollama)
	Model         string        // model name as the endpoint knows it
	Key           string        // API key, sent as "Authorization: Bearer KEY" when set
	Timeout       time.Duration // per HTTP attempt; 0: DefaultTimeout
	MaxConcurrent int           // calls in flight at once; 0: DefaultMaxConcurrent
	DailyTokens   int           // prompt+completion tokens a day (UTC); 0: no limit
	Retries       int           // retries of a 429, 5xx or unreachable endpoint; 0: DefaultRetries, <0: none

	BreakerFailures int           // consecutive failed calls that open the breaker; 0: DefaultBreakerFailures
	BreakerCooldown time.Duration // how long an open breaker fails fast; 0: DefaultBreakerCooldown

	// Gate is the faithfulness check every written sentence passes; nil
	// means VerifyGate (package verify's Check).
	Gate Gate
}

// Client calls one chat-completions endpoint. It is safe for concurrent use.
type Client struct {
	cfg          Config
	base         string
	http         *http.Client
	metrics      *metrics.Metrics
	slots        chan struct{}
	budget       *budget
	breaker      *breaker
	gate         Gate
	noJSONSchema atomic.Bool // the endpoint rejected json_schema: use json_object

	// Seams for tests: the clock, the wait between retries, the jitter.
	now    func() time.Time
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func(d time.Duration) time.Duration
}

// New returns a Client for cfg. httpClient may be nil for a plain
// http.Client (note that Tidings' guarded fetcher refuses loopback, where
// a local Ollama listens); m may be nil. It returns an error wrapping
// ErrConfig if cfg has no model or no valid http(s) URL.
func New(cfg Config, httpClient *http.Client, m *metrics.Metrics) (*Client, error) {
	u, err := url.Parse(strings.TrimSpace(cfg.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: URL %q is not an http(s) URL", ErrConfig, cfg.URL)
	}
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, fmt.Errorf("%w: no model", ErrConfig)
	}
	cfg = withDefaults(cfg)
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	c := &Client{
		cfg:     cfg,
		base:    strings.TrimRight(u.String(), "/"),
		http:    httpClient,
		metrics: m,
		slots:   make(chan struct{}, cfg.MaxConcurrent),
		budget:  &budget{limit: cfg.DailyTokens},
		breaker: &breaker{threshold: cfg.BreakerFailures, cooldown: cfg.BreakerCooldown},
		gate:    cfg.Gate,
		now:     time.Now,
		sleep:   sleepCtx,
		jitter:  halfJitter,
	}
	if c.gate == nil {
		c.gate = VerifyGate
	}
	return c, nil
}

func withDefaults(cfg Config) Config {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	switch {
	case cfg.Retries == 0:
		cfg.Retries = DefaultRetries
	case cfg.Retries < 0:
		cfg.Retries = 0
	}
	if cfg.DailyTokens < 0 {
		cfg.DailyTokens = 0
	}
	if cfg.BreakerFailures <= 0 {
		cfg.BreakerFailures = DefaultBreakerFailures
	}
	if cfg.BreakerCooldown <= 0 {
		cfg.BreakerCooldown = DefaultBreakerCooldown
	}
	cfg.Model = strings.TrimSpace(cfg.Model)
	return cfg
}

// Model returns the model the client asks.
func (c *Client) Model() string { return c.cfg.Model }

// ReadKeyFile reads an API key from a file, trimming white space around it
// (a trailing newline, typically). An empty file is an error.
func ReadKeyFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("llm: key file: %w", err)
	}
	key := strings.TrimSpace(string(b))
	if key == "" {
		return "", fmt.Errorf("%w: key file %s is empty", ErrConfig, path)
	}
	return key, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
