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
// the markup's body holds readability's start and most of its text, a long
// lead paragraph readability cut is put back (see choose). The page's
// standfirst, the description it states and also shows above the text, is
// put in front when neither kept it (see addStandfirst).
//
// Both passes rebuild clean paragraphs from their node: every block
// element is a paragraph; captions, share bars, newsletter boxes,
// "Advertisement" and "Read more" lines, photo credits, captions that end
// in one, agency lines ("aja/PAP") and bylines repeated in the body are
// dropped, and so are headings that announce links to other pages
// ("Related stories", "Weitere Artikel", "Les plus lus") with the short
// lines under them. A paragraph made of links is dropped when they lead to
// the site's own pages (teasers, menus) or to a social network, and kept
// when they cite other sites (sources, a bug list, the products of a
// review); a short line ending in a colon ("Read these too:") goes with
// the links it announces, and a "follow us" line linking to the site's
// social network accounts is dropped. At the end of the text, short lines
// that end no sentence (labels, headings whose links were cut) are
// trimmed, and a closing note that opens with the author's name is dropped
// (see trimTail and dropAuthorNote). The phrase lists (cues.go) are built
// by concept (share, print, read also, most read, reading time, ...) in
// eight European languages, not from any evaluation page. A heading
// inside the article is a paragraph of its own (one that repeats the title
// is dropped): measured on the Mozilla and Trafilatura corpora, keeping
// headings scores better than leaving them out, and a stage that wants
// only sentences can tell a heading by its missing final punctuation.
// Package evaluate measures all this on public corpora ("tidings eval
// extraction").
//
// Metadata comes from the page's own statements, most specific first: JSON-LD,
// then meta tags, then <time> elements, then the URL. The title is
// readability's without the site's name, cut to the headline when the
// JSON-LD headline, og:title or an <h1> agrees with its first part; the
// byline is the first candidate (JSON-LD, readability, meta tags) that
// another agrees with, reduced to the authors' names.
//
// Pages are bounded before any tree is built (see MaxInputBytes, MaxElements
// and MaxDepth), so a hostile or broken page returns ErrTooComplex instead of
// exhausting memory; a panic inside the readability library is returned as an
// error. Extract and Fragment keep no state between calls and are safe for
// concurrent use.
package extract
