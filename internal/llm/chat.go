package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Message is one message of a chat. Role is "system", "user" or "assistant".
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// JSONSchema asks for structured output: the answer's content must be JSON
// matching Schema. Name is a short identifier ("story").
type JSONSchema struct {
	Name   string
	Schema json.RawMessage
}

// Request is one chat completion to ask for.
type Request struct {
	Messages    []Message
	Schema      *JSONSchema // structured output; nil for free text
	MaxTokens   int         // cap on the completion's tokens; 0: 2048
	Temperature float64     // 0 asks for the most deterministic decoding
}

// Response is the first choice of a completion and the tokens it used.
type Response struct {
	Content          string
	Model            string // as the endpoint reports it
	FinishReason     string // "stop", "length", ...
	PromptTokens     int
	CompletionTokens int
}

// StatusError is an HTTP error answer of the endpoint. It wraps the kind
// of error: ErrRateLimited, ErrServer or ErrRejected.
type StatusError struct {
	Code       int    // HTTP status
	Message    string // the error object's message, or the start of the body
	Kind       error
	retryAfter time.Duration
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%v: HTTP %d: %s", e.Kind, e.Code, e.Message)
}

func (e *StatusError) Unwrap() error { return e.Kind }

// Chat asks the endpoint (POST {URL}/chat/completions) for one completion.
//
// It fails fast with ErrBudget when the day's tokens are spent and with
// ErrCircuitOpen while the breaker is open. Each HTTP attempt may take
// Config.Timeout (ErrTimeout; not retried: a slow model stays slow). 429
// and 5xx answers and unreachable endpoints are retried up to
// Config.Retries times with exponential backoff and jitter, waiting as
// long as a Retry-After header asks (giving up at once if it asks more
// than two minutes or past ctx's deadline); they end in ErrRateLimited or
// ErrServer. Other 4xx answers end in ErrRejected, except that a 400 to a
// request with a Schema is tried once more with the looser
// {"type":"json_object"}, which the client then keeps using. A 200 that is
// not a chat completion with content is ErrBadResponse. Chat is safe for
// concurrent use; at most Config.MaxConcurrent requests are in flight.
func (c *Client) Chat(ctx context.Context, req Request) (Response, error) {
	if len(req.Messages) == 0 {
		return Response{}, fmt.Errorf("%w: no messages", ErrRejected)
	}
	if err := c.budget.allow(c.now()); err != nil {
		c.count("budget")
		return Response{}, err
	}
	if err := c.breaker.allow(c.now()); err != nil {
		c.count("circuit_open")
		return Response{}, err
	}
	resp, err := c.withRetries(ctx, req)
	if err != nil && ctx.Err() != nil {
		c.breaker.abandon()
		c.count("canceled")
		return Response{}, fmt.Errorf("llm: %w", ctx.Err())
	}
	c.breaker.record(c.now(), err == nil)
	if err != nil {
		c.count(outcome(err))
		return Response{}, err
	}
	c.count("ok")
	c.budget.spend(c.now(), resp.PromptTokens+resp.CompletionTokens)
	if c.metrics != nil {
		c.metrics.LLMTokens.WithLabelValues("prompt").Add(float64(resp.PromptTokens))
		c.metrics.LLMTokens.WithLabelValues("completion").Add(float64(resp.CompletionTokens))
	}
	return resp, nil
}

func (c *Client) count(outcome string) {
	if c.metrics != nil {
		c.metrics.LLMCalls.WithLabelValues(outcome).Inc()
	}
}

func outcome(err error) string {
	for _, k := range []struct {
		err  error
		name string
	}{{ErrTimeout, "timeout"}, {ErrRateLimited, "rate_limited"}, {ErrServer, "server_error"},
		{ErrRejected, "rejected"}, {ErrBadResponse, "bad_response"}} {
		if errors.Is(err, k.err) {
			return k.name
		}
	}
	return "error"
}

