// Package section decides which of the site's eight sections (news.Sections)
// a story belongs to.
//
// Place in the flow: feed and extract turn a source's item into a
// news.Article; the jobs pipeline then calls Classifier.Classify with the
// article's title and text, and with Hints from the source (its configured
// section), the item (its feed categories and URL) and, when the newsroom
// has a home country, that country and the story's dateline country (from
// package dateline). The story that cluster builds from its articles takes
// its section from them, and web files it under that section's page. Scores
// explains a choice to moderators and to "tidings eval sections".
//
// The text model is complement naive Bayes over hashed words and word
// bigrams (sublinear term frequency, bigrams at half a word's weight,
// unit-length vectors), plus a small share of within-set evidence that
// cancels each training set's house style, with a guard that sends text in
// another language to the hint or to WORLD. It is trained by
//
//	go run ./internal/section/train -data ../shared/data -out internal/section/model.bin
//
// (or go generate in this folder) from the data sets that package corpus
// reads, and embedded as model.bin; MODEL.md records its provenance,
// licences and measured accuracy. Package evaluate measures it against a
// TF-IDF + naive Bayes baseline ("tidings eval sections": evaluate.Run).
//
// Where the text model says WORLD or POLITICS, the home country decides
// between them (Settle): politics abroad is world news and world news at
// home is politics, as a newsroom files them. Held out from training, that
// lifts HuffPost (home United States) from 0.515 to 0.616 and Inshorts
// (India) from 0.758 to 0.839 on their own sections, and the mean over six
// data sets from 0.764 to 0.794 (TF-IDF + naive Bayes: 0.731 to 0.763).
package section
