package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Fragment returns the paragraphs of a feed item's HTML content or summary,
// for when the article's page cannot be had. Block elements, headings
// included, become paragraphs and inline text is joined; scripts, styles,
// captions and forms are dropped; entities are decoded and whitespace
// collapsed; two or more <br> in a row break a paragraph. Boilerplate lines
// ("Read more", "The post ... appeared first on ...") are dropped as Extract
// drops them.
//
// It reads tokens without building a tree, so any input takes time linear
// in its length; input past MaxInputBytes is ignored. It is safe for
// concurrent use.
func Fragment(s string) []string {
	if len(s) > MaxInputBytes {
		s = s[:MaxInputBytes]
	}
	f := fragmentReader{z: html.NewTokenizer(strings.NewReader(s))}
	for f.next() {
	}
	return cleanParagraphs(f.b.finish(), Result{})
}

// fragmentReader turns a token stream into paragraphs.
type fragmentReader struct {
	z     *html.Tokenizer
	b     paraBuilder
	skip  atom.Atom // element whose content is being skipped, or 0
	depth int       // nesting of skip inside itself
	links int       // open <a> elements
	brs   int       // <br> in a row
}

// next handles one token and reports whether there are more.
func (f *fragmentReader) next() bool {
	tt := f.z.Next()
	if tt == html.ErrorToken {
		return false
	}
	name, _ := f.z.TagName()
	a := atom.Lookup(name)
	if f.skip != 0 {
		f.skipping(tt, a)
		return true
	}
	switch tt {
	case html.TextToken:
		f.brs = 0
		f.b.text(string(f.z.Text()), f.links > 0)
	case html.StartTagToken, html.SelfClosingTagToken:
		f.startTag(a, tt == html.SelfClosingTagToken)
	case html.EndTagToken:
		f.endTag(a)
	}
	return true
}

func (f *fragmentReader) startTag(a atom.Atom, selfClosing bool) {
	switch {
	case a == atom.Br:
		f.brs++
		if f.brs == 2 {
			f.b.breakPara()
		} else {
			f.b.text(" ", f.links > 0)
		}
		return
	case skipTags[a] && !selfClosing:
		f.breakIfBlock(a)
		f.skip, f.depth = a, 1
	case blockTags[a]:
		f.b.breakPara()
	case a == atom.Td || a == atom.Th:
		f.b.text(" ", f.links > 0)
	case a == atom.A && !selfClosing:
		f.links++
	}
	f.brs = 0
}

func (f *fragmentReader) endTag(a atom.Atom) {
	switch {
	case blockTags[a]:
		f.b.breakPara()
	case a == atom.Td || a == atom.Th:
		f.b.text(" ", f.links > 0)
	case a == atom.A && f.links > 0:
		f.links--
	}
	f.brs = 0
}

// skipping follows the nesting of the skipped element until it ends.
func (f *fragmentReader) skipping(tt html.TokenType, a atom.Atom) {
	switch {
	case tt == html.StartTagToken && a == f.skip:
		f.depth++
	case tt == html.EndTagToken && a == f.skip:
		if f.depth--; f.depth == 0 {
			f.breakIfBlock(a)
			f.skip = 0
		}
	}
}

// breakIfBlock ends the paragraph at a skipped element that stands between
// paragraphs.
func (f *fragmentReader) breakIfBlock(a atom.Atom) {
	if separates(a) {
		f.b.breakPara()
	}
}
