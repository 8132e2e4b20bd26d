package feed

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// ErrNotFeed is the error for data that is not a feed Parse can read: an
// HTML page, a malformed document, an empty body. Parse wraps it with the
// reason: "not a feed: ...".
var ErrNotFeed = errors.New("not a feed")

// Feed is a parsed feed.
type Feed struct {
	Title   string
	SiteURL string // the site the feed belongs to, absolute, or ""
	Items   []Item // in the feed's order
}

// Item is one entry of a feed.
type Item struct {
	GUID       string // the item's own id, or its URL when it has none
	URL        string // absolute http or https URL of the item's page
	Title      string
	Author     string // the item's author, or the feed's
	Summary    string // HTML as given (RSS description, Atom summary)
	Content    string // HTML as given (content:encoded, Atom content, JSON content)
	Published  time.Time
	Categories []string
}

// Parse reads data as an RSS, Atom or JSON feed fetched from feedURL.
//
// Relative URLs of the feed and its items are resolved against feedURL;
// only http and https URLs are kept. An item is skipped when it has no URL,
// or has neither title, summary nor content. Published is the item's
// publication time, else its update time, else zero, in UTC.
//
// A document that is not a feed, or a feed too broken to read, yields an
// error wrapping ErrNotFeed. Parse never panics.
func Parse(data []byte, feedURL string) (f *Feed, err error) {
	defer func() {
		// gofeed reads untrusted input; a bug there must cost one feed,
		// not the process.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%w: parser failed: %v", ErrNotFeed, r)
		}
	}()
	if err := guard(data); err != nil {
		return nil, err
	}
	gf, err := parseGofeed(data)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(feedURL)
	return convertFeed(gf, base), nil
}

// parseGofeed parses data with gofeed, once more after a repair if the
// first try fails on a fault that repair knows, and checks that a JSON
// document is a JSON Feed. Errors wrap ErrNotFeed.
func parseGofeed(data []byte) (*gofeed.Feed, error) {
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if fixed, ok := repair(data, err); ok {
			gf, err = gofeed.NewParser().Parse(bytes.NewReader(fixed))
		}
	}
	switch {
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		return nil, fmt.Errorf("%w: no RSS, Atom or JSON Feed document found", ErrNotFeed)
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrNotFeed, err)
	case gf.FeedType == "json" && !strings.Contains(gf.FeedVersion, "jsonfeed.org/version/"):
		return nil, fmt.Errorf("%w: JSON document without a JSON Feed version", ErrNotFeed)
	}
	return gf, nil
}

// convertFeed makes a Feed of gofeed's, resolving URLs against base.
func convertFeed(gf *gofeed.Feed, base *url.URL) *Feed {
	f := &Feed{
		Title:   clean(gf.Title),
		SiteURL: resolve(base, gf.Link),
	}
	feedAuthor := personName(gf.Author, gf.Authors)
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		if it, ok := convertItem(gi, base, feedAuthor); ok {
			f.Items = append(f.Items, it)
		}
	}
	return f
}

// convertItem makes an Item of gofeed's and reports whether it is worth
// keeping: it has a URL and something to show.
func convertItem(gi *gofeed.Item, base *url.URL, feedAuthor string) (Item, bool) {
	it := Item{
		URL:        itemURL(gi, base),
		Title:      clean(gi.Title),
		Author:     cmp.Or(personName(gi.Author, gi.Authors), feedAuthor),
		Summary:    strings.TrimSpace(gi.Description),
		Content:    strings.TrimSpace(gi.Content),
		Published:  published(gi),
		Categories: categories(gi.Categories),
	}
	it.GUID = cmp.Or(strings.TrimSpace(gi.GUID), it.URL)
	if it.URL == "" || it.Title == "" && it.Summary == "" && it.Content == "" {
		return Item{}, false
	}
	return it, true
}

// itemURL returns the item's link, resolved: its link, else its first
// other link, else its GUID when that is an absolute URL (an RSS permalink).
func itemURL(gi *gofeed.Item, base *url.URL) string {
	candidates := append([]string{gi.Link}, gi.Links...)
	for _, c := range candidates {
		if u := resolve(base, c); u != "" {
			return u
		}
	}
	if g := strings.TrimSpace(gi.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return resolve(nil, g)
	}
	return ""
}

// published returns the item's publication time, else its update time,
// else zero.
func published(gi *gofeed.Item) time.Time {
	for _, t := range []*time.Time{gi.PublishedParsed, gi.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return t.UTC()
		}
	}
	return time.Time{}
}

// personName returns the name (or else the email) of the first person
// given.
func personName(p *gofeed.Person, more []*gofeed.Person) string {
	for _, p := range append([]*gofeed.Person{p}, more...) {
		if p == nil {
			continue
		}
		if n := cmp.Or(clean(p.Name), clean(p.Email)); n != "" {
			return n
		}
	}
	return ""
}

// categories returns cs trimmed, without empty or repeated entries.
func categories(cs []string) []string {
	var out []string
	for _, c := range cs {
		if c = clean(c); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// resolve returns ref as an absolute http or https URL, resolved against
// base (which may be nil), or "" if it cannot be one.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// clean trims s and folds its runs of white space into single spaces, for
// one-line texts such as titles and names.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
