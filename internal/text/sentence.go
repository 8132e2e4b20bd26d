package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a string.
type Span struct {
	Start, End int
}

// Sentences splits text into sentences. Each sentence is a verbatim,
// trimmed substring of text. Blank lines always end a sentence.
func Sentences(text string) []string {
	var out []string
	for _, s := range SentenceSpans(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// SentenceSpans returns the spans of the sentences of text, in order, not
// overlapping, none empty and none starting or ending with white space. Every
// non-space character of text lies in one span.
//
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes or
// brackets after it) followed by white space and a character that may start
// a sentence, except after titles (Mr., Dr.), initials (J. K.), multi-dot
// abbreviations (U.S., p.m.) and numbered abbreviations (No. 10, Jan. 5).
func SentenceSpans(text string) []Span {
	var out []Span
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case start < 0:
			if !unicode.IsSpace(r) {
				start = i
			}
			i += size
		case r == '\n' && blankLineAt(text, i):
			out = appendSpan(out, text, start, i)
			start = -1
			i += size
		case isTerminal(r):
			end := absorbClosers(text, i+size)
			if endsSentence(text, start, i, end) {
				out = appendSpan(out, text, start, end)
				start = -1
			}
			i = end
		default:
			i += size
		}
	}
	if start >= 0 {
		out = appendSpan(out, text, start, len(text))
	}
	return out
}

func appendSpan(out []Span, text string, start, end int) []Span {
	end = start + len(strings.TrimRightFunc(text[start:end], unicode.IsSpace))
	if end > start {
		out = append(out, Span{start, end})
	}
	return out
}

// blankLineAt reports whether the newline at i is followed by another
// newline with only spaces between.
func blankLineAt(text string, i int) bool {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return false
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»'
}

// absorbClosers moves i past further terminals and closing quotes or brackets.
func absorbClosers(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) && !isCloser(r) {
			return i
		}
		i += size
	}
	return i
}

// endsSentence decides whether the terminal at term, whose closers run to
// end, ends the sentence begun at start.
func endsSentence(text string, start, term, end int) bool {
	if end >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return false
	}
	next := nextWord(text[end:])
	first, _ := utf8.DecodeRuneInString(next)
	if next == "" || unicode.IsLower(first) {
		return false
	}
	if text[term] != '.' || end-term > 1 || strings.HasPrefix(text[term:], "..") {
		return true
	}
	return !abbreviationBefore(wordBefore(text, start, term), next)
}

// nextWord returns the first word of s after its leading white space.
func nextWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// wordBefore returns the word ending at term, without leading punctuation.
func wordBefore(text string, start, term int) string {
	i := strings.LastIndexFunc(text[start:term], unicode.IsSpace)
	w := text[start+i+1 : term]
	return strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// abbreviationBefore reports whether the period after word marks an
// abbreviation rather than the end of a sentence followed by next.
func abbreviationBefore(word, next string) bool {
	lw := strings.ToLower(word)
	starter := IsStopword(strings.ToLower(strings.Trim(next, `"'“‘(`)))
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case titles[lw]:
		return true
	case numbered[lw]:
		return unicode.IsDigit(first)
	case ambiguous[lw], strings.Contains(word, "."), isInitial(word):
		return !starter
	}
	return false
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// titles never end a sentence: they precede a name.
var titles = setOf("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
	"capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "insp", "fr", "messrs", "vs", "v", "gov't")

// numbered abbreviations precede a number: "No. 10", "Jan. 5".
var numbered = setOf("no", "nos", "vol", "fig", "p", "pp", "art", "jan", "feb", "mar", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec")

// ambiguous abbreviations may end a sentence; they do when a common
// sentence opener follows.
var ambiguous = setOf("st", "mt", "ft", "inc", "corp", "co", "ltd", "jr", "sr", "bros", "etc",
	"approx", "dept", "est", "ave", "blvd", "rd", "plc", "llc")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
