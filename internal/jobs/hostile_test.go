package jobs

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"tidings/internal/fetch"
	"tidings/internal/news"
	"tidings/internal/store"
)

// hostile serves feeds built to hurt: each must end in a clear error on
// its own source, with memory bounded, while a good source in the same
// pass is fetched as usual.
func hostile(t *testing.T) *httptest.Server {
	bomb := func() []byte { // 1 GiB of zeros, gzipped to about 1 MiB
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		chunk := make([]byte, 1<<20)
		for i := 0; i < 1024; i++ {
			zw.Write(chunk)
		}
		zw.Close()
		return b.Bytes()
	}()
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
		`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>` +
		`<rss version="2.0"><channel><title>&lol4;</title><item><title>&lol4;</title><link>http://x.example/a</link></item></channel></rss>`
	xxe := `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`
	deep := "<rss><channel>" + strings.Repeat("<x>", 200000) + strings.Repeat("</x>", 200000) + "</channel></rss>"
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/huge": // 1 GiB, streamed
			chunk := bytes.Repeat([]byte("<p>x</p>"), 1<<14)
			for i := 0; i < (1<<30)/len(chunk); i++ {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/lying-length":
			w.Header().Set("Content-Length", "100")
			w.Write([]byte("<rss>"))
		case "/gzip-bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		case "/drip": // one byte a second
			w.WriteHeader(200)
			for i := 0; i < 120; i++ {
				if _, err := w.Write([]byte("<")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(time.Second):
				}
			}
		case "/laughs":
			w.Write([]byte(laughs))
		case "/xxe":
			w.Write([]byte(xxe))
		case "/deep":
			w.Write([]byte(deep))
		case "/latin1": // declared UTF-8, bytes of Latin-1, cut short
			w.Write([]byte("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\xe9</title><item><title>Cr\xe8me"))
		case "/good":
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Good</title><item><title>Council approves tram line</title>
<link>http://%s/good-article</link><description>The council approved a new tram line on Monday after a long debate, officials said. It will open in 2029.</description></item></channel></rss>`, r.Host)
		default:
			http.NotFound(w, r)
		}
	}))
}

func TestHostileSourcesFailAloneAndQuickly(t *testing.T) {
	if testing.Short() {
		t.Skip("streams a gigabyte over loopback")
	}
	ctx := context.Background()
	p := newPipeline(t)
	p.Fetcher = fetch.New(fetch.Options{AllowPrivate: true, Timeout: 5 * time.Second})
	srv := hostile(t)
	defer srv.Close()
	bad := []string{"/huge", "/lying-length", "/gzip-bomb", "/drip", "/laughs", "/xxe", "/deep", "/latin1"}
	for _, path := range append(bad, "/good") {
		if _, err := p.Store.AddSource(ctx, news.Source{URL: srv.URL + path}); err != nil {
			t.Fatal(err)
		}
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	sum, err := p.RunOnce(ctx, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 200<<20 {
		t.Errorf("the heap grew by %d MiB", grown>>20)
	}
	if sum.Articles != 1 {
		t.Errorf("summary %+v: the good source's article is missing", sum)
	}
	srcs, _ := p.Store.Sources(ctx)
	for _, src := range srcs {
		good := strings.HasSuffix(src.URL, "/good")
		switch {
		case good && src.LastError != "":
			t.Errorf("good source failed: %s", src.LastError)
		case !good && src.LastError == "" && !strings.HasSuffix(src.URL, "/latin1"):
			t.Errorf("%s: no error recorded", src.URL)
		case !good && src.LastError != "" && src.NextFetch.Before(time.Now().Add(time.Minute)):
			t.Errorf("%s: failed but not backed off", src.URL)
		}
		if strings.Contains(src.Title, "lollol") || strings.Contains(src.Title, "root:") {
			t.Errorf("%s: an entity was expanded into the title %q", src.URL, src.Title)
		}
	}
	if arts, _ := p.Store.Stories(ctx, store.StoryFilter{}); len(arts) != 1 {
		t.Errorf("%d stories, want the good one only", len(arts))
	}
}
