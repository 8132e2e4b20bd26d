package verify

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold returns s lower-cased, without diacritics, with curly quotes,
// apostrophes and dashes made plain and white space collapsed.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '″':
			r = '"'
		case r == '‘' || r == '’' || r == '‚' || r == '′' || r == '`':
			r = '\''
		case r == '–' || r == '—' || r == '‐' || r == '‑':
			r = '-'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// words returns the folded words of s: runs of letters and digits, an
// apostrophe inside a word kept, a possessive 's dropped, and a
// contracted "n't" split off as the word "not" ("didn't" -> "did", "not").
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.Trim(w, "'")
		switch {
		case w == "":
			continue
		case strings.HasSuffix(w, "n't"):
			if stem := strings.TrimSuffix(w, "n't"); stem != "" {
				out = append(out, stem)
			}
			w = "not"
		case w == "cannot":
			out = append(out, "can")
			w = "not"
		case strings.HasSuffix(w, "'s"):
			w = strings.TrimSuffix(w, "'s")
		}
		out = append(out, w)
	}
	return out
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
