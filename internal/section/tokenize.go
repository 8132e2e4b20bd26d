package section

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
)

// stopwords are dropped before unigrams and bigrams are formed: they carry
// no topic and would otherwise make most bigrams "of the"-like noise.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about after again all also am an and any are as at be
		been before being but by can could did do does doing down during each few for from further
		had has have having he her here hers herself him himself his how i if in into is it its itself
		just me more most my myself no nor not now of off on once only or other our ours out over own
		same she should so some such than that the their theirs them themselves then there these they
		this those through to too under until up very was we were what when where which while who whom
		why will with would you your yours yourself said says say told also one two new year years
		last first like get got make made may might us after per via amp quot nbsp`) {
		m[w] = true
	}
	return m
}()

// Tokens splits s into lower-case words: runs of letters and digits, with a
// possessive "'s" dropped. Words of one character, words made only of digits
// and stopwords are left out.
func Tokens(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		w = strings.TrimSuffix(strings.Trim(w, "'’"), "'s")
		w = strings.TrimSuffix(w, "’s")
		if len(w) < 2 || allDigits(w) || stopwords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

func allDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// feature is one hashed term of a document and its weight.
type feature struct {
	bucket uint32
	weight float32
}

// features hashes the unigrams and bigrams of title and text into buckets
// of a table with 1<<bits rows. Title terms weigh titleWeight each, text
// terms 1. Repeated terms are summed.
func features(title, text string, bits uint, titleWeight float32) []feature {
	acc := map[uint32]float32{}
	add := func(s string, w float32) {
		toks := Tokens(s)
		for i, t := range toks {
			acc[hash(t, bits)] += w
			if i > 0 {
				acc[hash(toks[i-1]+" "+t, bits)] += w
			}
		}
	}
	add(title, titleWeight)
	add(text, 1)
	out := make([]feature, 0, len(acc))
	for b, w := range acc {
		out = append(out, feature{b, w})
	}
	// Sorted, so that training sums in the same order on every run.
	slices.SortFunc(out, func(a, b feature) int { return cmp.Compare(a.bucket, b.bucket) })
	return out
}

func hash(term string, bits uint) uint32 {
	h := fnv.New32a()
	h.Write([]byte(term))
	return h.Sum32() & (1<<bits - 1)
}
