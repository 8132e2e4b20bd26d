package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens returns the lower-case words of s. A word is a run of letters and
// digits; an apostrophe, period or comma between two such characters stays
// inside it ("don't", "u.s", "3.5", "12,000"). Hyphens split words.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && isJoiner(r) && joins(s, i, r) {
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '.' || r == ',' }

// joins reports whether the joiner r at i sits between two word runes (for a
// comma: between two digits).
func joins(s string, i int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	if r == ',' {
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return isWordRune(prev) && isWordRune(next)
}

// Terms returns the index terms of s: its tokens less stopwords, with
// possessives dropped, stemmed.
func Terms(s string) []string {
	var out []string
	for _, t := range Tokens(s) {
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if t == "" || IsStopword(t) {
			continue
		}
		out = append(out, Stem(t))
	}
	return out
}

// WordCount returns the number of white-space separated words in s.
func WordCount(s string) int { return len(strings.Fields(s)) }

// NormalizeSpace replaces every run of white space in s by one space and
// trims both ends.
func NormalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
