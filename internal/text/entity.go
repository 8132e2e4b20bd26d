package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity is a capitalized phrase in a sentence: a cheap stand-in for a
// named entity ("Volodymyr Zelensky", "Bank of England", "NATO").
type Entity struct {
	Text    string // verbatim from the sentence, without a possessive 's
	Span           // where Text lies in the sentence
	AtStart bool   // the phrase opens the sentence, so its capital may be only grammar
}

// Entities returns the capitalized phrases of sentence, left to right. A
// phrase is a run of capitalized words, which may be joined by "of", "for",
// "de", "van", "von", "al" and the like; punctuation other than an inner
// apostrophe, hyphen or period ends it. Stopwords, weekdays and months are
// never phrases on their own.
func Entities(sentence string) []Entity {
	var out []Entity
	var cur []word
	flush := func() {
		for len(cur) > 0 && joiners[cur[len(cur)-1].text] {
			cur = cur[:len(cur)-1]
		}
		if e, ok := makeEntity(sentence, cur); ok {
			out = append(out, e)
		}
		cur = nil
	}
	for i, w := range words(sentence) {
		if i == 0 && IsStopword(strings.ToLower(w.text)) {
			continue
		}
		switch {
		case w.capital && !calendar[strings.ToLower(w.text)]:
			cur = append(cur, w)
		case len(cur) > 0 && joiners[w.text] && !w.breaks:
			cur = append(cur, w)
			continue
		default:
			flush()
			continue
		}
		if w.breaks {
			flush()
		}
	}
	flush()
	return out
}

func makeEntity(sentence string, ws []word) (Entity, bool) {
	if len(ws) == 0 || (len(ws) == 1 && IsStopword(strings.ToLower(ws[0].text))) {
		return Entity{}, false
	}
	start, end := ws[0].start, ws[len(ws)-1].end
	t := sentence[start:end]
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(t, suf) {
			t, end = t[:len(t)-len(suf)], end-len(suf)
		}
	}
	return Entity{Text: t, Span: Span{start, end}, AtStart: ws[0].first}, true
}

var joiners = setOf("of", "for", "de", "del", "da", "di", "van", "von", "der", "den", "al", "bin", "la", "le", "du")

var calendar = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")

// word is one white-space separated word of a sentence, trimmed of
// surrounding punctuation.
type word struct {
	text       string
	start, end int
	capital    bool // starts with an upper-case letter
	breaks     bool // punctuation after it, or a possessive, ends a phrase
	first      bool // first word of the sentence
}

func words(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		j := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsSpace(r) })
		if j < 0 {
			break
		}
		i += j
		k := strings.IndexFunc(s[i:], unicode.IsSpace)
		if k < 0 {
			k = len(s) - i
		}
		if w, ok := trimWord(s, i, i+k); ok {
			w.first = len(out) == 0
			out = append(out, w)
		}
		i += k
	}
	return out
}

func trimWord(s string, start, end int) (word, bool) {
	raw := s[start:end]
	left := strings.IndexFunc(raw, isWordRune)
	right := strings.LastIndexFunc(raw, isWordRune)
	if left < 0 {
		return word{}, false
	}
	_, size := utf8.DecodeRuneInString(raw[right:])
	// keep the period of an abbreviation such as "U.S." or "Inc."
	if right+size < len(raw) && raw[right+size] == '.' && strings.Contains(raw[left:right], ".") {
		size++
	}
	w := word{text: raw[left : right+size], start: start + left, end: start + right + size}
	r, _ := utf8.DecodeRuneInString(w.text)
	w.capital = unicode.IsUpper(r)
	w.breaks = right+size < len(raw) || strings.HasSuffix(w.text, "'s") || strings.HasSuffix(w.text, "’s")
	return w, true
}
