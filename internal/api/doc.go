// Package api serves Tidings' JSON API: stories as documents with their
// sources, questions and citations, and reader flags. Its document type is
// also what `tidings analyze` prints, so the filter and the API agree.
package api
