package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start and end a paragraph. Headings are among them: a heading
// is a paragraph of its own.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Center: true,
	atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figure: true, atom.Footer: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Menu: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Legend: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// skipTags hold no prose: their text is dropped with them.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Figcaption: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Head: true, atom.Title: true,
	atom.Caption: true,
}

// paraBuilder collects text into paragraphs.
type paraBuilder struct {
	paras     []string
	cur       strings.Builder
	linkBytes int  // bytes of cur inside links
	strict    bool // drop page furniture whatever its size (see isLayout)
}

// text adds s to the current paragraph.
func (b *paraBuilder) text(s string, inLink bool) {
	if inLink {
		b.linkBytes += len(strings.TrimSpace(s))
	}
	b.cur.WriteString(s)
}

// breakPara ends the current paragraph. A paragraph that is mostly link
// text (a list of related stories, a "more" link) is dropped.
func (b *paraBuilder) breakPara() {
	p := strings.Join(strings.Fields(b.cur.String()), " ")
	if p != "" && b.linkBytes*5 < len(p)*4 {
		b.paras = append(b.paras, p)
	}
	b.cur.Reset()
	b.linkBytes = 0
}

func (b *paraBuilder) finish() []string {
	b.breakPara()
	return b.paras
}

// walkParagraphs returns the paragraphs of the content node n, which may be nil.
func walkParagraphs(n *html.Node) []string {
	var b paraBuilder
	if n != nil {
		walkNode(&b, n, false)
	}
	return b.finish()
}

func walkNode(b *paraBuilder, n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data, inLink)
		return
	case html.ElementNode:
	case html.DocumentNode:
		walkChildren(b, n, inLink)
		return
	default:
		return
	}
	switch a := n.DataAtom; {
	case skipTags[a] || isHidden(n) || isBoilerplate(n) || b.strict && isLayout(n):
		if separates(a) {
			b.breakPara()
		}
	case a == atom.Br:
		b.text("\n", inLink)
	case blockTags[a]:
		b.breakPara()
		walkChildren(b, n, inLink)
		b.breakPara()
	case a == atom.Td || a == atom.Th:
		b.text(" ", inLink)
		walkChildren(b, n, inLink)
		b.text(" ", inLink)
	default:
		walkChildren(b, n, inLink || a == atom.A)
	}
}

func walkChildren(b *paraBuilder, n *html.Node, inLink bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNode(b, c, inLink)
	}
}

// isHidden reports whether an element is hidden from readers.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// separates reports whether a skipped element stands between paragraphs (a
// caption, a form) rather than inside one (a script, a button).
func separates(a atom.Atom) bool {
	return blockTags[a] || a == atom.Figcaption || a == atom.Nav ||
		a == atom.Aside || a == atom.Form || a == atom.Caption
}
