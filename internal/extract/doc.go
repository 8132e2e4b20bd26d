// Package extract finds the main text and the metadata of an article page.
//
// It is the stage after fetch and before section, dateline and write: fetch
// hands it the bytes of a publisher's page, and it returns a Result whose
// title, byline, site, date, language, image and paragraphs the later stages
// turn into a news.Article. When the page cannot be had, Fragment turns a feed
// item's HTML content or summary into paragraphs of the same shape.
//
// Extract starts from go-readability (a port of Mozilla's Readability.js) to
// find the node that holds the article, then rebuilds clean paragraphs from it:
// every block element is a paragraph; captions, share bars, newsletter boxes,
// related-link lists, "Advertisement" and "Read more" lines, photo credits and
// bylines repeated in the body are dropped. A heading inside the article is
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
