package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rxContentClass matches class and id words that content management
// systems give the element holding an article's body.
var rxContentClass = regexp.MustCompile(`(?i)(^|[-_ ])(article-?body|article__body|articlebody|article-?content|article__content|article-?text|entry-?content|entry-?body|post-?content|post-?body|post-?text|post-?entry|story-?body|story-?content|story-?text|content-?body|body-?text|main-?content|text-?content|rich-?text|richtext|artikel|artikeltext|beitrag|news-?text|single-?content|field-?body|node-?content|page-?content|blog-?content|article-?main)($|[-_ ])`)

// rxLayoutClass matches class and id words of page furniture that can be
// large: menus, sidebars, footers, comment threads, teaser lists.
var rxLayoutClass = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|navigation|menu|sidebar|side-?bar|widget|widgets|footer|site-?footer|masthead|site-?header|comment|comments|commentlist|comment-?list|discussion|teaser|teasers|related|recirculation|more-?stories|most-?popular|popular|trending|breadcrumb|breadcrumbs|pagination|pager|social|share|newsletter|cookie|banner|tags|tagcloud|author-?bio|about-?author)($|[-_ ])`)

// minRootWords is the fewest words an element named like an article body
// must hold to be taken as the content.
const minRootWords = 40

// contentRoot returns the element of doc that its markup names as the
// article's body: itemprop=articleBody, then an element whose class or id
// reads like one, then the only <article>, then <main>. It returns nil if
// the markup names none.
func contentRoot(doc *html.Node) *html.Node {
	var byProp, byClass, main *html.Node
	var articles []*html.Node
	walkElements(doc, func(n *html.Node, _ bool) {
		switch {
		case byProp == nil && strings.EqualFold(attr(n, "itemprop"), "articleBody"):
			byProp = n
		case byClass == nil && n.DataAtom != atom.Body && n.DataAtom != atom.Html &&
			(rxContentClass.MatchString(attr(n, "class")) || rxContentClass.MatchString(attr(n, "id"))) &&
			wordCount(n, minRootWords) >= minRootWords:
			byClass = n
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		case n.DataAtom == atom.Main && main == nil:
			main = n
		}
	})
	switch {
	case byProp != nil && wordCount(byProp, minRootWords) >= minRootWords:
		return byProp
	case byClass != nil:
		return byClass
	case len(articles) == 1:
		return articles[0]
	}
	return main
}

// contentParagraphs returns the paragraphs of the element the markup names
// as the article's body, with menus, sidebars, footers and comment threads
// left out whatever their size, for a page of site (see paraBuilder). It
// does not change doc.
func contentParagraphs(doc *html.Node, site []string) []string {
	root := contentRoot(doc)
	if root == nil {
		return nil
	}
	b := paraBuilder{strict: true, site: site}
	walkNode(&b, root, false)
	return b.finish()
}

// isLayout reports whether an element is page furniture by its tag or its
// class or id, whatever its size.
func isLayout(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Footer, atom.Header:
		return true
	case atom.Article, atom.Main, atom.Body:
		return false
	}
	return rxLayoutClass.MatchString(classNames(n)) || rxLayoutClass.MatchString(attr(n, "id"))
}
