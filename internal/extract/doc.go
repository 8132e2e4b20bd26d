// Package extract finds the main text and the metadata of an article page.
//
// It is the stage after fetch and before section, dateline and write: fetch
// hands it the bytes of a publisher's page, and it returns a Result whose
// title, byline, site, date, language, image and paragraphs the later stages
// turn into a news.Article. When the page cannot be had, Fragment turns a feed
// item's HTML content or summary into paragraphs of the same shape.
//
// Extract combines two extractors and picks by agreement, as Trafilatura
// does: go-readability (a port of Mozilla's Readability.js) scores the
// page's nodes to find the article, and a second pass takes the element the
// markup names as the article body (itemprop=articleBody, classes such as
// "entry-content" or "article-body", a lone <article>, <main>) with menus,
// sidebars, footers and comment threads cut out whatever their size.
// Readability's text wins unless it is nearly empty, the other is more
// than twice as long, or the two disagree on where the article is; when
// the markup's body holds all of readability's text, a long lead paragraph
// readability cut is put back (see choose). Both passes rebuild clean
// paragraphs from their node: every block element is a paragraph; captions,
// share bars, newsletter boxes, related-link lists, "Advertisement" and
// "Read more" lines, photo credits, captions that end in one, agency lines
// ("aja/PAP") and bylines repeated in the body are dropped, and so are
// headings that announce links to other pages ("Related stories", "Weitere
// Artikel", "Meistgelesen") with the short lines under them. Package evaluate measures all this on public
// corpora ("tidings eval extraction"). A heading inside the article is
// a paragraph of its own (one that repeats the title is dropped): measured on
// the Mozilla and Trafilatura corpora, keeping headings scores better than
// leaving them out, and a stage that wants only sentences can tell a heading
// by its missing final punctuation.
//
// Metadata comes from the page's own statements, most specific first: JSON-LD,
// then meta tags, then <time> elements, then the URL.
//
// Pages are bounded before any tree is built (see MaxInputBytes, MaxElements
// and MaxDepth), so a hostile or broken page returns ErrTooComplex instead of
// exhausting memory; a panic inside the readability library is returned as an
// error. Extract and Fragment keep no state between calls and are safe for
// concurrent use.
package extract
