package evaluate

import "strings"

// segmentScore counts text segments as the Trafilatura evaluation
// (tests/eval_common.py) does: after whitespace is normalized on both
// sides, a "with" segment found in the output is a true positive and one
// missing a false negative; a "without" segment found is a false positive
// and one missing a true negative. Counts are summed over the corpus.
type segmentScore struct{ tp, fn, fp, tn int }

func (s *segmentScore) add(d trafilaturaDoc, text string) {
	text = normalizeSpace(text)
	for _, seg := range d.with {
		if strings.Contains(text, normalizeSpace(seg)) {
			s.tp++
		} else {
			s.fn++
		}
	}
	for _, seg := range d.without {
		if strings.Contains(text, normalizeSpace(seg)) {
			s.fp++
		} else {
			s.tn++
		}
	}
}

func (s segmentScore) precision() float64 { return ratio(float64(s.tp), float64(s.tp+s.fp)) }
func (s segmentScore) recall() float64    { return ratio(float64(s.tp), float64(s.tp+s.fn)) }
func (s segmentScore) f1() float64        { return harmonic(s.precision(), s.recall()) }
func (s segmentScore) accuracy() float64 {
	return ratio(float64(s.tp+s.tn), float64(s.tp+s.fn+s.fp+s.tn))
}

func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
