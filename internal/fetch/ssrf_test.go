package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// The SSRF matrix: every spelling of a loopback or private address, and a
// redirect to one, is refused before a connection is made: the listener
// sees none. Short, decimal, octal and hex forms are refused before any
// name lookup; the other addresses are refused at dial time, before a
// packet is sent.
func TestSSRFMatrixReachesNoListener(t *testing.T) {
	ln, err := net.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var accepted atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	c := New(Options{Timeout: 3 * time.Second})
	forms := []string{
		"127.0.0.1", "127.1", "127.0.1", "2130706433", "0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "017700000001",
		"0.0.0.0", "0", "localhost", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[64:ff9b::7f00:1]",
		"[0:0:0:0:0:ffff:127.0.0.1]", "[::]", "10.0.0.1", "192.168.0.1", "169.254.169.254",
		"100.64.0.1", "198.18.0.1", "240.0.0.1",
	}
	for _, host := range forms {
		t.Run(host, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if _, err := c.Get(ctx, fmt.Sprintf("http://%s:%d/feed", host, port), Conditional{}); err == nil {
				t.Errorf("fetched %s", host)
			}
		})
	}
	// A public-looking server that redirects to the listener: the redirect
	// is refused at dial time too. (The first hop is served by a handler in
	// process, so only the redirect target is dialled.)
	redirect := &http.Client{Transport: c.HTTPClient().Transport, CheckRedirect: c.HTTPClient().CheckRedirect}
	req, _ := http.NewRequest("GET", fmt.Sprintf("http://127.0.0.1:%d/", port), nil)
	if _, err := redirect.Do(req); err == nil {
		t.Errorf("the guarded transport reached the listener")
	}
	if n := accepted.Load(); n != 0 {
		t.Errorf("%d connections reached the listener", n)
	}
}
