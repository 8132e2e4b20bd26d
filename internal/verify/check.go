package verify

import (
	"fmt"
	"sort"
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

// MinCoverage is the least share of a sentence's content terms that its
// anchor, the best-matching source sentence, must have.
const MinCoverage = 0.5

// supportMargin: a source sentence joins the anchor in a sentence's
// support when its coverage is within this of the anchor's.
const supportMargin = 0.15

// Kind is what is wrong with a sentence.
type Kind string

// The kinds of problem.
const (
	Unsupported Kind = "unsupported" // no source sentence covers MinCoverage of its terms
	Number      Kind = "number"      // a number the support does not give
	Name        Kind = "name"        // a name, month or weekday the support does not give
	Quote       Kind = "quote"       // a quotation that no source has verbatim
	Attribution Kind = "attribution" // words credited to someone the anchor does not credit
	Negation    Kind = "negation"    // a negation added or dropped against the anchor
)

// Problem is one reason a sentence is not supported.
type Problem struct {
	Kind   Kind   `json:"kind"`
	Text   string `json:"text"`   // the part of the sentence at fault
	Detail string `json:"detail"` // what the sources have instead, if anything
}

func (p Problem) String() string {
	return fmt.Sprintf("%s %q: %s", p.Kind, p.Text, p.Detail)
}

// Check returns the problems of one written sentence against the sources;
// none means the sentence is supported (see the package doc). It builds
// the sources' index each call: to check many sentences, use NewSources
// and Sources.Check.
func Check(sentence string, sources []news.Article) []Problem {
	return NewSources(sources).Check(sentence)
}

// Check returns the problems of one written sentence; none means it is
// supported by the sources (see the package doc).
func (s *Sources) Check(sentence string) []Problem {
	f := fold(sentence)
	if strings.TrimSpace(f) == "" || s.verbatim(f) {
		return nil
	}
	var out []Problem
	anchor, support := s.anchor(sentence)
	if anchor == nil {
		out = append(out, Problem{Unsupported, sentence, fmt.Sprintf("no source sentence has %.0f%% of its terms", 100*MinCoverage)})
		support = nil
	}
	out = append(out, s.checkNumbers(sentence, support)...)
	out = append(out, s.checkNames(sentence, support)...)
	out = append(out, s.checkQuotes(sentence, support)...)
	if anchor != nil {
		out = append(out, s.checkAttribution(sentence, anchor, support)...)
		out = append(out, checkNegation(sentence, anchor)...)
	}
	return out
}

// anchor returns the source sentence that covers most of sentence's
// terms, and the support: it and every source sentence nearly as good. The
// anchor is nil if none covers MinCoverage; a sentence without content
// terms is anchored on its best match by words.
func (s *Sources) anchor(sentence string) (*passage, []*passage) {
	terms := termSet(sentence)
	if len(terms) == 0 {
		return nil, nil
	}
	cov := s.coverage(terms)
	ids := make([]int, 0, len(cov))
	for i := range cov {
		ids = append(ids, i)
	}
	sort.Slice(ids, func(a, b int) bool {
		if cov[ids[a]] != cov[ids[b]] {
			return cov[ids[a]] > cov[ids[b]]
		}
		return ids[a] < ids[b]
	})
	if len(ids) == 0 || cov[ids[0]] < MinCoverage {
		return nil, nil
	}
	best := cov[ids[0]]
	var support []*passage
	for _, i := range ids {
		if cov[i] < best-supportMargin || cov[i] < MinCoverage {
			break
		}
		support = append(support, s.passages[i])
	}
	return support[0], support
}

func (s *Sources) checkNumbers(sentence string, support []*passage) []Problem {
	var out []Problem
	for _, n := range numbers(sentence) {
		if !hasNumber(support, n) {
			out = append(out, Problem{Number, n.text, "not in the matching source sentences"})
		}
	}
	return out
}

func hasNumber(support []*passage, n number) bool {
	for _, p := range support {
		for _, m := range p.numbers {
			if n.equal(m) && (n.unit == "" || n.unit == m.unit) {
				return true
			}
		}
	}
	return false
}

func inSupport(support []*passage, w string) bool {
	for _, p := range support {
		if p.wordSet[w] {
			return true
		}
	}
	return false
}

// checkNames requires every word of every capitalized phrase, and every
// capitalized month or weekday, in the support. A one-word phrase that
// opens the sentence is only a name if the sources capitalize it or never
// write it in lower case.
func (s *Sources) checkNames(sentence string, support []*passage) []Problem {
	var out []Problem
	seen := map[string]bool{}
	for _, e := range text.Entities(sentence) {
		ws := words(e.Text)
		if e.AtStart && len(ws) == 1 && !s.names[ws[0]] && s.lower[ws[0]] {
			continue
		}
		for _, w := range ws {
			if joiners[w] || text.IsStopword(w) || seen[w] {
				continue
			}
			seen[w] = true
			if !inSupport(support, w) {
				out = append(out, Problem{Name, e.Text, fmt.Sprintf("%q is not in the matching source sentences", w)})
				break
			}
		}
	}
	for i, f := range strings.Fields(sentence) {
		w := strings.Trim(f, `.,;:!?"'()“”‘’`)
		if i == 0 || w == "" || w[0] < 'A' || w[0] > 'Z' || !calendar[strings.ToLower(w)] {
			continue
		}
		if l := strings.ToLower(w); !seen[l] && !inSupport(support, l) {
			seen[l] = true
			out = append(out, Problem{Name, w, "date not in the matching source sentences"})
		}
	}
	return out
}

var joiners = setOf("of", "for", "de", "del", "da", "di", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "the", "and")

var calendar = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")
