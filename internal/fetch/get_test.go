package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testClient returns a Client that may reach the loopback test servers.
func testClient(opts Options) *Client {
	opts.AllowPrivate = true
	return New(opts)
}

// serve starts a test server for handler and stops it when the test ends.
func serve(t *testing.T, handler http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, c *Client, url string, cond Conditional) (*Response, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	return c.Get(ctx, url, cond)
}

func TestGetRefusesLoopback(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request reached the server: %s", r.URL)
	}))
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	tests := []struct {
		name string
		url  string
	}{
		{"ip literal", srv.URL + "/feed"},
		{"host name resolved to loopback", "http://localhost:" + port + "/feed"},
	}
	c := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := get(t, c, tt.url, Conditional{})
			if !errors.Is(err, ErrBlocked) {
				t.Fatalf("Get(%s) = %v, want ErrBlocked", tt.url, err)
			}
			if !strings.Contains(err.Error(), tt.url) {
				t.Errorf("error %q does not name the URL", err)
			}
		})
	}
}

// TestRedirectToLoopbackBlockedAtDial lets the client reach one server,
// which redirects to another loopback server: the real dial-time policy
// must refuse the second connection.
func TestRedirectToLoopbackBlockedAtDial(t *testing.T) {
	var reached atomic.Bool
	inner := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { reached.Store(true) }))
	outer := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, inner.URL+"/secret", http.StatusFound)
	}))
	allowed := outer.Listener.Addr().String()
	policy := func(address string) error {
		if address == allowed {
			return nil
		}
		return checkAddrPort(address)
	}
	// AllowPrivate skips only the URL's literal check here; the dialer
	// keeps the policy above.
	c := newClient(Options{AllowPrivate: true}.withDefaults(), policy)
	_, err := get(t, c, outer.URL+"/feed", Conditional{})
	if !errors.Is(err, ErrBlocked) {
		t.Fatalf("Get = %v, want ErrBlocked", err)
	}
	if reached.Load() {
		t.Error("the redirect reached the loopback server")
	}
}

func TestGetBodySize(t *testing.T) {
	const max = 1 << 10
	plain := bytes.Repeat([]byte("a"), max)
	tests := []struct {
		name    string
		handler http.HandlerFunc
		wantErr error
		wantLen int
	}{
		{"at the cap", func(w http.ResponseWriter, r *http.Request) { w.Write(plain) }, nil, max},
		{"over the cap with length", func(w http.ResponseWriter, r *http.Request) {
			w.Write(append(plain, 'a'))
		}, ErrTooLarge, 0},
		{"over the cap chunked", func(w http.ResponseWriter, r *http.Request) {
			w.Write(plain)
			w.(http.Flusher).Flush()
			w.Write([]byte("more"))
		}, ErrTooLarge, 0},
		{"gzip decoded", gzipHandler(plain), nil, max},
		{"gzip bomb", gzipHandler(make([]byte, 10<<20)), ErrTooLarge, 0},
		{"unasked encoding", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte("xx"))
		}, errAny, 0},
	}
	c := testClient(Options{MaxBody: max})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			resp, err := get(t, c, srv.URL+"/", Conditional{})
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("Get = %v", err)
			case tt.wantErr == errAny && err == nil, tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
				t.Fatalf("Get = %v, want %v", err, tt.wantErr)
			case err == nil && len(resp.Body) != tt.wantLen:
				t.Fatalf("body has %d bytes, want %d", len(resp.Body), tt.wantLen)
			}
		})
	}
}

// errAny in a table means "some error".
var errAny = errors.New("any error")

// gzipHandler serves body gzipped, if the client asks for gzip.
func gzipHandler(body []byte) http.HandlerFunc {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(body)
	zw.Close()
	return func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip please", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	}
}

// hopHandler redirects /hop/n to /hop/n+1 until n reaches last.
func hopHandler(last int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		if n < last {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, "arrived")
	}
}

func TestGetRedirects(t *testing.T) {
	tests := []struct {
		name         string
		maxRedirects int
		hops         int
		wantErr      error
	}{
		{"none", 0, 0, nil},
		{"default allows five", 0, 5, nil},
		{"default refuses six", 0, 6, ErrTooManyRedirects},
		{"at the cap", 3, 3, nil},
		{"over the cap", 3, 4, ErrTooManyRedirects},
		{"negative follows none", -1, 1, ErrTooManyRedirects},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, hopHandler(tt.hops))
			c := testClient(Options{MaxRedirects: tt.maxRedirects})
			resp, err := get(t, c, srv.URL+"/hop/0", Conditional{})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Get = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Get = %v", err)
			}
			if want := fmt.Sprintf("%s/hop/%d", srv.URL, tt.hops); resp.URL != want {
				t.Errorf("final URL = %s, want %s", resp.URL, want)
			}
		})
	}
}

