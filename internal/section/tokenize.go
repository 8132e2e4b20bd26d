package section

import (
	"cmp"
	"math"
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
	scan(s, func(w string, stop bool) {
		if !stop {
			out = append(out, w)
		}
	})
	return out
}

// scan calls fn for every word of s in order, lower case, possessive
// dropped, skipping one-character and all-digit words; stop tells whether
// the word is a stopword.
func scan(s string, fn func(w string, stop bool)) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		w = strings.TrimSuffix(strings.Trim(w, "'’"), "'s")
		w = strings.TrimSuffix(w, "’s")
		if len(w) < 2 || allDigits(w) {
			continue
		}
		fn(w, stopwords[w])
	}
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

// feature is one hashed term of a document and its value.
type feature struct {
	bucket uint32
	value  float32
}

// doc is a story as the model sees it: its hashed terms, and how many of
// its words were stopwords, for the language guard (see Model.Known).
type doc struct {
	feats []feature
	words int // words of at least two characters, stopwords included
	stops int // of which stopwords
}

// vectorize hashes the unigrams and bigrams of title and text into buckets
// of a table with 1<<bits rows. A title term counts titleWeight times, a
// text term once. A unigram's value is 1+ln(count) (sublinear tf), a
// bigram's bigramWeight times that: bigrams help within one data set but
// carry its phrasing ("ap washington", "file photo") to other sets, so they
// are kept at a fraction of a word's weight (MODEL.md). The vector is then
// scaled to unit length, so a headline and a long article weigh the same.
// Features are sorted by bucket, so that training sums in the same order on
// every run.
func vectorize(title, text string, bits uint, titleWeight, bigramWeight float32) doc {
	var d doc
	var uni, bi []feature
	mask := uint32(1)<<bits - 1
	add := func(s string, w float32) {
		var prev uint32
		have := false
		scan(s, func(t string, stop bool) {
			d.words++
			if stop {
				d.stops++
				return
			}
			h := fnv(t)
			uni = append(uni, feature{h & mask, w})
			if have && bigramWeight > 0 {
				bi = append(bi, feature{mix(prev, h) & mask, w})
			}
			prev, have = h, true
		})
	}
	add(title, titleWeight)
	add(text, 1)
	uni = merge(uni, true, 1)
	bi = merge(bi, true, bigramWeight)
	out := merge(append(uni, bi...), false, 1)
	var norm float64
	for _, f := range out {
		norm += float64(f.value) * float64(f.value)
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range out {
			out[i].value *= inv
		}
	}
	d.feats = out
	return d
}

// merge sorts raw by bucket and sums the values that share a bucket, in
// place. If sublinear, each sum s then becomes scale*(1+ln s); s is at
// least 1 there, as every raw value is a count weight of at least 1.
func merge(raw []feature, sublinear bool, scale float32) []feature {
	slices.SortFunc(raw, func(a, b feature) int { return cmp.Compare(a.bucket, b.bucket) })
	out := raw[:0]
	for _, f := range raw {
		if n := len(out); n > 0 && out[n-1].bucket == f.bucket {
			out[n-1].value += f.value
		} else {
			out = append(out, f)
		}
	}
	if sublinear {
		for i := range out {
			out[i].value = scale * float32(1+math.Log(float64(out[i].value)))
		}
	}
	return out
}

// fnv is 32-bit FNV-1a of s.
func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// mix combines the hashes of two words into the hash of the bigram.
func mix(a, b uint32) uint32 {
	h := a*0x9e3779b1 ^ b
	h ^= h >> 15
	h *= 0x85ebca77
	h ^= h >> 13
	return h
}
