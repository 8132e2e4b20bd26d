package write

import (
	"errors"
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

// ErrNoText is returned by Write when no article has a sentence worth using.
var ErrNoText = errors.New("write: no article has usable text")

// Limits of a draft.
const (
	MaxHeadline      = 90  // characters
	MaxSummaryWords  = 100 // words, unless the best sentence alone is longer
	MaxBodyWords     = 450 // words
	MaxParagraphs    = 6
	maxParagraphSize = 3 // sentences
)

// Draft is a story as written from its sources.
type Draft struct {
	Headline string            `json:"headline"` // neutral, at most MaxHeadline characters
	Summary  string            `json:"summary"`  // 1-3 sentences for cards and the page description
	Body     []string          `json:"body"`     // paragraphs of source sentences
	Sources  [][]news.Citation `json:"sources"`  // per paragraph of Body, the sentences it is made of
}

// Write drafts a story from its articles, which may come in any order. The
// summary and every body paragraph are made of whole sentences of the
// articles' texts, verbatim: Body[i] is the Quotes of Sources[i] joined by
// single spaces. It returns ErrNoText if no article has an informative
// sentence. Write is deterministic: the same articles give the same draft.
func Write(articles []news.Article) (Draft, error) {
	srcs := collect(articles)
	if len(srcs) == 0 {
		return Draft{}, ErrNoText
	}
	centroid := centroidOf(srcs)
	d := Draft{
		Headline: headline(articles, casingOf(srcs)),
		Summary:  joinSentences(summary(leadSource(srcs, centroid), centroid)),
	}
	for _, p := range body(srcs, centroid) {
		d.Body = append(d.Body, joinSentences(p))
		d.Sources = append(d.Sources, citations(p))
	}
	if d.Headline == "" {
		d.Headline = fallbackHeadline(d.Summary)
	}
	return d, nil
}

// Lead3 returns the first three sentences of text, the textbook baseline
// summary that a draft is compared against.
func Lead3(s string) string {
	sents := text.Sentences(s)
	if len(sents) > 3 {
		sents = sents[:3]
	}
	return text.NormalizeSpace(strings.Join(sents, " "))
}

func joinSentences(ss []*sentence) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.text
	}
	return strings.Join(parts, " ")
}

func citations(ss []*sentence) []news.Citation {
	out := make([]news.Citation, len(ss))
	for i, s := range ss {
		out[i] = news.Citation{ArticleID: s.articleID, Quote: s.text}
	}
	return out
}
