package verify

import (
	"strings"
)

// quotations returns the folded spans of f (a folded sentence) between
// pairs of double quotation marks; an unpaired mark runs to the end of the
// sentence if it opens a quotation, or from its start if it closes one.
func quotations(f string) []string {
	var out []string
	open := -1
	for i := 0; i < len(f); i++ {
		if f[i] != '"' {
			continue
		}
		switch {
		case open >= 0:
			out = append(out, f[open+1:i])
			open = -1
		case closesQuote(f, i) && len(out) == 0:
			out = append(out, f[:i])
		default:
			open = i
		}
	}
	if open >= 0 {
		out = append(out, f[open+1:])
	}
	return out
}

// closesQuote reports whether the mark at i follows a word and is not
// followed by one: "...talking," Marsh said.
func closesQuote(f string, i int) bool {
	after := i+1 >= len(f) || f[i+1] == ' ' || strings.ContainsRune(".,;:!?)", rune(f[i+1]))
	return i > 0 && f[i-1] != ' ' && after
}

// checkQuotes requires each quotation of sentence verbatim (after folding)
// in the text of an article that holds part of the support, or of any
// article if the sentence has no anchor.
func (s *Sources) checkQuotes(sentence string, support []*passage) []Problem {
	texts := s.texts
	if len(support) > 0 {
		texts = nil
		seen := map[int]bool{}
		for _, p := range support {
			if !seen[p.article] {
				seen[p.article] = true
				texts = append(texts, s.texts[p.article])
			}
		}
	}
	var out []Problem
	for _, q := range quotations(fold(sentence)) {
		q = strings.Trim(q, " .,;:!?-")
		if len(words(q)) == 0 {
			continue
		}
		found := false
		for _, t := range texts {
			if strings.Contains(t, q) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, Problem{Quote, q, "no source has these words verbatim"})
		}
	}
	return out
}
