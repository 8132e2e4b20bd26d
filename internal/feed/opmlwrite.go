package feed

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/internal/news"
)

// opmlDoc and opmlOutline are the shape of the OPML that WriteOPML writes.
type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

// WriteOPML writes sources to w as an OPML 2.0 subscription list titled
// title. Sources without a section come first, at the top level; the
// others follow in folders named after their sections ("Politics"), in the
// order of news.Sections. Within a folder, sources keep their order.
// ParseOPML reads the list back, each source's section as its Category.
func WriteOPML(w io.Writer, title string, sources []news.Source) error {
	doc := opmlDoc{Version: "2.0", Title: title, Body: opmlBody(sources)}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	return nil
}

// opmlBody returns the outlines for sources: the unsectioned ones, then a
// folder for each section.
func opmlBody(sources []news.Source) []opmlOutline {
	var body []opmlOutline
	folders := map[news.Section][]opmlOutline{}
	var sections []news.Section
	for _, s := range sources {
		if s.Section == "" {
			body = append(body, sourceOutline(s))
			continue
		}
		if _, ok := folders[s.Section]; !ok {
			sections = append(sections, s.Section)
		}
		folders[s.Section] = append(folders[s.Section], sourceOutline(s))
	}
	slices.SortStableFunc(sections, func(a, b news.Section) int { return cmp.Compare(sectionRank(a), sectionRank(b)) })
	for _, sec := range sections {
		label := sectionLabel(sec)
		body = append(body, opmlOutline{Text: label, Title: label, Outlines: folders[sec]})
	}
	return body
}

// sourceOutline is the outline of one feed.
func sourceOutline(s news.Source) opmlOutline {
	text := cmp.Or(s.Title, s.URL)
	return opmlOutline{Text: text, Title: text, Type: "rss", XMLURL: s.URL, HTMLURL: s.SiteURL}
}

// sectionRank is the place of sec in news.Sections, with unknown sections
// after all of them.
func sectionRank(sec news.Section) int {
	if i := slices.Index(news.Sections, sec); i >= 0 {
		return i
	}
	return len(news.Sections)
}

// sectionLabel names a section for people: "Politics" for POLITICS.
func sectionLabel(sec news.Section) string {
	s := strings.ToLower(string(sec))
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
