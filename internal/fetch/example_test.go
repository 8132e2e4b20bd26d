package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"tidings/internal/fetch"
)

func ExampleClient_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "<rss version=\"2.0\"></rss>")
	}))
	defer srv.Close()

	// AllowPrivate only because the test server is on loopback.
	c := fetch.New(fetch.Options{AllowPrivate: true})
	ctx := context.Background()
	resp, err := c.Get(ctx, srv.URL+"/feed.xml", fetch.Conditional{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Status, resp.ETag, string(resp.Body))

	// Next time, send the validators: an unchanged feed costs a 304.
	resp, err = c.Get(ctx, srv.URL+"/feed.xml", fetch.Conditional{ETag: resp.ETag})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Status, resp.NotModified)

	// The default Client refuses the machine's own network.
	_, err = fetch.New(fetch.Options{}).Get(ctx, srv.URL+"/feed.xml", fetch.Conditional{})
	fmt.Println(errors.Is(err, fetch.ErrBlocked))
	// Output:
	// 200 "v1" <rss version="2.0"></rss>
	// 304 true
	// true
}
