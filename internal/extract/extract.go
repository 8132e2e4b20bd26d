package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Bounds on the pages Extract accepts. A page over any of them returns
// ErrTooComplex.
const (
	MaxInputBytes = 10 << 20 // bytes of HTML
	MaxElements   = 200_000  // elements the parser would build, as estimated before parsing
	MaxDepth      = 2_000    // nesting depth of the parsed tree
)

var (
	// ErrNoContent means the page has no usable main text: less than
	// minText characters of it. Extract still returns the metadata and
	// the short text it found alongside it.
	ErrNoContent = errors.New("extract: no usable main text")
	// ErrTooComplex means the page is over one of the bounds MaxInputBytes,
	// MaxElements or MaxDepth.
	ErrTooComplex = errors.New("extract: page too large or too deeply nested")
)

// minText is the fewest characters of main text that count as usable.
const minText = 80

// Result is what Extract finds in a page. Fields it cannot find are empty.
type Result struct {
	Title      string    // without the site suffix (" | Site", " - Site")
	Byline     string    // author names only, comma-separated, no "By "
	Site       string    // publisher name: og:site_name, JSON-LD publisher, else host
	Published  time.Time // in UTC; JSON-LD, then meta tags, then <time datetime>, then the URL path
	Lang       string    // language tag as the page states it: "en", "pt-BR"
	ImageURL   string    // absolute http(s) URL of the lead image
	Paragraphs []string  // main text as clean paragraphs; a heading is a paragraph of its own
}

// Text returns the paragraphs joined by blank lines, the form news.Article
// keeps.
func (r Result) Text() string { return strings.Join(r.Paragraphs, "\n\n") }

// Extract returns the main text and metadata of the HTML page page, fetched
// from pageURL (used to resolve relative links and as the last source of a
// date and a site name).
//
// Bytes that are not valid UTF-8 are decoded from the charset the page
// declares (windows-1252 if none). It returns ErrTooComplex if the page is
// over a bound, and ErrNoContent, with the metadata and any short text
// filled in, if no usable main text was found; both are wrapped, so test
// with errors.Is. It is safe for concurrent use.
func Extract(page []byte, pageURL string) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("extract %s: panic: %v", pageURL, r)
		}
	}()
	base, err := url.Parse(pageURL)
	if err != nil {
		return Result{}, fmt.Errorf("extract: page url: %w", err)
	}
	doc, err := parseBounded(page)
	if err != nil {
		return Result{}, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	meta := readMeta(doc, base)
	site := meta.siteHosts(base)
	alt := contentParagraphs(doc, site)
	all := pageParagraphs(doc)
	parser := readability.NewParser()
	parser.KeepClasses = true // the paragraph walker reads classes to spot boilerplate
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return Result{}, fmt.Errorf("extract %s: readability: %w", pageURL, err)
	}
	res = buildResult(meta, art, base)
	paras := choose(walkParagraphs(art.Node, site), alt)
	if res.Byline == "" {
		res.Byline = bylineFromBody(paras, res.Site)
	}
	res.Paragraphs = cleanParagraphs(paras, res)
	res.Paragraphs = dropAuthorNote(trimTail(res.Paragraphs), res.Byline)
	res.Paragraphs = addStandfirst(res.Paragraphs, all, meta.descriptions())
	if textLen(res.Paragraphs) < minText {
		return res, fmt.Errorf("extract %s: %w", pageURL, ErrNoContent)
	}
	return res, nil
}

// parseBounded checks page against the bounds, then parses it.
func parseBounded(page []byte) (*html.Node, error) {
	if len(page) > MaxInputBytes {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooComplex, len(page))
	}
	page = toUTF8(page)
	if n := estimateElements(page); n > MaxElements {
		return nil, fmt.Errorf("%w: over %d elements", ErrTooComplex, MaxElements)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		// Reading from memory cannot fail: the parser's only error here
		// is its own bound on open elements.
		return nil, fmt.Errorf("%w: %v", ErrTooComplex, err)
	}
	if d := treeDepth(doc); d > MaxDepth {
		return nil, fmt.Errorf("%w: depth %d", ErrTooComplex, d)
	}
	return doc, nil
}

// buildResult gathers the metadata from what the page states and what
// readability found.
func buildResult(m pageMeta, art readability.Article, base *url.URL) Result {
	site := firstNonEmpty(m.value("og:site_name"), m.ld.publisher, art.SiteName(), hostName(base))
	ldSite := site
	if m.ld.byPerson {
		ldSite = "" // a one-person site: its author is its name
	}
	byline := pickByline(cleanByline(m.ld.authors(), ldSite), cleanByline(art.Byline(), site),
		cleanByline(m.value("author"), site), cleanByline(m.value("article:author"), site))
	return Result{
		Title: pickTitle(firstNonEmpty(art.Title(), m.ld.headline),
			append([]string{m.ld.headline, m.value("og:title"), m.value("twitter:title")}, m.h1...), site, hostName(base)),
		Byline:    byline,
		Site:      site,
		Published: m.published(base),
		Lang:      normalizeLang(firstNonEmpty(m.lang, art.Language(), m.ld.lang, m.value("content-language"), m.value("og:locale"))),
		ImageURL:  m.image(base),
	}
}

// pickByline returns the first of the cleaned bylines that another one
// agrees with (they share a name), else the first that is not empty: the
// extractors' candidates in order of trust, as Trafilatura picks by
// agreement.
func pickByline(cands ...string) string {
	for i, c := range cands {
		for j, d := range cands {
			if i != j && c != "" && sharesName(c, d) {
				return c
			}
		}
	}
	return firstNonEmpty(cands...)
}

// sharesName reports whether two cleaned bylines name a person in common.
func sharesName(a, b string) bool {
	for _, x := range strings.Split(a, ", ") {
		for _, y := range strings.Split(b, ", ") {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// bylineFromBody returns the names of the first byline line ("By Jane Doe")
// among the first paragraphs, for pages whose byline no markup states.
func bylineFromBody(paras []string, site string) string {
	for _, p := range paras[:min(len(paras), 5)] {
		if isBylineLine(p, "") {
			return cleanByline(p, site)
		}
	}
	return ""
}

func textLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
