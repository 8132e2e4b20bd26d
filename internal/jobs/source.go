package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"time"

	"tidings/internal/extract"
	"tidings/internal/feed"
	"tidings/internal/fetch"
	"tidings/internal/news"
	"tidings/internal/store"
)

// fetchSource fetches one feed and stores its new items as articles. It
// records the outcome on the source and schedules its next fetch. It returns
// how many articles it added and how many failures it met.
func (p *Pipeline) fetchSource(ctx context.Context, src news.Source) (added, failed int) {
	log := p.Logger.With("source_id", src.ID, "url", src.URL)
	now := p.now()
	src.LastFetch = now
	start := time.Now()
	f, resp, err := p.fetchFeed(ctx, src)
	if err != nil && ctx.Err() != nil {
		// Stopped (shutdown), not failed: the source stays due, no backoff.
		return 0, 0
	}
	p.Metrics.Fetched(src.ID, outcome(resp, err), time.Since(start))
	if err != nil {
		src.ErrorCount++
		src.LastError = err.Error()
		src.NextFetch = now.Add(p.backoff(src.ErrorCount))
		log.Warn("fetch failed", "err", err, "errors_in_a_row", src.ErrorCount)
		failed = 1
	} else {
		src.ErrorCount, src.LastError = 0, ""
		src.NextFetch = now.Add(p.Interval)
		if !resp.NotModified {
			src.ETag, src.LastModified = resp.ETag, resp.LastModified
			src.Title, src.SiteURL = orElse(f.Title, src.Title), orElse(f.SiteURL, src.SiteURL)
			added, failed = p.storeItems(ctx, log, src, f)
		}
	}
	if err := p.Store.SaveFetch(context.WithoutCancel(ctx), src); err != nil {
		log.Error("saving fetch state", "err", err)
		failed++
	}
	return added, failed
}

func outcome(resp *fetch.Response, err error) string {
	switch {
	case err != nil:
		return "error"
	case resp.NotModified:
		return "not_modified"
	}
	return "ok"
}

// fetchFeed fetches and parses the source's feed. The feed is nil when the
// server answered 304 Not Modified.
func (p *Pipeline) fetchFeed(ctx context.Context, src news.Source) (*feed.Feed, *fetch.Response, error) {
	resp, err := p.Fetcher.Get(ctx, src.URL, fetch.Conditional{ETag: src.ETag, LastModified: src.LastModified})
	if err != nil {
		return nil, nil, err
	}
	if resp.NotModified {
		return nil, resp, nil
	}
	f, err := feed.Parse(resp.Body, resp.URL)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", src.URL, err)
	}
	return f, resp, nil
}

// storeItems stores the newest MaxItems items of f that are not stored yet.
func (p *Pipeline) storeItems(ctx context.Context, log *slog.Logger, src news.Source, f *feed.Feed) (added, failed int) {
	items := newest(f.Items, p.MaxItems)
	for _, item := range items {
		if ctx.Err() != nil {
			return added, failed
		}
		itemURL := Canonical(item.URL)
		if known, err := p.Store.HasArticle(ctx, itemURL); err != nil || known {
			if err != nil {
				failed++
			}
			continue
		}
		a, err := p.article(ctx, src, f, item)
		if err != nil {
			log.Warn("item skipped", "item_url", item.URL, "err", err)
			failed++
			continue
		}
		if _, err := p.Store.AddArticle(ctx, a); errors.Is(err, store.ErrDuplicate) {
			continue
		} else if err != nil {
			log.Error("storing article", "item_url", item.URL, "err", err)
			failed++
			continue
		}
		added++
	}
	return added, failed
}

// article builds the article of a feed item: from its page when the page
// can be fetched and has a main text, else from the feed's own content.
func (p *Pipeline) article(ctx context.Context, src news.Source, f *feed.Feed, item feed.Item) (news.Article, error) {
	a := news.Article{
		SourceID:   src.ID,
		URL:        Canonical(item.URL),
		Title:      item.Title,
		Byline:     item.Author,
		Site:       f.Title,
		Published:  item.Published,
		Categories: item.Categories,
		Fetched:    p.now(),
	}
	page, err := p.page(ctx, item.URL)
	if err == nil {
		a.URL = Canonical(page.url)
		a.Title = orElse(page.Title, a.Title)
		a.Byline = orElse(page.Byline, a.Byline)
		a.Site = orElse(page.Site, a.Site)
		a.Lang, a.ImageURL = page.Lang, page.ImageURL
		if a.Published.IsZero() {
			a.Published = page.Published
		}
		a.Text = page.Text()
	} else {
		p.Logger.Debug("page not used, falling back to the feed", "item_url", item.URL, "err", err)
	}
	if a.Text == "" {
		a.Text = strings.Join(extract.Fragment(orElse(item.Content, item.Summary)), "\n\n")
	}
	if a.Text == "" {
		return a, errNoText
	}
	return a, nil
}

type page struct {
	extract.Result
	url string
}

func (p *Pipeline) page(ctx context.Context, rawURL string) (page, error) {
	resp, err := p.Fetcher.Get(ctx, rawURL, fetch.Conditional{})
	if err != nil {
		return page{}, err
	}
	res, err := extract.Extract(resp.Body, resp.URL)
	if err != nil {
		return page{}, fmt.Errorf("extract %s: %w", rawURL, err)
	}
	return page{Result: res, url: resp.URL}, nil
}

// newest returns the n most recent items, newest first; undated items keep
// their feed order after dated ones.
func newest(items []feed.Item, n int) []feed.Item {
	items = append([]feed.Item(nil), items...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Published.After(items[j].Published) })
	if len(items) > n {
		items = items[:n]
	}
	return items
}

// Canonical normalizes an article URL so that one page has one key: the
// fragment and tracking parameters (utm_*, fbclid, gclid, ...) are dropped,
// the host lower-cased.
func Canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Fragment, u.RawFragment = "", ""
	u.Host = strings.ToLower(u.Host)
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "mc_cid" || lk == "mc_eid" || lk == "ocid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}

func orElse(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}
