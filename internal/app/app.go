// Package app wires Tidings together: it builds every part from a Config,
// starts them and stops them. It is the only package that imports all the
// others.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"

	"time"

	"tidings/internal/compose"
	"tidings/internal/config"
	"tidings/internal/fetch"
	"tidings/internal/jobs"
	"tidings/internal/llm"
	"tidings/internal/metrics"
	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
	"tidings/internal/web"
)

// App is a running Tidings: its store, pipeline and site.
type App struct {
	Config     config.Config
	Logger     *slog.Logger
	Store      *store.Store
	Pipeline   *jobs.Pipeline
	Moderation *moderate.Service
	Metrics    *metrics.Metrics
}

// NewLogger builds the logger the configuration asks for, writing to w.
func NewLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// Open builds every part from cfg: it opens the database (creating it and
// subscribing to the default sources on first start), loads the models and
// sets up the pipeline. Close releases it.
func Open(ctx context.Context, cfg config.Config, logger *slog.Logger) (*App, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	m := metrics.New(st)
	engine, err := newEngine(cfg, logger, m)
	if err != nil {
		st.Close()
		return nil, err
	}
	composer, err := compose.New(compose.Options{Questions: cfg.Questions, Engine: engine, Home: cfg.HomeCountry})
	if err != nil {
		st.Close()
		return nil, err
	}
	rules := moderate.DefaultRules()
	rules.Threshold, rules.DailyCap = cfg.FlagThreshold, cfg.FlagDailyCap
	mod, err := moderate.New(ctx, st, rules)
	if err != nil {
		st.Close()
		return nil, err
	}
	a := &App{Config: cfg, Logger: logger, Store: st, Moderation: mod, Metrics: m}
	a.Pipeline = &jobs.Pipeline{
		Store:    st,
		Fetcher:  fetch.New(fetch.Options{AllowPrivate: cfg.AllowPrivate}),
		Composer: composer,
		Logger:   logger,
		Metrics:  a.Metrics,
		Interval: cfg.Interval,
	}
	if err := a.subscribeDefaults(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return a, nil
}

// Close closes the database.
func (a *App) Close() error { return a.Store.Close() }

// subscribeDefaults adds the default sources the first time a database is
// opened, if it has no sources yet, and never again: an operator who
// removes them keeps them removed, and one who added sources before the
// first start gets only those.
func (a *App) subscribeDefaults(ctx context.Context) error {
	return a.Store.Once(ctx, "default_sources", func() error {
		if existing, err := a.Store.Sources(ctx); err != nil || len(existing) > 0 {
			return err
		}
		for _, u := range a.Config.DefaultSources {
			_, err := a.Store.AddSource(ctx, news.Source{URL: u})
			if err != nil && !errors.Is(err, store.ErrDuplicate) {
				return fmt.Errorf("default source %s: %w", u, err)
			}
		}
		if len(a.Config.DefaultSources) > 0 {
			a.Logger.Info("subscribed to the default sources", "count", len(a.Config.DefaultSources))
		}
		return nil
	})
}

// Serve serves the site on the configured address and runs the pipeline
// in the background until ctx is done; then it stops taking requests, lets
// those in flight finish (for up to 20 seconds) and returns. ready, if not
// nil, is told the address actually listened on (useful with port 0).
func (a *App) Serve(ctx context.Context, ready func(addr string)) error {
	site, err := web.New(web.Options{Store: a.Store, Moderation: a.Moderation, Logger: a.Logger,
		Rewrite: a.Rewrite, TLS: a.Config.HTTPS, Metrics: a.Metrics, CacheTTL: 2 * time.Second, BaseURL: strings.TrimSuffix(a.Config.BaseURL, "/"),
		Location: a.Config.Location()})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", a.Config.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (is another process using it? try --addr 127.0.0.1:8081)", a.Config.Addr, err)
	}
	handler := site.Handler()
	if a.Config.Role == "worker" {
		handler = workerHandler(site)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(a.Logger.Handler(), slog.LevelWarn),
	}
	pipeCtx, stopPipeline := context.WithCancel(ctx)
	piped := make(chan struct{})
	go func() {
		defer close(piped)
		if a.Config.Role != "web" {
			a.Pipeline.Run(pipeCtx)
		}
	}()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	addr := ln.Addr().String()
	a.Logger.Info("serving", "url", "http://"+addr+"/", "db", a.Config.DB, "role", a.Config.Role)
	if ready != nil {
		ready(addr)
	}
	select {
	case err = <-served:
	case <-ctx.Done():
		shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
		defer cancel()
		err = srv.Shutdown(shutCtx)
	}
	stopPipeline()
	<-piped
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// Rewrite writes a stored story anew from its articles, with the offline
// engine, keeping its section.
func (a *App) Rewrite(ctx context.Context, storyID int64) (news.Story, error) {
	st, err := a.Store.Story(ctx, storyID)
	if err != nil {
		return st, err
	}
	fresh, err := a.Pipeline.Composer.Compose(ctx, compose.Input{Articles: st.Articles, Section: st.Section})
	if err != nil {
		return st, err
	}
	fresh.ID = st.ID
	return fresh, nil
}

// newEngine builds the LLM engine when one is configured; without one the
// offline engine writes every story.
func newEngine(cfg config.Config, logger *slog.Logger, m *metrics.Metrics) (*llm.Engine, error) {
	if cfg.LLMURL == "" {
		return llm.NewEngine(nil, logger), nil
	}
	key := cfg.LLMKey
	if cfg.LLMKeyFile != "" {
		var err error
		if key, err = llm.ReadKeyFile(cfg.LLMKeyFile); err != nil {
			return nil, err
		}
	}
	// A plain client: the LLM service is the operator's own choice, often on
	// loopback (Ollama), which the guarded fetcher would refuse.
	client, err := llm.New(llm.Config{URL: cfg.LLMURL, Model: cfg.LLMModel, Key: key, DailyTokens: cfg.LLMDailyTokens},
		&http.Client{}, m)
	if err != nil {
		return nil, err
	}
	logger.Info("writing with the LLM engine, the offline engine as fallback", "model", cfg.LLMModel, "url", cfg.LLMURL)
	return llm.NewEngine(client, logger), nil
}

// workerHandler is what a worker process answers on its address: health,
// readiness and metrics, for the orchestrator and Prometheus; no pages.
func workerHandler(site *web.Server) http.Handler {
	full := site.Handler()
	mux := http.NewServeMux()
	for _, p := range []string{"GET /healthz", "GET /readyz", "GET /metrics"} {
		mux.Handle(p, full)
	}
	return mux
}
