package ask

import (
	"strings"
	"unicode"

	"tidings/internal/news"
	"tidings/internal/write"
)

// Options tune Questions.
type Options struct {
	N int // how many questions; 0 means 3
}

// Questions returns up to opts.N reader questions about the story drafted
// as d from articles. Each names something from the story and passes Lint.
// Questions the sources answer come first, one of each template kind
// before a second of any; if too few are answered, unanswered ones fill in
// with Answer "" (the sources don't say). It returns fewer than N, or none,
// only when the story names too few people, places, organisations or
// numbers to ask about. The result depends only on its inputs.
func Questions(d write.Draft, articles []news.Article, opts Options) []news.Question {
	n := opts.N
	if n <= 0 {
		n = 3
	}
	c := newCorpus(articles)
	s := newStory(c, d)
	var answered, unanswered []asked
	var fit []candidate
	seen := map[string]bool{}
	for _, cand := range s.candidates() {
		if seen[cand.q] || Lint(cand.q) != nil || len(strings.Fields(cand.q)) > 15 {
			continue
		}
		seen[cand.q] = true
		fit = append(fit, cand)
		q, _ := c.answer(cand.q, cand.query, cand.keep)
		if q.Answer == "" {
			unanswered = append(unanswered, asked{news.Question{Question: cand.q}, cand.kind, cand.about})
			continue
		}
		answered = append(answered, asked{q, cand.kind, cand.about})
	}
	out := pick(answered, n, nil, false)
	if len(out) < n {
		out = pick(reanswer(c, fit, out), n, out, false)
	}
	out = pick(unanswered, n, out, false)
	// A story that names little may have one best sentence for every
	// question: up to three questions sharing an answer beat fewer.
	out = pick(answered, min(n, 3), out, true)
	qs := make([]news.Question, len(out))
	for i, a := range out {
		qs[i] = a.q
	}
	return qs
}

// newStory finds what the templates draw on: the capitalized names, or in
// caseless text the salient terms, and the topic.
func newStory(c *corpus, d write.Draft) *story {
	if !caseless(c) {
		return &story{c: c, ents: entities(c, d.Headline, d.Summary), topic: topicOf(c, d.Headline, d.Summary, nil, false)}
	}
	s := &story{c: c, ents: salientTerms(c, d.Headline, d.Summary), caseless: true}
	for _, e := range s.ents {
		if !e.titled && e.kind == thing && e.the && topical(e.name) && !isDemonym(e.name) {
			s.topic = e.name // a common noun the text writes "the <topic>"
			return s
		}
	}
	names := map[string]bool{}
	for _, e := range s.ents {
		if e.titled || e.kind != thing {
			for f := range e.forms {
				for _, w := range strings.Fields(f) {
					names[w] = true
				}
			}
		}
	}
	s.topic = topicOf(c, d.Headline, d.Summary, names, true)
	return s
}

// reanswer answers the candidates again without the passages that the
// chosen questions cite: in a short story one sentence can be the best
// answer to every question, and the next best still answers the others.
func reanswer(c *corpus, cands []candidate, chosen []asked) []asked {
	c.exclude = map[string]bool{}
	defer func() { c.exclude = nil }()
	taken := map[string]bool{}
	for _, a := range chosen {
		q := a.q
		taken[q.Question] = true
		for _, ct := range q.Citations {
			c.exclude[ct.Quote] = true
		}
	}
	var out []asked
	for _, cand := range cands {
		if taken[cand.q] {
			continue
		}
		if q, _ := c.answer(cand.q, cand.query, cand.keep); q.Answer != "" {
			out = append(out, asked{q, cand.kind, cand.about})
		}
	}
	return out
}

// asked is a candidate question with its answer, if any.
type asked struct {
	q     news.Question
	kind  int
	about *entity
}

// pick adds to out, up to n in all, questions of qs: first the best of
// each kind, in kind order, then the rest in order. It takes none that
// nearly repeats one taken (overlap above maxOverlap) or has its answer,
// and, while others
// are left, none with a first citation already taken and no plain
// question (knownForms) about an entity already asked of; never two plain
// questions about one entity.
//
// With sameAnswerOK, a last pass also takes questions whose answer one
// taken already gives.
func pick(qs []asked, n int, out []asked, sameAnswerOK bool) []asked {
	used := map[int]bool{}
	cited := map[string]bool{}
	about := map[*entity]bool{}   // entities asked about
	knownOf := map[*entity]bool{} // entities asked about by a plain question
	for _, a := range out {
		if len(a.q.Citations) > 0 {
			cited[a.q.Citations[0].Quote] = true
		}
		about[a.about] = true
		knownOf[a.about] = knownOf[a.about] || a.kind == kindKnown
	}
	strict, lastResort := true, false
	take := func(i int) bool {
		a := qs[i]
		key := ""
		if len(a.q.Citations) > 0 {
			key = a.q.Citations[0].Quote
		}
		if len(out) >= n || used[i] || a.kind == kindKnown && knownOf[a.about] ||
			strict && (cited[key] && key != "" || a.kind == kindKnown && about[a.about]) {
			return false
		}
		for _, o := range out {
			if overlap(o.q.Question, a.q.Question) > maxOverlap || !lastResort && a.q.Answer != "" && o.q.Answer == a.q.Answer {
				return false
			}
		}
		used[i], cited[key], about[a.about] = true, true, true
		knownOf[a.about] = knownOf[a.about] || a.kind == kindKnown
		out = append(out, a)
		return true
	}
	kindDone := map[int]bool{}
	for i := range qs {
		if !kindDone[qs[i].kind] {
			kindDone[qs[i].kind] = take(i)
		}
	}
	for i := range qs {
		take(i)
	}
	strict = false
	for i := range qs {
		take(i)
	}
	if sameAnswerOK {
		lastResort = true
		for i := range qs {
			take(i)
		}
	}
	return out
}

// maxOverlap is the most that two questions of a story may share of their
// words (see overlap).
const maxOverlap = 0.6

// overlap is the Jaccard overlap of the sets of lower-cased words of a and
// b, a word being a run of letters and digits.
func overlap(a, b string) float64 {
	A, B := wordSet(a), wordSet(b)
	inter := 0
	for w := range A {
		if B[w] {
			inter++
		}
	}
	if union := len(A) + len(B) - inter; union > 0 {
		return float64(inter) / float64(union)
	}
	return 0
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}
