package feed

import (
	"strings"
	"testing"
)

func TestDiscover(t *testing.T) {
	got := Discover(readTestdata(t, "page.html"), "https://www.example.com/index.html")
	want := []string{
		"https://www.example.com/news/rss.xml",
		"https://www.example.com/atom.xml",
		"https://www.example.com/feed.json",
		"https://www.example.com/news/comments.atom",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Discover = %q, want %q", got, want)
	}
}

func TestDiscoverCases(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string // URLs joined by spaces
	}{
		{"none", `<html><head><title>x</title></head></html>`, ""},
		{"empty input", ``, ""},
		{"relative to page", `<link rel=alternate type=application/atom+xml href=feed.atom>`, "https://site.example/blog/feed.atom"},
		{"not alternate", `<link rel=feed type=application/rss+xml href=/a>`, ""},
		{"json is not json feed", `<link rel=alternate type=application/json href=/a>`, ""},
		{"no href", `<link rel=alternate type=application/rss+xml>`, ""},
		{"bad type", `<link rel=alternate type="application/rss+xml; x" href=/a>`, ""},
		{"only first base", `<base href="https://a.example/x/"><base href="https://b.example/"><link rel=alternate type=application/rss+xml href=f>`,
			"https://a.example/x/f"},
		{"garbage", "<<<link rel=alternate\x00 type=application/rss+xml href='/ok'>>>", ""},
		{"sloppy", `<p><link rel="ALTERNATE" type="Application/RSS+XML" href=" /ok ">`, "https://site.example/ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(Discover([]byte(tt.page), "https://site.example/blog/post"), " ")
			if got != tt.want {
				t.Errorf("Discover = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDiscover(f *testing.F) {
	f.Add(`<base href="/b/"><link rel="alternate" type="application/rss+xml" href="r">`, "https://e.com/p")
	f.Add(`<link rel=alternate type=application/feed+json href=//x.com/f>`, "::")
	f.Fuzz(func(t *testing.T, page, pageURL string) {
		for _, u := range Discover([]byte(page), pageURL) {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("Discover returned %q", u)
			}
		}
	})
}
