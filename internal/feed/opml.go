package feed

import (
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// Bounds on the OPML documents that ParseOPML reads.
const (
	MaxOPMLBytes    = 10 << 20 // size of the document
	MaxOPMLDepth    = 32       // outlines within outlines
	MaxOPMLOutlines = 10000    // feeds listed
)

// Errors of ParseOPML.
var (
	// ErrNotOPML means the document is not OPML or is malformed.
	ErrNotOPML = errors.New("not an OPML document")
	// ErrOPMLLimit means the document passes one of the MaxOPML bounds.
	ErrOPMLLimit = errors.New("OPML document too large")
)

// Outline is one feed of an OPML subscription list.
type Outline struct {
	Title    string // the outline's title attribute, else its text
	XMLURL   string // the feed's URL, as given
	HTMLURL  string // the site's URL, as given, or ""
	Category string // see ParseOPML
}

// ParseOPML reads an OPML subscription list and returns its feeds: every
// outline with an xmlUrl, at any depth, in document order, each feed URL
// once (the first outline wins).
//
// An outline's Category is the first entry of its category attribute,
// without slashes at its ends ("/News/World,/Daily" gives "News/World");
// without that attribute, it is the title (or text) of the nearest
// enclosing outline that is a folder, not a feed.
//
// The document may declare any encoding. ParseOPML fails with ErrNotOPML
// for a document that is not OPML or not well-formed, and with ErrOPMLLimit
// past MaxOPMLBytes, MaxOPMLDepth or MaxOPMLOutlines.
func ParseOPML(r io.Reader) ([]Outline, error) {
	lr := &io.LimitedReader{R: r, N: MaxOPMLBytes + 1}
	d := xml.NewDecoder(lr)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var p opmlParser
	for {
		tok, err := d.Token()
		if lr.N <= 0 {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrOPMLLimit, MaxOPMLBytes)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNotOPML, err)
		}
		if err := p.token(tok); err != nil {
			return nil, err
		}
	}
	if !p.root {
		return nil, fmt.Errorf("%w: no <opml> element", ErrNotOPML)
	}
	return p.outlines, nil
}

// opmlParser collects the feeds of an OPML document, token by token.
type opmlParser struct {
	root     bool     // the root element was <opml>
	folders  []string // for each open outline, its folder name, or "" for a feed
	outlines []Outline
	seen     map[string]bool
}

// token takes the next token of the document.
func (p *opmlParser) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return p.start(t)
	case xml.EndElement:
		if strings.EqualFold(t.Name.Local, "outline") && len(p.folders) > 0 {
			p.folders = p.folders[:len(p.folders)-1]
		}
	}
	return nil
}

// start takes a start tag: the root, an outline, or something to ignore.
func (p *opmlParser) start(t xml.StartElement) error {
	if !p.root {
		if !strings.EqualFold(t.Name.Local, "opml") {
			return fmt.Errorf("%w: root element is <%s>", ErrNotOPML, t.Name.Local)
		}
		p.root = true
		return nil
	}
	if !strings.EqualFold(t.Name.Local, "outline") {
		return nil
	}
	if len(p.folders) >= MaxOPMLDepth {
		return fmt.Errorf("%w: outlines nested deeper than %d", ErrOPMLLimit, MaxOPMLDepth)
	}
	o := p.outline(t.Attr)
	if o.XMLURL == "" {
		p.folders = append(p.folders, o.Title)
		return nil
	}
	p.folders = append(p.folders, "")
	return p.add(o)
}

// outline reads an outline's attributes, names compared without case
// (real lists have xmlURL and xmlurl).
func (p *opmlParser) outline(attrs []xml.Attr) Outline {
	var o Outline
	var text, category string
	for _, a := range attrs {
		switch strings.ToLower(a.Name.Local) {
		case "title":
			o.Title = clean(a.Value)
		case "text":
			text = clean(a.Value)
		case "xmlurl":
			o.XMLURL = strings.TrimSpace(a.Value)
		case "htmlurl":
			o.HTMLURL = strings.TrimSpace(a.Value)
		case "category":
			category = firstCategory(a.Value)
		}
	}
	o.Title = cmp.Or(o.Title, text)
	o.Category = cmp.Or(category, p.folder())
	return o
}

// add appends a feed outline, unless its URL came before.
func (p *opmlParser) add(o Outline) error {
	if p.seen[o.XMLURL] {
		return nil
	}
	if len(p.outlines) >= MaxOPMLOutlines {
		return fmt.Errorf("%w: more than %d feeds", ErrOPMLLimit, MaxOPMLOutlines)
	}
	if p.seen == nil {
		p.seen = make(map[string]bool)
	}
	p.seen[o.XMLURL] = true
	p.outlines = append(p.outlines, o)
	return nil
}

// folder returns the name of the nearest open folder outline, or "".
func (p *opmlParser) folder() string {
	for i := len(p.folders) - 1; i >= 0; i-- {
		if p.folders[i] != "" {
			return p.folders[i]
		}
	}
	return ""
}

// firstCategory returns the first entry of an OPML category attribute,
// without slashes at its ends.
func firstCategory(v string) string {
	first, _, _ := strings.Cut(v, ",")
	return clean(strings.Trim(strings.TrimSpace(first), "/"))
}
