// Package cluster decides which articles tell the same story.
//
// It sits after extract and before compose in the flow (fetch -> feed ->
// extract -> store -> cluster -> compose): each stored article, with its main
// text, is given to a Clusterer, which answers with the story it belongs to;
// compose then writes that story from all its articles.
//
// Two questions are answered for each article, in this order:
//
//   - Is it a copy? An article with the URL or the text (case and white space
//     aside) of an earlier one, or whose word 5-shingles are mostly contained
//     in an earlier article's (MinHash with LSH banding), is syndicated copy:
//     one source of reporting, run by several outlets. Assignment.DuplicateOf
//     names the earlier article, and the copy joins its story.
//   - Which event is it about? Otherwise the article is compared by TF-IDF
//     cosine (title terms count twice; terms that no earlier article had
//     are left out, as they can match nothing) with the centroids of the
//     live stories that share its most weighty terms (an inverted index
//     over each story's top terms) and joins the closest one at or above
//     Options.Threshold, or starts a story. Three limits keep a busy
//     stream from running together into stories about a topic rather
//     than an event: enough of the cosine must come from rare terms (the
//     event's names, places and figures, not the topic's common words);
//     an article about as close to another, unrelated story as to the
//     closest starts its own; and a story of a dozen articles or more
//     takes only articles (and merges only with stories) close to its
//     articles on average, not just to their centroid.
//
// Clustering is incremental: an article costs the same whatever the number of
// articles seen before, because only stories updated within Options.Window
// stay in the index. The batch form Group runs the same Clusterer over a
// slice, for `tidings analyze`.
//
// The evaluate sub-package measures the clustering (B-cubed precision,
// recall and F1) on the public Giveme5W1H news-cluster sets, alone and
// mixed into a dense stream of BBC News articles.
package cluster
