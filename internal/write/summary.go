package write

import (
	"sort"

	"tidings/internal/text"
)

// leadSource returns the source closest to the centroid of all sources:
// the most representative report, whose sentences make the summary.
func leadSource(srcs []*source, centroid text.Vector) *source {
	best, bestSim := srcs[0], -1.0
	for _, src := range srcs {
		if sim := text.Cosine(src.vec, centroid); sim > bestSim {
			best, bestSim = src, sim
		}
	}
	return best
}

// summarySentences is how many sentences a summary has at most.
const summarySentences = 3

// summary returns up to three informative sentences of src that are not
// quotations, in their order in the article: the best by the body's score
// (place in the article and similarity to the centroid of all sources),
// skipping any that nearly repeats one taken or would pass MaxSummaryWords. The
// best sentence is always taken, whatever its length.
//
// On the cnndm-sample this beats Lead-3 on ROUGE-1 and ROUGE-2 (see
// write/evaluate); it stays extractive, so it is faithful by construction.
func summary(src *source, centroid text.Vector) []*sentence {
	var cands []*sentence
	for _, s := range src.sents {
		if !opensWithQuote(s.text) && !bareQuote(s.text) {
			cands = append(cands, s)
		}
	}
	if len(cands) == 0 {
		return src.sents[:1]
	}
	score := make(map[*sentence]float64, len(cands))
	for _, s := range cands {
		score[s] = sentenceScore(s, centroid)
	}
	sort.SliceStable(cands, func(i, j int) bool { return score[cands[i]] > score[cands[j]] })
	var out []*sentence
	words := 0
	for _, s := range cands {
		if len(out) > 0 && (words+s.words > MaxSummaryWords || nearDuplicate(s, out)) {
			continue
		}
		out = append(out, s)
		words += s.words
		if len(out) == summarySentences {
			break
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

// sentenceScore rates a sentence for summary and body: early in its
// article and close to what all sources say.
func sentenceScore(s *sentence, centroid text.Vector) float64 {
	return positionWeight/(1+float64(s.pos)/2) + centralityWeight*text.Cosine(s.vec, centroid)
}

// nearDuplicate reports whether s says nearly what one of taken says (a
// cosine above dupCosine). Summaries test only this, not the body's
// stricter repeats: three sentences rarely repeat each other, and on the
// cnndm-sample the stricter test cost 0.6 ROUGE-2.
func nearDuplicate(s *sentence, taken []*sentence) bool {
	for _, p := range taken {
		if text.Cosine(s.vec, p.vec) > dupCosine {
			return true
		}
	}
	return false
}
