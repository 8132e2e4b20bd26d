package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"
)

// DefaultUserAgent names Tidings to the sites it reads. Its product token,
// "Tidings", is the name that robots.txt groups address.
const DefaultUserAgent = "Tidings/0.1 (+https://github.com/tidings; self-hosted newsroom)"

// Defaults for the zero values of Options.
const (
	DefaultMaxBody      = 10 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
)

// Bounds on the phases of a request, each also capped by Options.Timeout.
const (
	dialTimeout    = 10 * time.Second
	tlsTimeout     = 10 * time.Second
	headerTimeout  = 20 * time.Second
	maxHeaderBytes = 1 << 20
)

// accept prefers feeds, then pages, and takes anything.
const accept = "application/rss+xml, application/atom+xml, application/feed+json, " +
	"application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"

// Options configure a Client. The zero value is a good default for
// production: private targets refused, 10 MiB bodies, 30 s per request,
// 5 redirects.
type Options struct {
	// AllowPrivate lets the Client connect to loopback, private,
	// link-local and other non-public addresses. For tests and local
	// trials only.
	AllowPrivate bool
	// UserAgent is sent with every request; "" means DefaultUserAgent. Its
	// leading product token ("Tidings") is matched against robots.txt.
	UserAgent string
	// MaxBody is the most bytes a body may have, compressed or decoded;
	// 0 means DefaultMaxBody.
	MaxBody int64
	// Timeout bounds one request from dial to the last byte of the body;
	// 0 means DefaultTimeout. The robots.txt look-up that may precede a
	// Get is a request of its own.
	Timeout time.Duration
	// MaxRedirects is the most redirects one request follows; 0 means
	// DefaultMaxRedirects and a negative value means none.
	MaxRedirects int
}

// withDefaults returns o with its zero values replaced by the defaults.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	return o
}

// Client is the polite, guarded HTTP client. Make one with New and share
// it: a Client is safe for concurrent use by many goroutines, and its
// robots.txt cache and connection pool are shared by all of them.
type Client struct {
	opts   Options
	hc     *http.Client
	robots *robotsCache
	agent  string // the product token, lower case, for robots.txt
}

// New returns a Client configured by opts.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	policy := checkAddrPort
	if opts.AllowPrivate {
		policy = nil
	}
	return newClient(opts, policy)
}

// newClient builds a Client whose dialer applies policy to every address
// it is about to connect to; a nil policy allows all. Tests use it to
// exempt one loopback server while the real policy guards the rest.
func newClient(opts Options, policy func(address string) error) *Client {
	c := &Client{opts: opts, robots: newRobotsCache(robotsTTL, robotsCacheSize), agent: productToken(opts.UserAgent)}
	c.hc = &http.Client{
		Transport:     &userAgentTransport{base: newTransport(opts, policy), ua: opts.UserAgent},
		CheckRedirect: c.checkRedirect,
		Timeout:       opts.Timeout,
	}
	return c
}

// newTransport returns the transport of a Client: no proxy (a proxy would
// dial for us, past the address guard), the guard in the dialer, and a
// bound on every phase.
func newTransport(opts Options, policy func(address string) error) *http.Transport {
	d := &net.Dialer{Timeout: min(dialTimeout, opts.Timeout), KeepAlive: 30 * time.Second}
	if policy != nil {
		d.Control = dialControl(policy)
	}
	return &http.Transport{
		Proxy:                  nil,
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    min(tlsTimeout, opts.Timeout),
		ResponseHeaderTimeout:  min(headerTimeout, opts.Timeout),
		ExpectContinueTimeout:  time.Second,
		IdleConnTimeout:        90 * time.Second,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    4,
		MaxResponseHeaderBytes: maxHeaderBytes,
		DisableCompression:     true, // Get asks for gzip itself, to cap the decoded size
	}
}

// HTTPClient returns the guarded *http.Client under c, for packages that
// need one: it refuses non-public addresses (unless AllowPrivate), follows
// at most MaxRedirects redirects to http and https URLs only, applies the
// timeouts, and sends the User-Agent when a request has none. It does not
// consult robots.txt nor cap bodies: callers that read pages should use Get.
func (c *Client) HTTPClient() *http.Client { return c.hc }

// checkRedirect is the redirect policy of the guarded client.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > max(c.opts.MaxRedirects, 0) {
		return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, max(c.opts.MaxRedirects, 0))
	}
	return checkURL(req.URL, c.opts.AllowPrivate)
}

// userAgentTransport sets the User-Agent of requests that have none.
type userAgentTransport struct {
	base http.RoundTripper
	ua   string
}

func (t *userAgentTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("User-Agent") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("User-Agent", t.ua)
	}
	return t.base.RoundTrip(req)
}

// unwrapURLError drops the *url.Error that net/http wraps around every
// error, since fetch errors name the URL themselves.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// productToken returns the leading product token of a User-Agent, lower
// case: "tidings" for "Tidings/0.1 (...)".
func productToken(ua string) string {
	end := 0
	for end < len(ua) && isTokenByte(ua[end]) {
		end++
	}
	return toLowerASCII(ua[:end])
}

// isTokenByte reports whether b may appear in a robots.txt product token.
func isTokenByte(b byte) bool {
	return b == '-' || b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
