// Package feed turns the bytes that the fetch stage brought back into
// items: it is the second stage of the Tidings flow, between fetch and the
// jobs that make Articles of items (and fetch and extract their pages).
//
// Parse reads RSS (0.9x, 1.0/RDF and 2.0), Atom and JSON Feed, through
// gofeed, into a Feed of Items whose URLs are absolute. Discover finds the
// feeds that an HTML page links to, for a source given as a site's address.
// ParseOPML and WriteOPML move lists of sources in and out of Tidings.
//
// Nothing here touches the network, and every function accepts any input:
// bad input is an error (or, for Discover, no result), never a panic. The
// size of the input is bounded by the caller (fetch caps bodies); OPML
// bounds its own.
package feed
