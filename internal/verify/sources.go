package verify

import (
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

// Sources is the source side of the gate, built once per story: the
// articles' titles and sentences, folded and indexed. It is read-only once
// built and safe for concurrent use.
type Sources struct {
	passages []*passage
	byTerm   map[string][]int // term -> passages that have it
	paras    [][]string       // per article: folded title and paragraphs
	texts    []string         // per article: folded title and text, one line
	names    map[string]bool  // words that the sources capitalize inside a sentence
	lower    map[string]bool  // words that the sources write in lower case
}

// passage is one title or sentence of an article.
type passage struct {
	article, index int // article, and place among its passages
	text           string
	words          []string
	wordSet        map[string]bool
	terms          map[string]bool
	numbers        []number
	speakers       speakers
}

// NewSources indexes articles for Check. Titles count as sources, so that
// a headline edited from a title is checked against it.
func NewSources(articles []news.Article) *Sources {
	s := &Sources{byTerm: map[string][]int{}, names: map[string]bool{}, lower: map[string]bool{}}
	for ai, a := range articles {
		var paras []string
		n := 0
		add := func(sent string) {
			p := newPassage(ai, n, sent)
			n++
			for t := range p.terms {
				s.byTerm[t] = append(s.byTerm[t], len(s.passages))
			}
			s.passages = append(s.passages, p)
			s.learnCase(sent)
		}
		if t := strings.TrimSpace(a.Title); t != "" {
			paras = append(paras, fold(t))
			add(t)
		}
		for _, para := range a.Paragraphs() {
			paras = append(paras, fold(para))
			for _, sent := range text.Sentences(para) {
				add(sent)
			}
		}
		s.paras = append(s.paras, paras)
		s.texts = append(s.texts, strings.Join(paras, " "))
	}
	return s
}

func newPassage(article, index int, sent string) *passage {
	p := &passage{article: article, index: index, text: sent, words: words(sent), wordSet: map[string]bool{},
		terms: termSet(sent), numbers: numbers(sent), speakers: speakersOf(sent)}
	for _, w := range p.words {
		p.wordSet[w] = true
	}
	return p
}

func termSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Terms(fold(s)) {
		out[t] = true
	}
	return out
}

// learnCase records which words the sources capitalize inside sentences
// and which they write in lower case.
func (s *Sources) learnCase(sent string) {
	for _, e := range text.Entities(sent) {
		if !e.AtStart {
			for _, w := range words(e.Text) {
				s.names[w] = true
			}
		}
	}
	for _, f := range strings.Fields(sent) {
		if r := []rune(strings.TrimLeft(f, `"'“‘(`)); len(r) > 0 && r[0] >= 'a' && r[0] <= 'z' {
			for _, w := range words(f) {
				s.lower[w] = true
			}
		}
	}
}

// coverage returns, for each passage sharing a term with terms, the share
// of terms it has.
func (s *Sources) coverage(terms map[string]bool) map[int]float64 {
	out := map[int]float64{}
	for t := range terms {
		for _, i := range s.byTerm[t] {
			out[i]++
		}
	}
	for i := range out {
		out[i] /= float64(len(terms))
	}
	return out
}

// verbatim reports whether the folded sentence f is a run of whole
// sentences of one source paragraph (or a whole title).
func (s *Sources) verbatim(f string) bool {
	if f == "" {
		return false
	}
	for _, paras := range s.paras {
		for _, p := range paras {
			for off := 0; ; {
				i := strings.Index(p[off:], f)
				if i < 0 {
					break
				}
				i += off
				if startsSentence(p, i) && endsSentence(p, i+len(f)) {
					return true
				}
				off = i + 1
			}
		}
	}
	return false
}

func startsSentence(p string, i int) bool {
	if i == 0 {
		return true
	}
	before := strings.TrimRight(p[:i], " ")
	return len(before) < i && before != "" && strings.ContainsAny(before[len(before)-1:], `.!?…"')]`)
}

func endsSentence(p string, end int) bool {
	if end == len(p) {
		return true
	}
	return p[end] == ' ' && strings.ContainsAny(p[end-1:end], `.!?"')]`)
}
