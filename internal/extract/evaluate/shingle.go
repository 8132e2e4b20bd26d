package evaluate

import (
	"strings"
	"unicode"
)

// shingleSize is the length in words of the shingles the Zyte article
// extraction benchmark compares.
const shingleSize = 4

// overlap is how a text's shingles meet the expected text's, as fractions
// of all shingles counted: true positives, false positives, false
// negatives. Normalizing per page, as the benchmark does, keeps long pages
// from weighing more than short ones.
type overlap struct{ tp, fp, fn float64 }

// shingleOverlap compares the 4-word shingles of got with those of want,
// with multiplicity, as the Zyte benchmark's string_shingle_matching does:
// a word is a case-sensitive run of letters, digits and underscores (the
// Python pattern \w+), and a text of fewer than four words is one shingle.
func shingleOverlap(want, got string) overlap {
	w, g := shingleCounts(want), shingleCounts(got)
	var o overlap
	for s, wc := range w {
		gc := g[s]
		o.tp += float64(min(wc, gc))
		o.fn += float64(max(0, wc-gc))
	}
	for s, gc := range g {
		o.fp += float64(max(0, gc-w[s]))
	}
	if sum := o.tp + o.fp + o.fn; sum > 0 {
		o.tp, o.fp, o.fn = o.tp/sum, o.fp/sum, o.fn/sum
	}
	return o
}

// f1 returns the page's own F1; two empty texts score 1.
func (o overlap) f1() float64 {
	if o.tp+o.fp+o.fn == 0 {
		return 1
	}
	return 2 * o.tp / (2*o.tp + o.fp + o.fn)
}

func shingleCounts(text string) map[string]int {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
	out := map[string]int{}
	for i := 0; i < max(1, len(words)-shingleSize+1); i++ {
		if s := strings.Join(words[i:min(len(words), i+shingleSize)], " "); s != "" {
			out[s]++
		}
	}
	return out
}

// shingleScore sums page overlaps as the Zyte benchmark's
// metrics_from_tp_fp_fns does: precision is the mean over pages that
// produced text, recall the mean over pages that expect text, and F1 the
// harmonic mean of those two means. It also keeps the mean of per-page F1.
type shingleScore struct {
	precSum, recSum, f1Sum float64
	precN, recN, pages     int
}

func (s *shingleScore) add(o overlap) {
	s.pages++
	s.f1Sum += o.f1()
	if o.tp+o.fp > 0 {
		s.precN++
		s.precSum += ratio(o.tp, o.tp+o.fp)
	}
	if o.tp+o.fn > 0 {
		s.recN++
		s.recSum += ratio(o.tp, o.tp+o.fn)
	}
}

func (s shingleScore) precision() float64 { return ratio(s.precSum, float64(s.precN)) }
func (s shingleScore) recall() float64    { return ratio(s.recSum, float64(s.recN)) }
func (s shingleScore) f1() float64        { return harmonic(s.precision(), s.recall()) }
func (s shingleScore) meanF1() float64    { return ratio(s.f1Sum, float64(s.pages)) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func harmonic(p, r float64) float64 { return ratio(2*p*r, p+r) }
