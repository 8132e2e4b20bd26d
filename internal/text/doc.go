// Package text is the plain-text toolbox shared by the offline writing
// stages: it splits text into sentences and words, knows English stopwords,
// stems words, finds capitalized phrases as cheap entity spans, measures
// similarity and ranks passages with BM25.
//
// It sits below write and ask in the flow (article text -> text -> write,
// ask) and depends on nothing but the standard library. Every function is
// pure and safe for concurrent use; an Index is read-only once built.
//
// Offsets are byte offsets into the string given, so a span always slices
// the caller's text verbatim.
package text
