package evaluate

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"

	"tidings/internal/extract"
)

// output is what an extractor gives the scorers.
type output struct {
	text, title, byline string
	published           time.Time
}

// extractor is a named way to get an output from a page.
type extractor struct {
	name string
	run  func(page []byte, pageURL string) output
}

// tidings is Tidings' extractor, extract.Extract. A page without usable
// main text (extract.ErrNoContent) scores the short text Extract returns
// with the error, and its metadata; a page over a bound scores as empty.
var tidings = extractor{name: "tidings", run: func(page []byte, pageURL string) output {
	r, _ := extract.Extract(page, pageURL)
	return output{text: r.Text(), title: r.Title, byline: r.Byline, published: r.Published}
}}

// library is go-readability v2 alone, the textbook baseline: its article
// rendered as text and its metadata as it gives them.
var library = extractor{name: "go-readability", run: func(page []byte, pageURL string) output {
	base, _ := url.Parse(pageURL)
	art, err := readability.FromReader(bytes.NewReader(page), base)
	if err != nil {
		return output{}
	}
	out := output{title: art.Title(), byline: art.Byline()}
	out.published, _ = art.PublishedTime()
	if art.Node != nil {
		var b strings.Builder
		if art.RenderText(&b) == nil {
			out.text = b.String()
		}
	}
	return out
}}
