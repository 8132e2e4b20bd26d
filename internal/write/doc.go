// Package write turns the articles of one story into the story's headline,
// summary and body.
//
// In the flow it comes after cluster (which groups articles into a story)
// and before verify (which checks every written text against the sources);
// ask uses its Draft to pick reader questions. This file's engine is the
// offline one: extractive and deterministic, so it is faithful by
// construction. Every summary and body sentence is a sentence of some
// article's text, verbatim; only the headline is an edited source title.
package write
