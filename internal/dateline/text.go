package dateline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sep is what stands between a token and the one before it.
type sep uint8

const (
	sepStart    sep = iota // first token of the text
	sepSpace               // spaces only: "New York"
	sepHyphen              // a hyphen with no spaces: "Port-au-Prince", "Paris-based"
	sepAbbrev              // an abbreviation's period and a space: "St. Louis"
	sepComma               // a comma: "Paris, Texas"
	sepHard                // other punctuation within a sentence: ; : ( ) quotes, spaced dashes
	sepSentence            // the end of a sentence or a line
)

// joins reports whether a name may run across the separator.
func (s sep) joins() bool { return s == sepSpace || s == sepHyphen || s == sepAbbrev }

// token is a word of a text.
type token struct {
	key        string // lower case, periods and a possessive 's dropped: "u.s." -> "us"
	start, end int    // byte offsets of the word in the text, possessive included
	sep        sep    // what stands before it
	upper      bool   // starts with an upper-case letter
	caps       bool   // every letter upper case, two letters or more ("UK", "U.S.", "PARIS")
	poss       bool   // ends in a possessive 's: "Egypt's"
}

// abbreviations ending in a period that do not end a sentence.
var abbreviations = map[string]bool{
	"st": true, "ste": true, "mt": true, "ft": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "lt": true, "col": true, "capt": true, "sgt": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// tokenize splits text into words. A word is a run of letters and digits with
// inner apostrophes ("Xi'an") and inner periods between single letters
// ("U.S."); hyphens split words but are remembered, so that hyphenated names
// and "Paris-based" both work.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/6+1) // about one word in six bytes
	next := sepStart
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			next = max(next, classify(text, i, r, toks, next))
			i += size
			continue
		}
		t, end := readWord(text, i)
		t.sep = next
		toks = append(toks, t)
		next = sepStart // raised by the separator runes that follow
		i = end
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// classify returns the separator kind that the non-word rune r at text[i]
// makes, given the kind seen so far since the last word.
func classify(text string, i int, r rune, toks []token, sofar sep) sep {
	switch r {
	case ' ', '\t', '\u00a0':
		return sepSpace
	case '\n', '\r', '!', '?':
		return sepSentence
	case ',':
		return sepComma
	case '-':
		if sofar != sepStart || i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '-' || len(toks) == 0 ||
			toks[len(toks)-1].end != i {
			return sepHard
		}
		return sepHyphen
	case '.':
		if len(toks) > 0 && toks[len(toks)-1].end == i {
			prev := toks[len(toks)-1]
			if abbreviations[prev.key] || (prev.upper && len(prev.key) <= 2) {
				return sepAbbrev
			}
		}
		return sepSentence
	}
	return sepHard
}

// readWord reads the word starting at text[i] and returns it with the offset
// just past it.
func readWord(text string, i int) (token, int) {
	if t, end, ok := readPlainWord(text, i); ok {
		return t, end
	}
	var b strings.Builder
	start := i
	letters, uppers := 0, 0
	first := true
	t := token{start: start}
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			if first {
				t.upper = unicode.IsUpper(r)
				first = false
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
				}
			}
			b.WriteRune(unicode.ToLower(r))
			i += size
			continue
		case (r == '\'' || r == '’') && i+size < len(text):
			n, _ := utf8.DecodeRuneInString(text[i+size:])
			if !unicode.IsLetter(n) {
				break
			}
			if (n == 's' || n == 'S') && !wordRuneAt(text, i+size+1) {
				t.key, t.end, t.poss = b.String(), i+size+1, true // the key drops the possessive
				t.caps = letters >= 2 && uppers == letters
				return t, t.end
			}
			b.WriteByte('\'')
			i += size
			continue
		case r == '.' && singleLetterBefore(text, start, i) && i+1 < len(text) && isLetterByte(text[i+1]):
			i++ // "U.S": the period is dropped from the key
			continue
		}
		break
	}
	if i < len(text) && text[i] == '.' && singleLetterBefore(text, start, i) && strings.Contains(text[start:i], ".") {
		i++ // the closing period of "U.S."
	}
	t.key, t.end = b.String(), i
	t.caps = letters >= 2 && uppers == letters
	return t, i
}

// readPlainWord reads the common word of lower-case ASCII letters and
// digits, whose key is itself, without allocating; ok is false for any
// other word.
func readPlainWord(text string, i int) (token, int, bool) {
	j := i
	for j < len(text) && ('a' <= text[j] && text[j] <= 'z' || '0' <= text[j] && text[j] <= '9') {
		j++
	}
	if j < len(text) {
		switch c := text[j]; {
		case c >= 0x80, c == '\'', c == '.', 'A' <= c && c <= 'Z':
			return token{}, 0, false // maybe more to the word: leave it to readWord
		}
	}
	return token{key: text[i:j], start: i, end: j}, j, true
}

// singleLetterBefore reports whether text[start:i] ends with a lone letter
// after start or a period: the "S" of "U.S".
func singleLetterBefore(text string, start, i int) bool {
	if i-start < 1 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[start:i])
	if !unicode.IsLetter(r) {
		return false
	}
	return i-size == start || text[i-size-1] == '.'
}

func wordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// normalize turns a name into its index key the way tokenize reads it from a
// text: "St. Louis" -> "st louis", "Port-au-Prince" -> "port-au-prince",
// "U.S." -> "us".
func normalize(name string) string {
	if plainName(name) {
		return strings.ToLower(name) // the common case, without tokenizing
	}
	toks := tokenize(name)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteString(joiner(t.sep))
		}
		b.WriteString(t.key)
	}
	return b.String()
}

// plainName reports whether name is letters and single inner spaces only,
// so that its key is just its lower case.
func plainName(name string) bool {
	prevSpace := true
	for _, r := range name {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsLetter(r):
			prevSpace = false
		default:
			return false
		}
	}
	return !prevSpace
}

func joiner(s sep) string {
	if s == sepHyphen {
		return "-"
	}
	return " "
}
