// Package ask writes the reader questions of a story and answers them, and
// any question a reader types, from the story's sources.
//
// In the flow it runs after write: given the Draft and the articles it was
// written from, Questions picks a few short, neutral questions that name
// the story's people, organisations, places or numbers, each answered by
// BM25 over the sources' sentences and cited verbatim. Text written
// without capitals (some feeds and corpora lower-case everything) has no
// capitalized names to ask about: there the questions name the words the
// story repeats, in title case only where the text shows them to be names. Lint keeps loaded or
// speculative framing out, for generated and reader questions alike.
// Everything is rule-based, offline and deterministic.
package ask
