package extract

import (
	"net/url"
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

// maxCellWords is the most words a table cell may hold for its blocks to
// be read inline, so that a data table's row is one paragraph; a larger
// cell is a layout table's column, whose paragraphs stay paragraphs.
const maxCellWords = 40

// headingTags are the headings among blockTags.
var headingTags = map[atom.Atom]bool{
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
	paras      []string
	cur        strings.Builder
	linkBytes  int      // bytes of cur inside links
	localBytes int      // bytes of cur inside links that are not citations
	citing     bool     // the link being read is a citation (see isCitation)
	strict     bool     // drop page furniture whatever its size (see isLayout)
	plain      bool     // keep boilerplate: the page's paragraphs as they come
	heading    bool     // cur is a heading
	leadIn     bool     // the last paragraph kept announces what follows (see isLeadIn)
	social     int      // links of cur to social networks
	flat       int      // inside a small table cell: blocks do not break the row
	site       []string // the hosts of the page's site, as hostName gives them
}

// minCitationWords is the fewest words a paragraph made of citations
// must hold to be kept: a bare "Wikipedia" or "PDF" link is furniture. A
// heading that cites is kept whatever its length: the name of a product
// or a work in a list of them, linked to its maker.
const minCitationWords = 4

// text adds s to the current paragraph.
func (b *paraBuilder) text(s string, inLink bool) {
	if inLink {
		n := len(strings.TrimSpace(s))
		b.linkBytes += n
		if !b.citing {
			b.localBytes += n
		}
	}
	b.cur.WriteString(s)
}

// breakPara ends the current paragraph. A paragraph that is mostly link
// text is dropped (a list of related stories, a "more" link), unless its
// links are all citations of other sites and it holds minCitationWords
// words: a list of sources, a bug tracker's entries, a reading list. The
// first link paragraph it drops takes the lead-in line just before it
// with it (see isLeadIn). A short paragraph with minFollowLinks links to
// social networks' account pages is a "follow us" line and is dropped
// whatever its share of link text (see isSocialLink).
func (b *paraBuilder) breakPara() {
	p := strings.Join(strings.Fields(b.cur.String()), " ")
	linky := b.linkBytes*5 >= len(p)*4
	cited := b.localBytes == 0 && (b.heading || len(strings.Fields(p)) >= minCitationWords)
	switch {
	case p == "":
	case b.social >= minFollowLinks && wordsIn(p) <= maxJunkWords:
		// "Follow us on Facebook and Instagram": furniture, whatever its link share.
	case !linky || cited:
		b.paras = append(b.paras, p)
		b.leadIn = isLeadIn(p)
	case b.leadIn:
		// The line announced these links: it goes with them.
		b.paras = b.paras[:len(b.paras)-1]
		b.leadIn = false
	}
	b.cur.Reset()
	b.linkBytes, b.localBytes = 0, 0
	b.social = 0
	b.heading = false
}

// maxLeadInWords is the most words a line announcing a list may hold.
const maxLeadInWords = 12

// isLeadIn reports whether paragraph p announces what follows it: a line
// of at most maxLeadInWords words ending with a colon ("Read these too:").
// When what follows is a paragraph of links that breakPara drops, the
// line is dropped with it: left alone it announces nothing. (Headings
// are not taken as lead-ins: measured on the Trafilatura corpus, a
// heading over a link is as often the article's own.)
func isLeadIn(p string) bool {
	return wordsIn(p) <= maxLeadInWords && strings.HasSuffix(p, ":")
}

// isCitation reports whether the link a points to another site than the
// page's, and not to a social network or a sharing service: such a link
// cites a source rather than leads to the site's own pages.
func (b *paraBuilder) isCitation(a *html.Node) bool {
	if len(b.site) == 0 {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	host := hostName(u)
	if host == "" || isSocialHost(host) {
		return false
	}
	for _, s := range b.site {
		if s != "" && sameSite(host, s) {
			return false
		}
	}
	return true
}

// sameSite reports whether two host names belong to one site: equal, or
// one a subdomain of the other ("edition.cnn.com" and "cnn.com").
func sameSite(a, b string) bool {
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// socialHosts are social networks and sharing services: links to them are
// share and follow buttons, not citations.
var socialHosts = []string{
	"facebook.com", "fb.com", "twitter.com", "x.com", "t.co", "instagram.com", "linkedin.com", "youtube.com", "youtu.be",
	"tiktok.com", "pinterest.com", "whatsapp.com", "wa.me", "t.me", "telegram.me", "telegram.org", "reddit.com",
	"threads.net", "bsky.app", "mastodon.social", "flipboard.com", "xing.com", "vk.com", "tumblr.com",
	"addthis.com", "sharethis.com", "getpocket.com",
}

// minFollowLinks is the fewest links to social networks that make a short
// paragraph a "follow us" line.
const minFollowLinks = 2

// isSocialLink reports whether the link a points to an account's page on
// a social network (https://twitter.com/Account, one step of path at
// most) and does not name it as a mention ("@account", "#tag"): a
// "follow us" link. A link to a post (a tweet, a video) cites it, and a
// mention is part of what someone wrote.
func isSocialLink(a *html.Node) bool {
	href := attr(a, "href")
	if !strings.Contains(href, "//") {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || !isSocialHost(hostName(u)) || strings.Contains(strings.Trim(u.Path, "/"), "/") {
		return false
	}
	text := strings.TrimSpace(nodeText(a))
	return !strings.HasPrefix(text, "@") && !strings.HasPrefix(text, "#")
}

func isSocialHost(host string) bool {
	for _, h := range socialHosts {
		if sameSite(host, h) {
			return true
		}
	}
	return false
}

func (b *paraBuilder) finish() []string {
	b.breakPara()
	return b.paras
}

// walkParagraphs returns the paragraphs of the content node n, which may
// be nil, of a page of site (see paraBuilder).
func walkParagraphs(n *html.Node, site []string) []string {
	b := paraBuilder{site: site}
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
	switch a := elementAtom(n); {
	case skipTags[a] || isHidden(n) || !b.plain && isBoilerplate(n) || b.strict && isLayout(n):
		if separates(a) {
			b.breakPara()
		}
	case a == atom.Br:
		b.text("\n", inLink)
	case b.flat > 0 && blockTags[a] && a != atom.Table && a != atom.Tr:
		b.text(" ", inLink)
		walkChildren(b, n, inLink)
		b.text(" ", inLink)
	case headingTags[a]:
		b.breakPara()
		b.heading = true
		walkChildren(b, n, inLink)
		b.breakPara()
	case blockTags[a]:
		b.breakPara()
		walkChildren(b, n, inLink)
		b.breakPara()
	case a == atom.Td || a == atom.Th:
		b.text(" ", inLink)
		flat := b.flat == 0 && wordCount(n, maxCellWords+1) <= maxCellWords
		if flat {
			b.flat++
		}
		walkChildren(b, n, inLink)
		if flat {
			b.flat--
		}
		b.text(" ", inLink)
	case a == atom.A && !inLink:
		if isSocialLink(n) {
			b.social++
		}
		b.citing = b.isCitation(n)
		walkChildren(b, n, true)
		b.citing = false
	default:
		walkChildren(b, n, inLink)
	}
}

// elementAtom returns the atom of an element, also of one built without
// it: readability creates the <p> and <div> it puts in place of <br> runs
// and of divs with its dom package, which sets only the tag name.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// pageParagraphs returns the paragraphs of the whole page doc as they
// come, boilerplate and all, to find where a paragraph stands on it.
func pageParagraphs(doc *html.Node) []string {
	b := paraBuilder{plain: true}
	walkNode(&b, doc, false)
	return b.finish()
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