// withRetries runs attempts until one succeeds, one fails for good or the
// retries are spent.
func (c *Client) withRetries(ctx context.Context, req Request) (Response, error) {
	jsonObject := req.Schema != nil && c.noJSONSchema.Load()
	for attempt := 0; ; attempt++ {
		resp, err := c.attempt(ctx, req, jsonObject)
		if err == nil {
			if jsonObject && req.Schema != nil {
				c.noJSONSchema.Store(true)
			}
			return resp, nil
		}
		var se *StatusError
		if errors.As(err, &se) && se.Code == http.StatusBadRequest && req.Schema != nil && !jsonObject {
			jsonObject = true // the endpoint may not know json_schema: try json_object once
			attempt--
			continue
		}
		if !retryable(err) || attempt >= c.cfg.Retries {
			return Response{}, err
		}
		wait, ok := c.backoff(ctx, attempt, err)
		if !ok {
			return Response{}, err
		}
		if serr := c.sleep(ctx, wait); serr != nil {
			return Response{}, err
		}
	}
}

func retryable(err error) bool { return errors.Is(err, ErrRateLimited) || errors.Is(err, ErrServer) }

// backoff returns how long to wait before retry number attempt+1, and
// false if waiting is pointless: Retry-After asks too long, or the wait
// would pass ctx's deadline.
func (c *Client) backoff(ctx context.Context, attempt int, err error) (time.Duration, bool) {
	d := backoffBase << attempt
	if d > backoffMax || d <= 0 {
		d = backoffMax
	}
	d = c.jitter(d)
	var se *StatusError
	if errors.As(err, &se) && se.retryAfter > 0 {
		if se.retryAfter > maxRetryAfter {
			return 0, false
		}
		d = se.retryAfter
	}
	if dl, ok := ctx.Deadline(); ok && c.now().Add(d).After(dl) {
		return 0, false
	}
	return d, true
}

// halfJitter returns a random duration in [d/2, d].
func halfJitter(d time.Duration) time.Duration {
	return d/2 + time.Duration(randInt64N(int64(d/2)+1))
}

// attempt makes one HTTP request.
func (c *Client) attempt(ctx context.Context, req Request, jsonObject bool) (Response, error) {
	body, err := json.Marshal(c.wire(req, jsonObject))
	if err != nil {
		return Response{}, fmt.Errorf("%w: %v", ErrRejected, err)
	}
	select {
	case c.slots <- struct{}{}:
		defer func() { <-c.slots }()
	case <-ctx.Done():
		return Response{}, ctx.Err()
	}
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(actx, http.MethodPost, c.base+"/chat/completions", bytes.NewReader(body))
	if err != nil {
		return Response{}, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	if c.cfg.Key != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.cfg.Key)
	}
	hresp, err := c.http.Do(hreq)
	if err != nil {
		return Response{}, c.transportError(ctx, actx, err)
	}
	defer hresp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(hresp.Body, maxResponseBytes+1))
	if err != nil {
		return Response{}, c.transportError(ctx, actx, err)
	}
	if len(data) > maxResponseBytes {
		return Response{}, fmt.Errorf("%w: answer larger than %d bytes", ErrBadResponse, maxResponseBytes)
	}
	if hresp.StatusCode != http.StatusOK {
		return Response{}, c.statusError(hresp, data)
	}
	return parseCompletion(data, req)
}

func (c *Client) transportError(ctx, actx context.Context, err error) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(actx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("%w after %v", ErrTimeout, c.cfg.Timeout)
	}
	return fmt.Errorf("%w: %v", ErrServer, err)
}

func (c *Client) statusError(resp *http.Response, body []byte) error {
	e := &StatusError{Code: resp.StatusCode, Message: errorMessage(body), Kind: ErrRejected}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		e.Kind = ErrRateLimited
	case resp.StatusCode >= 500:
		e.Kind = ErrServer
	}
	e.retryAfter = retryAfter(resp.Header.Get("Retry-After"), c.now())
	return e
}

// errorMessage reads {"error": {"message": ...}} or {"error": "..."}, or
// else gives the start of the body.
func errorMessage(body []byte) string {
	var w struct {
		Error json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &w) == nil && len(w.Error) > 0 {
		var obj struct {
			Message string `json:"message"`
		}
		var s string
		if json.Unmarshal(w.Error, &obj) == nil && obj.Message != "" {
			return clip(obj.Message, 300)
		}
		if json.Unmarshal(w.Error, &s) == nil && s != "" {
			return clip(s, 300)
		}
	}
	if m := strings.TrimSpace(string(body)); m != "" {
		return clip(m, 300)
	}
	return "(no body)"
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
