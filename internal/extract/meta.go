package extract

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page states about itself, read before readability
// changes the tree.
type pageMeta struct {
	values map[string]string // meta tags and itemprop contents by lower-case key; the first wins
	ld     ldArticle
	lang   string         // <html lang>
	times  []string       // datetime of <time> elements, the likeliest publication date first
	imgSrc string         // <link rel=image_src>
	canon  string         // <link rel=canonical>
	hosts  map[string]int // links (<a href>) to each host, as hostName gives it; "" for relative links
	h1     []string       // text of the first <h1> elements
}

// maxH1 is how many <h1> texts readMeta keeps as title candidates.
const maxH1 = 3

// value returns the meta value under key, HTML-unescaped and trimmed.
func (m pageMeta) value(key string) string {
	return strings.TrimSpace(html.UnescapeString(m.values[key]))
}

// readMeta reads the metadata of the parsed page doc.
func readMeta(doc *html.Node, base *url.URL) pageMeta {
	m := pageMeta{values: map[string]string{}, hosts: map[string]int{}}
	var ldTexts []string
	var primary, inArticle, other []string
	walkElements(doc, func(n *html.Node, inArt bool) {
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Meta:
			m.addMeta(n)
		case atom.A:
			if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && (u.Host != "" || u.Scheme == "") {
				m.hosts[hostName(u)]++ // "" for a relative link
			}
		case atom.H1:
			if len(m.h1) < maxH1 {
				m.h1 = append(m.h1, nodeText(n))
			}
		case atom.Link:
			switch rel := strings.ToLower(attr(n, "rel")); {
			case rel == "image_src" && m.imgSrc == "":
				m.imgSrc = attr(n, "href")
			case rel == "canonical" && m.canon == "":
				m.canon = attr(n, "href")
			}
		case atom.Script:
			if isJSONLD(n) && n.FirstChild != nil {
				ldTexts = append(ldTexts, n.FirstChild.Data)
			}
		case atom.Time:
			dt := attr(n, "datetime")
			switch {
			case dt == "":
			case isPublishedTime(n):
				primary = append(primary, dt)
			case inArt:
				inArticle = append(inArticle, dt)
			default:
				other = append(other, dt)
			}
		}
		if key := strings.ToLower(attr(n, "itemprop")); key != "" && n.DataAtom != atom.Meta {
			m.addValue(key, firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
		}
	})
	m.times = append(append(primary, inArticle...), other...)
	m.ld = parseJSONLD(ldTexts)
	return m
}

// nodeText returns the text under n with whitespace collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.Type == html.ElementNode && !skipTags[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// walkElements calls fn for every element under n, saying whether it is
// inside an <article>.
func walkElements(n *html.Node, fn func(n *html.Node, inArticle bool)) {
	var walk func(n *html.Node, inArt bool)
	walk = func(n *html.Node, inArt bool) {
		if n.Type == html.ElementNode {
			fn(n, inArt)
			inArt = inArt || n.DataAtom == atom.Article
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArt)
		}
	}
	walk(n, false)
}

func (m *pageMeta) addMeta(n *html.Node) {
	content := attr(n, "content")
	if equiv := strings.ToLower(attr(n, "http-equiv")); equiv != "" {
		m.addValue(equiv, content)
		return
	}
	for _, key := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop")} {
		for _, k := range strings.Fields(strings.ToLower(key)) {
			m.addValue(k, content)
		}
	}
}

func (m *pageMeta) addValue(key, value string) {
	if _, seen := m.values[key]; !seen && strings.TrimSpace(value) != "" {
		m.values[key] = value
	}
}

func isJSONLD(n *html.Node) bool {
	t, _, _ := strings.Cut(strings.ToLower(attr(n, "type")), ";")
	return strings.TrimSpace(t) == "application/ld+json"
}

// isPublishedTime reports whether a <time> element says it is the
// publication date.
func isPublishedTime(n *html.Node) bool {
	if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		return true
	}
	class := strings.ToLower(attr(n, "class"))
	return strings.Contains(class, "publish") || strings.Contains(class, "posted")
}

// publishedKeys are the meta keys that carry a publication date, in order
// of trust.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published",
	"og:published_time", "published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "publication_date", "article.published",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"dc.date.created", "date", "sailthru.date", "parsely-pub-date", "og:pubdate",
	"citation_publication_date", "citation_date",
}

// published returns the publication date: JSON-LD, then meta tags, then
// <time> elements, then the URL path.
func (m pageMeta) published(base *url.URL) time.Time {
	if t, ok := parseDate(m.ld.published); ok {
		return t
	}
	for _, k := range publishedKeys {
		if t, ok := parseDate(m.value(k)); ok {
			return t
		}
	}
	for _, s := range m.times {
		if t, ok := parseDate(s); ok {
			return t
		}
	}
	if base != nil {
		return dateFromPath(base.EscapedPath())
	}
	return time.Time{}
}

// descriptions returns the page's summaries of itself, most trusted
// first: og:description, the description meta tag, twitter:description,
// the JSON-LD description.
func (m pageMeta) descriptions() []string {
	return []string{m.value("og:description"), m.value("description"), m.value("twitter:description"), m.ld.description}
}

// image returns the absolute URL of the lead image, or "".
func (m pageMeta) image(base *url.URL) string {
	for _, v := range []string{
		m.value("og:image"), m.value("og:image:url"), m.value("og:image:secure_url"),
		m.value("twitter:image"), m.value("twitter:image:src"), m.ld.image, m.imgSrc,
	} {
		if u := absoluteURL(base, v); u != "" {
			return u
		}
	}
	return ""
}

// absoluteURL resolves ref against base and returns it if it is http(s).
func absoluteURL(base *url.URL, ref string) string {
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

// siteHosts returns the hosts of the page's site: that of base, the
// address it was fetched from; that of its canonical address (<link
// rel=canonical>, og:url) if it states one; and the host its links point
// to most (a relative link counts for base's), its own menus and teasers,
// when the page was fetched through another address (a mirror, a cache,
// an AMP host).
func (m pageMeta) siteHosts(base *url.URL) []string {
	hosts := []string{hostName(base)}
	for _, v := range []string{m.canon, m.value("og:url")} {
		if u, err := url.Parse(absoluteURL(base, v)); err == nil && u.Host != "" {
			hosts = append(hosts, hostName(u))
			break
		}
	}
	top, most := "", 0
	for h, n := range m.hosts {
		if h == "" {
			h = hostName(base)
		}
		if n > most || n == most && h < top {
			top, most = h, n
		}
	}
	return append(hosts, top)
}

// hostName returns the page's host without "www.".
func hostName(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// normalizeLang turns "en_US" into "en-US" and drops values that are not
// language tags.
func normalizeLang(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if s == "" || len(s) > 35 || strings.ContainsAny(s, " ,;") {
		return ""
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
