package fetch

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// Conditional holds the validators of a previous response, for a
// conditional GET. Empty fields are not sent.
type Conditional struct {
	ETag, LastModified string
}

// Response is the outcome of a successful Get.
type Response struct {
	URL          string // the final URL, after redirects
	Status       int    // 2xx, or 304 when NotModified
	Body         []byte // decoded, at most Options.MaxBody bytes; nil when NotModified
	ContentType  string
	ETag         string // validators to send next time; on a 304, those of the
	LastModified string // 304 response, or else the ones sent
	NotModified  bool   // the server answered 304: the copy held is current
}

// Get fetches rawURL with a GET request, after checking the site's
// robots.txt, and returns the whole body. cond, if not empty, makes the
// request conditional: a 304 answer returns a Response with NotModified set
// and no error.
//
// Errors name the URL and wrap one of the kinds of this package:
// ErrBadURL or ErrScheme for a URL it will not try, ErrBlocked for a
// non-public address, ErrRobots, ErrTooManyRedirects, ErrTooLarge, and
// ErrStatus (a *StatusError) for any status other than 2xx and 304.
// Network errors, timeouts and ctx's cancellation are wrapped as they come.
func (c *Client) Get(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	u, err := validateURL(rawURL, c.opts.AllowPrivate)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", redact(rawURL), err)
	}
	resp, err := c.get(ctx, u, cond)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	return resp, nil
}

// get is Get on a checked URL, with errors not yet wrapped.
func (c *Client) get(ctx context.Context, u *url.URL, cond Conditional) (*Response, error) {
	if err := c.checkRobots(ctx, u); err != nil {
		return nil, err
	}
	req, err := newRequest(ctx, u, cond)
	if err != nil {
		return nil, err
	}
	resp, err := c.politeClient().Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	return c.readResponse(resp, cond)
}

// newRequest builds the GET request for u, with the conditional headers.
func newRequest(ctx context.Context, u *url.URL, cond Conditional) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Encoding", "gzip")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	return req, nil
}

// politeClient is the guarded client whose redirects also honour the
// robots.txt of the site they lead to.
func (c *Client) politeClient() *http.Client {
	hc := *c.hc
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if err := c.checkRedirect(req, via); err != nil {
			return err
		}
		return c.checkRobots(req.Context(), req.URL)
	}
	return &hc
}

// readResponse turns an HTTP response into a Response or an error.
func (c *Client) readResponse(resp *http.Response, cond Conditional) (*Response, error) {
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.ETag = cmp.Or(out.ETag, cond.ETag)
		out.LastModified = cmp.Or(out.LastModified, cond.LastModified)
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		drain(resp.Body)
		return nil, newStatusError(resp, time.Now())
	}
	body, err := readBody(resp, c.opts.MaxBody)
	if err != nil {
		return nil, err
	}
	out.Body = body
	return out, nil
}

// drain reads a little of an unwanted body, so that a short one does not
// cost its connection.
func drain(r io.Reader) {
	_, _ = io.CopyN(io.Discard, r, 64<<10)
}

// redact removes any password from rawURL, for error messages.
func redact(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil {
		return u.Redacted()
	}
	return fmt.Sprintf("%q", rawURL)
}
