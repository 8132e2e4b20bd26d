package write

import (
	"regexp"
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

// source is an article with its informative sentences.
type source struct {
	index int // order among the usable articles
	sents []*sentence
	vec   text.Vector
}

// sentence is one informative sentence of an article.
type sentence struct {
	articleID int64
	src       int // index of its source
	para      int // paragraph within the article
	pos       int // rank among the article's informative sentences
	text      string
	vec       text.Vector
	words     int
	score     float64
}

// collect splits the articles into informative sentences, dropping
// articles that have none.
func collect(articles []news.Article) []*source {
	var out []*source
	for _, a := range articles {
		src := &source{index: len(out), vec: text.Vector{}}
		for pi, p := range a.Paragraphs() {
			for _, s := range text.Sentences(p) {
				if !Informative(s) {
					continue
				}
				st := &sentence{articleID: a.ID, src: src.index, para: pi, pos: len(src.sents),
					text: text.NormalizeSpace(s), vec: text.TermVector(s), words: text.WordCount(s)}
				src.sents = append(src.sents, st)
				src.vec.Add(st.vec, 1)
			}
		}
		if len(src.sents) > 0 {
			out = append(out, src)
		}
	}
	return out
}

// Informative reports whether sentence may stand in a summary or body: not
// boilerplate (see text.Boilerplate), not a question, at least six words.
func Informative(sentence string) bool {
	return !text.Boilerplate(sentence) && !isQuestion(sentence) && text.WordCount(sentence) >= 6
}

func isQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, `"'”’)] `), "?")
}

// attributionRE finds a verb that says who is speaking.
var attributionRE = regexp.MustCompile(`(?i)\b(said|says|told|tells|added|asked|wrote|writes|stated|explained|warned|insisted|argued|announced|according to|noted|recalled|replied|declared)\b`)

// bareQuote reports whether s quotes someone without saying who.
func bareQuote(s string) bool {
	return strings.ContainsAny(s, `"“”`) && !attributionRE.MatchString(s)
}

var pronounRE = regexp.MustCompile(`(?i)\b(he|she|they|it)\s+(said|says|told|added|asked|wrote|explained|warned|insisted|argued|noted|replied)\b`)

// pronounQuote reports whether s quotes someone named only by a pronoun.
func pronounQuote(s string) bool {
	return strings.ContainsAny(s, `"“”`) && pronounRE.MatchString(s)
}

func attributed(s string) bool { return attributionRE.MatchString(s) }

// opensWithQuote reports whether s starts with a quotation mark.
func opensWithQuote(s string) bool { return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") }