func TestGetRedirectToOtherScheme(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/feed", http.StatusFound)
	}))
	_, err := get(t, testClient(Options{}), srv.URL+"/", Conditional{})
	if !errors.Is(err, ErrScheme) {
		t.Fatalf("Get = %v, want ErrScheme", err)
	}
}

func TestGetConditional(t *testing.T) {
	const etag, modified = `"v1"`, "Mon, 02 Jan 2006 15:04:05 GMT"
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == modified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", modified)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss/>")
	}))
	c := testClient(Options{})
	first, err := get(t, c, srv.URL+"/feed", Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.Status != 200 || first.ETag != etag || first.LastModified != modified ||
		first.ContentType != "application/rss+xml" || string(first.Body) != "<rss/>" {
		t.Fatalf("first response = %+v", first)
	}
	second, err := get(t, c, srv.URL+"/feed", Conditional{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != http.StatusNotModified || second.Body != nil {
		t.Fatalf("second response = %+v, want NotModified", second)
	}
	if second.ETag != etag || second.LastModified != modified {
		t.Errorf("304 validators = %q, %q; want the ones sent", second.ETag, second.LastModified)
	}
}

func TestGetStatus(t *testing.T) {
	tests := []struct {
		name       string
		code       int
		retryAfter string
		want       time.Duration
	}{
		{"not found", http.StatusNotFound, "", 0},
		{"gone", http.StatusGone, "", 0},
		{"too many requests", http.StatusTooManyRequests, "120", 2 * time.Minute},
		{"unavailable", http.StatusServiceUnavailable, "soon", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(tt.code)
			}))
			_, err := get(t, testClient(Options{}), srv.URL+"/x", Conditional{})
			var se *StatusError
			if !errors.Is(err, ErrStatus) || !errors.As(err, &se) {
				t.Fatalf("Get = %v, want a *StatusError", err)
			}
			if se.Code != tt.code || se.RetryAfter != tt.want {
				t.Errorf("StatusError = %+v, want code %d, retry after %v", se, tt.code, tt.want)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 5, 13, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, value string
		want        time.Duration
	}{
		{"empty", "", 0},
		{"seconds", "30", 30 * time.Second},
		{"negative", "-5", 0},
		{"huge", "999999999999", maxRetryAfter},
		{"date", "Tue, 13 May 2025 12:05:00 GMT", 5 * time.Minute},
		{"past date", "Tue, 13 May 2025 11:00:00 GMT", 0},
		{"garbage", "later", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := retryAfter(tt.value, now); got != tt.want {
				t.Errorf("retryAfter(%q) = %v, want %v", tt.value, got, tt.want)
			}
		})
	}
}

func TestGetSendsUserAgent(t *testing.T) {
	tests := []struct {
		name string
		ua   string
		want string
	}{
		{"default", "", DefaultUserAgent},
		{"configured", "TidingsTest/9 (+https://example.org)", "TidingsTest/9 (+https://example.org)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			seen := map[string]string{}
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				seen[r.URL.Path] = r.UserAgent()
				mu.Unlock()
			}))
			c := testClient(Options{UserAgent: tt.ua})
			if _, err := get(t, c, srv.URL+"/page", Conditional{}); err != nil {
				t.Fatal(err)
			}
			resp, err := c.HTTPClient().Get(srv.URL + "/raw")
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			mu.Lock()
			defer mu.Unlock()
			for _, path := range []string{"/robots.txt", "/page", "/raw"} {
				if seen[path] != tt.want {
					t.Errorf("User-Agent for %s = %q, want %q", path, seen[path], tt.want)
				}
			}
		})
	}
}

func TestGetTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer close(release)
	_, err := get(t, testClient(Options{Timeout: 200 * time.Millisecond}), srv.URL+"/slow", Conditional{})
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("Get = %v, want a timeout", err)
	}
}

func TestGetScheme(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/", "gopher://example.com/"} {
		if _, err := New(Options{}).Get(t.Context(), u, Conditional{}); !errors.Is(err, ErrScheme) {
			t.Errorf("Get(%s) = %v, want ErrScheme", u, err)
		}
	}
}
