// Package jobs runs the pipeline: fetch due sources, turn their new items into
// articles, and compose a story for every article not yet in one.
//
// Work is resumable: an article is committed before its story is composed,
// and a pass first composes any article left without a story (by a crash or
// an error), so nothing fetched is lost.
package jobs
