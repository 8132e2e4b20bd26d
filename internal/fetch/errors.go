package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// The kinds of error that Get returns, wrapped with the URL. Test them with
// errors.Is.
var (
	// ErrBlocked means the target resolved to an address that the Client
	// refuses: loopback, private, link-local and the like.
	ErrBlocked = errors.New("address not allowed")
	// ErrTooLarge means the body, raw or decoded, exceeded Options.MaxBody.
	ErrTooLarge = errors.New("response body too large")
	// ErrRobots means the site's robots.txt disallows the URL for Tidings.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrTooManyRedirects means the chain of redirects exceeded
	// Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrScheme means the URL, or a redirect's target, is neither http nor
	// https.
	ErrScheme = errors.New("scheme not http or https")
	// ErrBadURL means the URL cannot be parsed or has no host.
	ErrBadURL = errors.New("invalid URL")
	// ErrStatus means the server answered with a status other than 2xx or
	// 304; errors.As finds the *StatusError with the code.
	ErrStatus = errors.New("unexpected HTTP status")
)

// StatusError is the error for a response whose status is neither 2xx nor
// 304. It matches ErrStatus under errors.Is.
type StatusError struct {
	Code int
	// RetryAfter is the delay the server asked for with a Retry-After
	// header (usually on 429 and 503), or zero.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP status %d %s", e.Code, http.StatusText(e.Code))
}

// Is reports whether target is ErrStatus.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// newStatusError builds the error for resp, reading its Retry-After header
// against now.
func newStatusError(resp *http.Response, now time.Time) *StatusError {
	return &StatusError{Code: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), now)}
}

// maxRetryAfter caps a server's Retry-After, so that a silly value cannot
// park a source for years.
const maxRetryAfter = 7 * 24 * time.Hour

// retryAfter parses a Retry-After value, either seconds or an HTTP date.
// It returns zero for an absent, malformed or past value.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil {
		if secs <= 0 {
			return 0
		}
		return min(time.Duration(secs)*time.Second, maxRetryAfter)
	}
	t, err := http.ParseTime(v)
	if err != nil || !t.After(now) {
		return 0
	}
	return min(t.Sub(now), maxRetryAfter)
}
