package evaluate

import (
	"bytes"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleChars is the least expected text, in characters, that counts a
// page as an article: the amount under which Extract reports ErrNoContent.
const articleChars = 80

// mozillaPageURL is the address the Mozilla suite gives every page.
const mozillaPageURL = "http://fakehost/test/page.html"

// mozillaScore is one extractor's score on the Mozilla pages.
type mozillaScore struct {
	all, articles shingleScore // every page; pages whose expected text is an article's worth
	title, byline metaScore
	headline      metaScore // the title scored by sameHeadline
	date          dateScore
}

// metaScore counts a metadata field on the pages that state it.
type metaScore struct{ stated, found, correct int }

// dateScore counts the publication date on the pages that state one:
// correct is the same instant (the same wall clock when the expected value
// has no zone), sameDay the same calendar day.
type dateScore struct{ stated, found, correct, sameDay int }

// scoreMozilla runs ex on every case.
func scoreMozilla(cases []mozillaCase, ex extractor) mozillaScore {
	var s mozillaScore
	for _, c := range cases {
		s.add(c, ex.run(c.source, mozillaPageURL))
	}
	return s
}

func (s *mozillaScore) add(c mozillaCase, out output) {
	want := referenceText(c.expected)
	o := shingleOverlap(want, out.text)
	s.all.add(o)
	if len(normalizeSpace(want)) >= articleChars {
		s.articles.add(o)
	}
	s.title.add(c.meta.Title, out.title, sameTitle)
	s.headline.add(c.meta.Title, out.title, sameHeadline)
	s.byline.add(c.meta.Byline, out.byline, sameByline)
	s.date.add(c.meta.PublishedTime, out.published)
}

func (m *metaScore) add(want, got string, same func(a, b string) bool) {
	if strings.TrimSpace(want) == "" {
		return
	}
	m.stated++
	if strings.TrimSpace(got) != "" {
		m.found++
		if same(want, got) {
			m.correct++
		}
	}
}

func (d *dateScore) add(want string, got time.Time) {
	w, zoned, ok := parseExpectedDate(want)
	if !ok {
		return
	}
	d.stated++
	if got.IsZero() {
		return
	}
	d.found++
	if !zoned {
		w = time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
		got = got.UTC()
	}
	if got.Equal(w) {
		d.correct++
	}
	if got.UTC().Format(time.DateOnly) == w.UTC().Format(time.DateOnly) {
		d.sameDay++
	}
}

// expectedDateLayouts are the forms of publishedTime in the suite.
var expectedDateLayouts = []struct {
	layout string
	zoned  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.000Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05.000000", false},
	{"2006-01-02 15:04:05", false},
	{time.DateOnly, false},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
}

// parseExpectedDate parses an expected publishedTime and says whether it
// has a zone.
func parseExpectedDate(s string) (t time.Time, zoned, ok bool) {
	s = strings.TrimSpace(s)
	for _, l := range expectedDateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, l.zoned, true
		}
	}
	return time.Time{}, false, false
}

// sameTitle compares titles by their words, ignoring case and punctuation.
func sameTitle(a, b string) bool { return wordKey(a) == wordKey(b) }

// headlineSeparators end a title's headline and start the labels after
// it: the site's name, a section, an author.
var headlineSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " • ", " » "}

// sameHeadline is sameTitle, but also takes got as the same title when it
// is want up to one of want's separators, with at least two words: the
// expected titles are Readability.js's, which often keep the site's name
// after the headline ("Headline | Site"), and Extract's contract is to
// drop it. A headline cut inside its own words still fails.
func sameHeadline(want, got string) bool {
	if sameTitle(want, got) {
		return true
	}
	want, got = strings.Join(strings.Fields(want), " "), strings.Join(strings.Fields(got), " ")
	if len(strings.Fields(got)) < 2 || !strings.HasPrefix(want, got) {
		return false
	}
	for _, sep := range headlineSeparators {
		if strings.HasPrefix(want[len(got):], sep) {
			return true
		}
	}
	return false
}

// sameByline compares bylines by their words, ignoring case, punctuation,
// a leading "By" and the order of names.
func sameByline(a, b string) bool {
	key := func(s string) string {
		k := wordKey(s)
		return strings.TrimPrefix(k, "by ")
	}
	return key(a) == key(b)
}

func wordKey(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	return strings.Join(words, " ")
}

// referenceText returns the text of the expected article HTML: text nodes
// joined as a browser lays them out, inline text run together and a space
// at every block boundary, without scripts and styles.
func referenceText(page []byte) string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		inline := n.Type == html.ElementNode && inlineTags[n.DataAtom]
		if !inline {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if !inline {
			b.WriteByte(' ')
		}
	}
	walk(doc)
	return b.String()
}

// inlineTags run their text into the text around them.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true,
	atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true, atom.Sup: true,
	atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true, atom.Big: true, atom.Ins: true,
	atom.Del: true, atom.Label: true, atom.Img: true,
}
