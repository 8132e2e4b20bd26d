package ask

import (
	"strings"

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
	s := &story{c: c, ents: entities(c, d.Headline, d.Summary), topic: topicOf(c, d.Headline, d.Summary)}
	var answered, unanswered []news.Question
	var kinds []int
	seen := map[string]bool{}
	for _, cand := range s.candidates() {
		if seen[cand.q] || Lint(cand.q) != nil || len(strings.Fields(cand.q)) > 15 {
			continue
		}
		seen[cand.q] = true
		q, _ := c.answer(cand.q, cand.query, cand.keep)
		if q.Answer == "" {
			unanswered = append(unanswered, news.Question{Question: cand.q})
			continue
		}
		answered = append(answered, q)
		kinds = append(kinds, cand.kind)
	}
	out := pick(answered, kinds, n)
	for _, q := range unanswered {
		if len(out) >= n {
			break
		}
		out = append(out, q)
	}
	return out
}

// pick takes up to n answered questions: first the best of each kind, in
// kind order, then the rest in order, avoiding two with the same first
// citation unless there are too few others.
func pick(qs []news.Question, kinds []int, n int) []news.Question {
	var out []news.Question
	used := map[int]bool{}
	cited := map[string]bool{}
	distinct := true
	take := func(i int) {
		key := qs[i].Citations[0].Quote
		if len(out) >= n || used[i] || (distinct && cited[key]) {
			return
		}
		used[i], cited[key] = true, true
		out = append(out, qs[i])
	}
	kindDone := map[int]bool{}
	for i := range qs {
		if !kindDone[kinds[i]] {
			before := len(out)
			take(i)
			kindDone[kinds[i]] = len(out) > before
		}
	}
	for i := range qs {
		take(i)
	}
	distinct = false
	for i := range qs {
		take(i)
	}
	return out
}
