package llm

import (
	"context"
	"log/slog"
	"strings"

	"tidings/internal/ask"
	"tidings/internal/news"
	"tidings/internal/write"
)

// Offline is the engine name of the offline writer and question generator.
const Offline = "offline"

// Engine writes stories with the model when it can and with the offline
// engine (write, ask) when it cannot. Its zero value, or one with a nil
// Client, is the offline engine. It is safe for concurrent use.
type Engine struct {
	client *Client
	logger *slog.Logger
}

// NewEngine returns an Engine that tries client first; client may be nil
// (offline only) and logger nil (no logs). Each fallback is logged at
// warn level with its reason.
func NewEngine(client *Client, logger *slog.Logger) *Engine {
	return &Engine{client: client, logger: logger}
}

// Name returns the engine tried first: "llm:MODEL" or "offline".
func (e *Engine) Name() string {
	if e == nil || e.client == nil {
		return Offline
	}
	return "llm:" + e.client.Model()
}

// Draft drafts a story from articles. It tries the model (Client.Write)
// and on any failure (an error, a timeout, the budget, an open breaker,
// output that fails its checks) falls back to write.Write. It returns the
// draft and the name of the engine that wrote it: "llm:MODEL" or
// "offline". The error is write.Write's (write.ErrNoText), returned only
// when the offline engine fails too.
func (e *Engine) Draft(ctx context.Context, articles []news.Article) (write.Draft, string, error) {
	if e != nil && e.client != nil {
		d, err := e.client.Write(ctx, articles)
		if err == nil {
			return d, e.Name(), nil
		}
		e.fallback("write", err, len(articles))
	}
	d, err := write.Write(articles)
	return d, Offline, err
}

// Questions returns up to n reader questions (3 if n <= 0) about the story
// drafted as d from articles: the model's (Client.Questions) first, then,
// if the model fails or gives fewer than n, ask.Questions' to fill in,
// without repeating a question. It returns the engine that wrote the
// first question ("llm:MODEL" or "offline").
func (e *Engine) Questions(ctx context.Context, d write.Draft, articles []news.Article, n int) ([]news.Question, string) {
	if n <= 0 {
		n = 3
	}
	var qs []news.Question
	name := Offline
	if e != nil && e.client != nil {
		got, err := e.client.Questions(ctx, d, articles, n)
		if err != nil {
			e.fallback("questions", err, len(articles))
		} else {
			qs, name = got, e.Name()
		}
	}
	if len(qs) >= n {
		return qs, name
	}
	seen := map[string]bool{}
	for _, q := range qs {
		seen[strings.ToLower(q.Question)] = true
	}
	for _, q := range ask.Questions(d, articles, ask.Options{N: n}) {
		if len(qs) < n && !seen[strings.ToLower(q.Question)] {
			qs = append(qs, q)
		}
	}
	return qs, name
}

func (e *Engine) fallback(task string, err error, articles int) {
	if e.logger != nil {
		e.logger.Warn("llm engine failed, using the offline engine", "task", task, "model", e.client.Model(),
			"articles", articles, "error", err)
	}
}
