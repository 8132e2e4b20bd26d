package write

import "tidings/internal/text"

// leadSource returns the source closest to the centroid of all sources:
// the most representative report, whose lead makes the summary.
func leadSource(srcs []*source, centroid text.Vector) *source {
	best, bestSim := srcs[0], -1.0
	for _, src := range srcs {
		if sim := text.Cosine(src.vec, centroid); sim > bestSim {
			best, bestSim = src, sim
		}
	}
	return best
}

// summary returns the first two or three informative sentences of src that
// are not quotations, within MaxSummaryWords (the first one always).
func summary(src *source) []*sentence {
	var out []*sentence
	words := 0
	for _, s := range src.sents {
		if opensWithQuote(s.text) || bareQuote(s.text) {
			continue
		}
		if len(out) > 0 && words+s.words > MaxSummaryWords {
			break
		}
		out = append(out, s)
		words += s.words
		if len(out) == 3 {
			break
		}
	}
	if len(out) == 0 {
		out = src.sents[:1]
	}
	return out
}
