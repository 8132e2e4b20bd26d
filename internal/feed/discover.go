package feed

import (
	"bytes"
	"mime"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// feedTypes are the media types of <link rel="alternate"> that name a feed.
var feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/feed+json"}

// Discover returns the feeds that an HTML page announces with
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">,
// in page order, each once, as absolute http or https URLs resolved against
// the page's <base href> or else pageURL. It returns nil when there are
// none, and reads any input without failing.
func Discover(page []byte, pageURL string) []string {
	base, _ := url.Parse(pageURL)
	var found []string
	z := html.NewTokenizer(bytes.NewReader(page))
	baseSet := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return found
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr {
				continue
			}
			attrs := tagAttrs(z)
			switch string(name) {
			case "base":
				if !baseSet && attrs["href"] != "" {
					base, baseSet = resolveBase(base, attrs["href"]), true
				}
			case "link":
				if u := feedLink(base, attrs); u != "" && !slices.Contains(found, u) {
					found = append(found, u)
				}
			}
		}
	}
}

// tagAttrs returns the attributes of the current tag, the first of each
// name.
func tagAttrs(z *html.Tokenizer) map[string]string {
	attrs := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		if _, ok := attrs[string(k)]; !ok {
			attrs[string(k)] = string(v)
		}
		if !more {
			return attrs
		}
	}
}

// feedLink returns the resolved href of a <link> that announces a feed, or
// "".
func feedLink(base *url.URL, attrs map[string]string) string {
	if !slices.Contains(strings.Fields(strings.ToLower(attrs["rel"])), "alternate") {
		return ""
	}
	mt, _, err := mime.ParseMediaType(attrs["type"])
	if err != nil || !slices.Contains(feedTypes, mt) {
		return ""
	}
	return resolve(base, attrs["href"])
}

// resolveBase applies a <base href> to the page's URL.
func resolveBase(page *url.URL, href string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return page
	}
	if page != nil {
		u = page.ResolveReference(u)
	}
	return u
}
