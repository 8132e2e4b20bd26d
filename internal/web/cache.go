package web

import (
	"bytes"
	"net/http"
	"strings"
	"sync"
	"time"
)

// microcache keeps rendered public pages for a moment, so that a story
// that many readers open at once is rendered once per interval, not once
// per reader. Pages change at most a TTL late; admin pages, reports and
// anything but a plain GET are never cached. It is safe for concurrent use.
type microcache struct {
	ttl     time.Duration
	max     int
	mu      sync.Mutex
	entries map[string]*cached
}

type cached struct {
	ready   chan struct{} // closed once filled: later readers wait instead of rendering again
	expires time.Time
	status  int
	header  http.Header
	body    []byte
}

func newMicrocache(ttl time.Duration, max int) *microcache {
	return &microcache{ttl: ttl, max: max, entries: map[string]*cached{}}
}

// cacheable reports whether a request's answer may be shared between
// readers: public pages only, without cookies that change them.
func cacheable(r *http.Request) bool {
	if r.Method != http.MethodGet || r.URL.RawQuery != "" && !strings.HasPrefix(r.URL.Path, "/section/") {
		return false
	}
	p := r.URL.Path
	return p == "/" || strings.HasPrefix(p, "/section/") || strings.HasPrefix(p, "/story/") || strings.HasPrefix(p, "/feeds/")
}

func (c *microcache) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !cacheable(r) {
			next.ServeHTTP(w, r)
			return
		}
		key := r.URL.RequestURI()
		c.mu.Lock()
		e, ok := c.entries[key]
		now := time.Now()
		if !ok || now.After(e.expires) && isClosed(e.ready) {
			if len(c.entries) >= c.max {
				c.evict(now)
			}
			e = &cached{ready: make(chan struct{}), expires: now.Add(c.ttl)}
			c.entries[key] = e
			c.mu.Unlock()
			c.fill(e, next, r)
		} else {
			c.mu.Unlock()
			<-e.ready
		}
		h := w.Header()
		for k, v := range e.header {
			h[k] = v
		}
		w.WriteHeader(e.status)
		w.Write(e.body)
	})
}

// fill renders the page once for everyone waiting on e.
func (c *microcache) fill(e *cached, next http.Handler, r *http.Request) {
	defer close(e.ready)
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	next.ServeHTTP(rec, r)
	e.status, e.header, e.body = rec.status, rec.header, rec.buf.Bytes()
	if rec.status != http.StatusOK || rec.header.Get("Set-Cookie") != "" {
		e.expires = time.Time{} // errors and personal answers are not kept
	}
}

// evict drops expired entries, or all of them if none has expired.
func (c *microcache) evict(now time.Time) {
	for k, e := range c.entries {
		if now.After(e.expires) && isClosed(e.ready) {
			delete(c.entries, k)
		}
	}
	if len(c.entries) >= c.max {
		clear(c.entries)
	}
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

type recorder struct {
	header http.Header
	status int
	buf    bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(status int)      { r.status = status }
func (r *recorder) Write(b []byte) (int, error) { return r.buf.Write(b) }
