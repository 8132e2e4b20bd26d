package jobs

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"tidings/internal/compose"
	"tidings/internal/fetch"
	"tidings/internal/metrics"
	"tidings/internal/news"
	"tidings/internal/store"
)

// Pipeline fetches sources and publishes stories. Its methods are safe for
// concurrent use, but passes are meant to run one at a time.
type Pipeline struct {
	Store    *store.Store
	Fetcher  *fetch.Client
	Composer *compose.Composer
	Logger   *slog.Logger
	Metrics  *metrics.Metrics // nil: no metrics

	Interval    time.Duration // how often a healthy source is fetched; default 15 minutes
	MaxItems    int           // newest items taken from one feed per fetch; default 50
	Concurrency int           // sources fetched at once; default 4

	now  func() time.Time
	id   string     // this pipeline's name in leases: several processes may share a database
	mu   sync.Mutex // one pass places articles at a time
	desk *desk      // loaded on the first pass, and again after another process placed articles
}

// Leases: a claimed source is held this long before it is due again (a
// worker that dies mid-fetch loses it then); the lease to place articles
// in stories lasts deskLease and is renewed as the work goes on.
const (
	claimHold = 10 * time.Minute
	deskLease = 30 * time.Second
)

// Summary counts what one pass did.
type Summary struct {
	Sources  int // sources fetched
	Articles int // new articles stored
	Stories  int // stories published
	Errors   int // sources or articles that failed
}

func (s Summary) String() string {
	return fmt.Sprintf("%d sources, %d new articles, %d stories, %d errors", s.Sources, s.Articles, s.Stories, s.Errors)
}

// Progress is told, after each source, how many of the pass's sources are done.
type Progress func(done, total int)

// RunOnce makes one pass: fetch the due sources (all of them if all is
// true), store their new articles, and publish a story for each article
// that has none. Errors of single sources and articles are counted in the
// Summary and recorded on the source; the error returned is for failures of
// the pass itself, such as a database that can't be read.
func (p *Pipeline) RunOnce(ctx context.Context, all bool, progress Progress) (Summary, error) {
	p.defaults()
	var sum Summary
	srcs, err := p.Store.ClaimSources(ctx, p.now(), all, claimHold)
	if err != nil {
		return sum, fmt.Errorf("claim due sources: %w", err)
	}
	sum = p.fetchAll(ctx, srcs, progress)
	if ctx.Err() != nil {
		return sum, ctx.Err()
	}
	stories, failed, err := p.publish(ctx)
	sum.Stories, sum.Errors = stories, sum.Errors+failed
	p.Metrics.Published(sum.Articles, sum.Stories)
	return sum, err
}

// Run makes a pass every minute (sources are only fetched when due) until
// ctx is done.
func (p *Pipeline) Run(ctx context.Context) {
	p.defaults()
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for {
		sum, err := p.RunOnce(ctx, false, nil)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			p.Logger.Error("pipeline pass failed", "err", err)
		case sum.Sources > 0:
			p.Logger.Info("pipeline pass", "sources", sum.Sources, "articles", sum.Articles, "stories", sum.Stories, "errors", sum.Errors)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func (p *Pipeline) defaults() {
	if p.Interval <= 0 {
		p.Interval = 15 * time.Minute
	}
	if p.MaxItems <= 0 {
		p.MaxItems = 50
	}
	if p.Concurrency <= 0 {
		p.Concurrency = 4
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
	if p.now == nil {
		p.now = func() time.Time { return time.Now().UTC() }
	}
	if p.id == "" {
		host, _ := os.Hostname()
		b := make([]byte, 6)
		rand.Read(b)
		p.id = fmt.Sprintf("%s-%d-%x", host, os.Getpid(), b)
	}
}

// fetchAll fetches srcs, Concurrency at a time.
func (p *Pipeline) fetchAll(ctx context.Context, srcs []news.Source, progress Progress) Summary {
	var (
		mu   sync.Mutex
		sum  Summary
		wg   sync.WaitGroup
		sem  = make(chan struct{}, p.Concurrency)
		done int
	)
	for _, src := range srcs {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			added, failed := p.fetchSource(ctx, src)
			mu.Lock()
			defer mu.Unlock()
			sum.Sources++
			sum.Articles += added
			sum.Errors += failed
			done++
			if progress != nil {
				progress(done, len(srcs))
			}
		}()
	}
	wg.Wait()
	return sum
}

// publish places every article without a story in one, writing new
// stories and rewriting those that gained a source.
func (p *Pipeline) publish(ctx context.Context) (stories, failed int, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if held, err := p.lease(ctx); err != nil || !held {
		return 0, 0, err // another process places the articles
	}
	defer p.Store.ReleaseLease(context.WithoutCancel(ctx), "desk", p.id)
	sections, err := p.sourceSections(ctx)
	if err != nil {
		return 0, 0, err
	}
	if p.desk == nil {
		if p.desk, err = p.loadDesk(ctx); err != nil {
			return 0, 0, err
		}
	}
	var after int64 // a cursor: an article that fails stays for the next pass, and doesn't block those after it
	for {
		batch, err := p.Store.UnplacedAfter(ctx, after, 100)
		if err != nil {
			return stories, failed, fmt.Errorf("unplaced articles: %w", err)
		}
		if len(batch) == 0 || ctx.Err() != nil {
			return stories, failed, ctx.Err()
		}
		if held, err := p.lease(ctx); err != nil || !held {
			return stories, failed, err
		}
		for _, a := range batch {
			after = a.ID
			if err := p.place(ctx, a, sections); err != nil {
				failed++
				p.Logger.Warn("story not published", "article_id", a.ID, "url", a.URL, "err", err)
				continue
			}
			stories++
		}
	}
}

func (p *Pipeline) sourceSections(ctx context.Context) (map[int64]news.Section, error) {
	srcs, err := p.Store.Sources(ctx)
	if err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	out := make(map[int64]news.Section, len(srcs))
	for _, s := range srcs {
		out[s.ID] = s.Section
	}
	return out, nil
}

// backoff is how long a source that failed n times in a row waits: the
// interval doubled per failure, at most a day.
func (p *Pipeline) backoff(n int) time.Duration {
	d := p.Interval
	for i := 0; i < n && d < 24*time.Hour; i++ {
		d *= 2
	}
	return min(d, 24*time.Hour)
}

var errNoText = errors.New("no text in page or feed")

// lease takes or renews the lease to place articles. Taking it from
// another process drops the clusterer's state, which that process changed.
func (p *Pipeline) lease(ctx context.Context) (bool, error) {
	held, fresh, err := p.Store.TryLease(ctx, "desk", p.id, deskLease)
	if err != nil {
		return false, fmt.Errorf("lease: %w", err)
	}
	if fresh {
		p.desk = nil
	}
	return held, nil
}
