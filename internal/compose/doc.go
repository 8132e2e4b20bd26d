// Package compose turns the articles of one story into the story Tidings
// publishes. It is the last stage of the pipeline, after fetch, feed and
// extract, and it runs the offline engine's parts in order:
//
//  1. dateline: find each article's place and strip its wire dateline;
//  2. section: classify the story, honouring the source's configured section;
//  3. write: headline, summary and body from the articles' sentences;
//  4. ask: reader questions answered from the articles.
//
// Compose is deterministic: the same articles give the same story.
package compose
