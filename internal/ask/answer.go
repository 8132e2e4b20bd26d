package ask

import (
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

// Relevance thresholds: the best sentence must match this share of the
// question's IDF weight, and score at least minScore.
const (
	minCoverage   = 0.5
	minScore      = 0.5
	maxAnswerWord = 60
	secondRatio   = 0.6 // a second sentence joins when it scores this share of the first
)

// passage is one sentence of a source.
type passage struct {
	articleID int64
	text      string
}

// corpus is the sentences of a story's articles, indexed for BM25.
type corpus struct {
	ps []passage
	ix *text.Index
	// exclude holds passages that answers may not use (those that answer
	// questions already chosen), when filling the last places.
	exclude map[string]bool
}

func newCorpus(articles []news.Article) *corpus {
	c := &corpus{}
	var texts []string
	for _, a := range articles {
		for _, p := range a.Paragraphs() {
			for _, s := range text.Sentences(p) {
				if text.Boilerplate(s) || isQuestion(s) || text.WordCount(s) < 4 {
					continue
				}
				s = text.NormalizeSpace(s)
				c.ps = append(c.ps, passage{articleID: a.ID, text: s})
				texts = append(texts, s)
			}
		}
	}
	c.ix = text.NewIndex(texts)
	return c
}

func isQuestion(s string) bool { return strings.HasSuffix(strings.TrimRight(s, `"'”’)] `), "?") }

// Answer answers a reader's question from the articles: the one or two
// sentences that BM25 ranks best, cut to about 60 words, cited verbatim.
// A "Why" question prefers sentences that give a reason ("because", "due
// to"). The Answer is "" and Citations nil when no sentence matches at
// least half of the question's weight. Answer does not Lint the question.
func Answer(question string, articles []news.Article) news.Question {
	c := newCorpus(articles)
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(question)), "why ") {
		if q, _ := c.answer(question, question, hasStrongReason); q.Answer != "" {
			return q
		}
	}
	q, _ := c.answer(question, question, nil)
	return q
}

// answer ranks the passages that keep accepts (all if nil) against query
// and returns q with its answer and the best hit's coverage. A passage
// that keep accepts needs only half the coverage of a free-text answer,
// and no least score: in a short story a name in most sentences has
// little weight, yet keep has found it.
func (c *corpus) answer(q, query string, keep func(string) bool) (news.Question, float64) {
	out := news.Question{Question: q}
	var hits []text.Hit
	for _, h := range c.ix.Search(query, 0) {
		if c.exclude[c.ps[h.Doc].text] {
			continue
		}
		if keep == nil || keep(c.ps[h.Doc].text) {
			hits = append(hits, h)
		}
	}
	need := minCoverage
	if keep != nil {
		need = minCoverage / 2 // keep has already judged relevance
	}
	if len(hits) == 0 || hits[0].Coverage < need || keep == nil && hits[0].Score < minScore {
		return out, 0
	}
	use := []text.Hit{hits[0]}
	if len(hits) > 1 && c.joins(hits[0], hits[1]) {
		use = append(use, hits[1])
	}
	var parts []string
	for _, h := range use {
		p := c.ps[h.Doc]
		parts = append(parts, p.text)
		out.Citations = append(out.Citations, news.Citation{ArticleID: p.articleID, Quote: p.text})
	}
	out.Answer = trimWords(strings.Join(parts, " "), maxAnswerWord)
	return out, hits[0].Coverage
}

// joins reports whether the second hit adds to the first: it scores close,
// matches enough, fits the word limit and says something else.
func (c *corpus) joins(first, second text.Hit) bool {
	a, b := c.ps[first.Doc].text, c.ps[second.Doc].text
	return second.Score >= secondRatio*first.Score && second.Coverage >= minCoverage &&
		text.WordCount(a)+text.WordCount(b) <= maxAnswerWord &&
		text.Jaccard(text.TermVector(a), text.TermVector(b)) < 0.5
}

// trimWords cuts s to at most n words, marking a cut with "…".
func trimWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) <= n {
		return s
	}
	return strings.TrimRight(strings.Join(ws[:n], " "), ",;:") + "…"
}
