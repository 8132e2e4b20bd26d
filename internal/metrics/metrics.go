// Package metrics defines what Tidings reports to Prometheus at /metrics:
// fetches and fetch errors by source, fetch latency, pipeline lag and queue
// depth, stories published, flags, and LLM calls and tokens. The pipeline
// and the site update them; app wires one Metrics into both.
package metrics

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the collectors, on a registry of their own (no globals).
// It is safe for concurrent use.
type Metrics struct {
	registry     *prometheus.Registry
	Fetches      *prometheus.CounterVec // by source id and outcome: ok, not_modified, error
	FetchSeconds prometheus.Histogram
	Articles     prometheus.Counter
	Stories      prometheus.Counter
	Flags        *prometheus.CounterVec // by reason
	LLMCalls     *prometheus.CounterVec // by outcome
	LLMTokens    *prometheus.CounterVec // by kind: prompt, completion
}

// Backlog reports the pipeline's state at scrape time.
type Backlog interface {
	// Backlog returns how many sources are due, how many articles wait for
	// a story, and the age of the oldest waiting article (0 if none).
	Backlog(ctx context.Context) (dueSources, waiting int, oldest time.Duration, err error)
}

// New makes the collectors; backlog, if not nil, is asked at each scrape.
func New(backlog Backlog) *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		Fetches: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tidings_fetches_total",
			Help: "Feed fetches by source and outcome (ok, not_modified, error)."}, []string{"source", "outcome"}),
		FetchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tidings_fetch_seconds",
			Help: "Time to fetch and parse one feed.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 10)}),
		Articles: prometheus.NewCounter(prometheus.CounterOpts{Name: "tidings_articles_total", Help: "New articles stored."}),
		Stories:  prometheus.NewCounter(prometheus.CounterOpts{Name: "tidings_stories_published_total", Help: "Stories published."}),
		Flags: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tidings_flags_total",
			Help: "Flags raised by readers, by reason."}, []string{"reason"}),
		LLMCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tidings_llm_calls_total",
			Help: "Calls to the LLM engine by outcome."}, []string{"outcome"}),
		LLMTokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tidings_llm_tokens_total",
			Help: "Tokens used by the LLM engine, prompt and completion."}, []string{"kind"}),
	}
	m.registry.MustRegister(m.Fetches, m.FetchSeconds, m.Articles, m.Stories, m.Flags, m.LLMCalls, m.LLMTokens,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if backlog != nil {
		m.registry.MustRegister(&backlogCollector{backlog: backlog,
			due:     prometheus.NewDesc("tidings_sources_due", "Sources due for a fetch (the fetch queue).", nil, nil),
			waiting: prometheus.NewDesc("tidings_articles_waiting", "Articles waiting for a story.", nil, nil),
			lag:     prometheus.NewDesc("tidings_pipeline_lag_seconds", "Age of the oldest article waiting for a story.", nil, nil)})
	}
	return m
}

// Fetched records one fetch of a source.
func (m *Metrics) Fetched(sourceID int64, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.Fetches.WithLabelValues(strconv.FormatInt(sourceID, 10), outcome).Inc()
	m.FetchSeconds.Observe(took.Seconds())
}

// Handler serves the metrics in Prometheus' text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

type backlogCollector struct {
	backlog           Backlog
	due, waiting, lag *prometheus.Desc
}

func (c *backlogCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.due
	ch <- c.waiting
	ch <- c.lag
}

func (c *backlogCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	due, waiting, oldest, err := c.backlog.Backlog(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.due, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.due, prometheus.GaugeValue, float64(due))
	ch <- prometheus.MustNewConstMetric(c.waiting, prometheus.GaugeValue, float64(waiting))
	ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, oldest.Seconds())
}

// Flagged counts one flag.
func (m *Metrics) Flagged(reason string) {
	if m != nil {
		m.Flags.WithLabelValues(reason).Inc()
	}
}

// Published counts new articles and stories of a pipeline pass.
func (m *Metrics) Published(articles, stories int) {
	if m != nil {
		m.Articles.Add(float64(articles))
		m.Stories.Add(float64(stories))
	}
}
