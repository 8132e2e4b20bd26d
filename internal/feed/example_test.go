package feed_test

import (
	"fmt"
	"strings"

	"tidings/internal/feed"
	"tidings/internal/news"
)

func ExampleParse() {
	data := []byte(`<rss version="2.0"><channel><title>Town News</title><link>/</link>
<item><title>Bridge approved</title><link>/bridge</link><pubDate>Tue, 13 May 2025 09:30:00 GMT</pubDate></item>
<item><title>No link, so skipped</title></item>
</channel></rss>`)
	f, err := feed.Parse(data, "https://town.example/feed.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Title, f.SiteURL)
	for _, it := range f.Items {
		fmt.Println(it.Published.Format("2006-01-02"), it.Title, it.URL)
	}

	_, err = feed.Parse([]byte("<html><body>Hello</body></html>"), "https://town.example/")
	fmt.Println(err)
	// Output:
	// Town News https://town.example/
	// 2025-05-13 Bridge approved https://town.example/bridge
	// not a feed: no RSS, Atom or JSON Feed document found
}

func ExampleDiscover() {
	page := []byte(`<head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head>`)
	fmt.Println(feed.Discover(page, "https://blog.example/post/1"))
	// Output: [https://blog.example/atom.xml]
}

func ExampleWriteOPML() {
	sources := []news.Source{
		{URL: "https://wire.example/rss", Title: "Wire", Section: news.World},
		{URL: "https://town.example/feed.xml", Title: "Town News"},
	}
	var sb strings.Builder
	if err := feed.WriteOPML(&sb, "My sources", sources); err != nil {
		fmt.Println(err)
		return
	}
	outlines, err := feed.ParseOPML(strings.NewReader(sb.String()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range outlines {
		fmt.Printf("%s %s %q\n", o.Title, o.XMLURL, o.Category)
	}
	// Output:
	// Town News https://town.example/feed.xml ""
	// Wire https://wire.example/rss "World"
}
