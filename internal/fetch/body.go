package fetch

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// readBody reads resp's body, decoding gzip, and fails with ErrTooLarge as
// soon as either the bytes on the wire or the decoded bytes pass max.
func readBody(resp *http.Response, max int64) ([]byte, error) {
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, resp.ContentLength, max)
	}
	r, err := decode(&capReader{r: resp.Body, left: max}, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(&capReader{r: r, left: max})
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	return body, nil
}

// decode returns a reader of r's content, undoing the Content-Encoding
// enc. Only gzip is asked for, so only gzip is accepted.
func decode(r io.Reader, enc string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		return zr, nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
}

// capReader reads from r and fails with ErrTooLarge once more than left
// bytes have come, instead of truncating silently.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1] // one byte more than allowed tells "too large"
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, ErrTooLarge
	}
	return n, err
}
