package web

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestMicrocache(t *testing.T) {
	var renders atomic.Int32
	h := newMicrocache(time.Hour, 100).wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		renders.Add(1)
		if r.URL.Path == "/story/2" {
			http.SetCookie(w, &http.Cookie{Name: "x", Value: "y"})
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("page " + r.URL.Path))
	}))
	get := func(method, path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
		return rec
	}
	tests := []struct {
		name    string
		method  string
		path    string
		renders int32 // renders for two requests
	}{
		{"a story page is rendered once", "GET", "/story/1", 1},
		{"a page that sets a cookie is not kept", "GET", "/story/2", 2},
		{"admin pages are never cached", "GET", "/admin", 2},
		{"posts are never cached", "POST", "/story/1/flags", 2},
		{"searches are never cached", "GET", "/search?q=x", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			renders.Store(0)
			a, b := get(tt.method, tt.path), get(tt.method, tt.path)
			if renders.Load() != tt.renders {
				t.Errorf("%d renders, want %d", renders.Load(), tt.renders)
			}
			if a.Body.String() != b.Body.String() || b.Header().Get("Content-Type") != "text/html" {
				t.Errorf("answers differ: %q vs %q", a.Body.String(), b.Body.String())
			}
		})
	}
	renders.Store(0)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); get("GET", "/section/world") }()
	}
	wg.Wait()
	if renders.Load() != 1 {
		t.Errorf("50 concurrent readers caused %d renders, want 1", renders.Load())
	}
}
