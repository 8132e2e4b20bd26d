package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// How robots.txt files are kept.
const (
	robotsTTL       = time.Hour        // a fetched robots.txt is used this long
	robotsFailTTL   = 10 * time.Minute // an unreachable one is retried after this
	robotsCacheSize = 4096             // sites remembered at most
	robotsMaxBytes  = 500 << 10        // RFC 9309 asks crawlers to read at least this much
)

// robotsCache keeps the rules of each site (scheme, host and port) for a
// while. Its entry for a site is made by the first goroutine that asks,
// which fetches the file while the others wait for it, so each site's
// robots.txt is fetched once per TTL however many fetches run at once.
type robotsCache struct {
	mu      sync.Mutex
	entries map[string]*robotsEntry
	ttl     time.Duration
	size    int
	now     func() time.Time
}

// robotsEntry is one site's rules. ready is closed once rules, expires and
// ok are set; ok false means the fetch was cut short and the waiters must
// try again.
type robotsEntry struct {
	ready   chan struct{}
	rules   robotsRules
	expires time.Time
	ok      bool
}

func newRobotsCache(ttl time.Duration, size int) *robotsCache {
	return &robotsCache{entries: make(map[string]*robotsEntry), ttl: ttl, size: size, now: time.Now}
}

// entry returns the current entry for site, and whether the caller made it
// and so must fill it with finish.
func (rc *robotsCache) entry(site string) (*robotsEntry, bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if e, ok := rc.entries[site]; ok && !rc.expired(e) {
		return e, false
	}
	rc.makeRoom()
	e := &robotsEntry{ready: make(chan struct{})}
	rc.entries[site] = e
	return e, true
}

// expired reports whether a filled entry has passed its time. Callers hold mu.
func (rc *robotsCache) expired(e *robotsEntry) bool {
	select {
	case <-e.ready:
		return !e.ok || rc.now().After(e.expires)
	default:
		return false // being fetched
	}
}

// makeRoom drops expired entries when the cache is full, then the entry
// closest to expiry if it is still full. Callers hold mu.
func (rc *robotsCache) makeRoom() {
	if len(rc.entries) < rc.size {
		return
	}
	var victim string
	var soonest time.Time
	for site, e := range rc.entries {
		if rc.expired(e) {
			delete(rc.entries, site)
			continue
		}
		if isReady(e) && (victim == "" || e.expires.Before(soonest)) {
			victim, soonest = site, e.expires
		}
	}
	if len(rc.entries) >= rc.size && victim != "" {
		delete(rc.entries, victim)
	}
}

func isReady(e *robotsEntry) bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// finish fills e and wakes its waiters. A zero ttl marks the entry as not
// fetched; it is dropped so that the next caller tries again.
func (rc *robotsCache) finish(site string, e *robotsEntry, rules robotsRules, ttl time.Duration) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	e.rules, e.ok, e.expires = rules, ttl > 0, rc.now().Add(ttl)
	if !e.ok && rc.entries[site] == e {
		delete(rc.entries, site)
	}
	close(e.ready)
}

// checkRobots returns ErrRobots if the robots.txt of u's site disallows u
// for c's user agent. It fails only when the robots.txt could not be asked
// for at all: a cancelled ctx, or a blocked address.
func (c *Client) checkRobots(ctx context.Context, u *url.URL) error {
	rules, err := c.robotsRules(ctx, u.Scheme+"://"+strings.ToLower(u.Host))
	if err != nil {
		return err
	}
	if !rules.allowed(robotsTarget(u)) {
		return ErrRobots
	}
	return nil
}

// robotsTarget is the part of u that robots.txt rules match: the escaped
// path and the query.
func robotsTarget(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// robotsRules returns the rules of site, from the cache or fetched.
func (c *Client) robotsRules(ctx context.Context, site string) (robotsRules, error) {
	for {
		e, mine := c.robots.entry(site)
		if mine {
			rules, ttl, err := c.fetchRobots(ctx, site)
			c.robots.finish(site, e, rules, ttl)
			return rules, err
		}
		select {
		case <-e.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if e.ok {
			return e.rules, nil
		}
	}
}

// fetchRobots fetches and parses site's robots.txt and says how long to
// keep the result; a zero ttl goes with an error and means "do not keep".
//
// A 2xx answer is parsed (its first 500 KiB). Any 4xx, a 404 above all,
// means there are no rules. An unreachable robots.txt, or a 5xx answer, is
// also taken to allow everything, for a shorter while: RFC 9309 would have
// a crawler assume it disallows all, but Tidings asks a site for little
// (its feed and the pages the feed links to), and a site whose server is
// failing will fail those requests too, with their own errors, which are
// more useful than ErrRobots. The one failure that counts is a blocked
// address, since the fetch itself would be refused the same way.
func (c *Client) fetchRobots(ctx context.Context, site string) (robotsRules, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/robots.txt", nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	resp, err := c.hc.Do(req)
	switch {
	case ctx.Err() != nil:
		return nil, 0, ctx.Err()
	case errors.Is(err, ErrBlocked):
		return nil, 0, unwrapURLError(err)
	case err != nil:
		return nil, robotsFailTTL, nil
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		return nil, robotsFailTTL, nil
	case resp.StatusCode >= 300:
		return nil, robotsTTL, nil
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return nil, robotsFailTTL, nil
	}
	return parseRobots(data, c.agent), robotsTTL, nil
}
