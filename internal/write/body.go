package write

import (
	"sort"

	"tidings/internal/text"
)

// Weights of a sentence's score: its place in its article and its
// similarity to the centroid of all sources.
const (
	positionWeight   = 0.45
	centralityWeight = 0.55
	// A sentence repeats the chosen ones when this share of its terms is
	// in one of them, or in all of them together, or when its cosine to one
	// of them is this high.
	dupOverlap = 0.7
	dupCovered = 0.7
	dupCosine  = 0.6
)

// unit is one or more adjacent sentences that go together: a quotation
// with the sentence that says who spoke.
type unit struct {
	sents []*sentence
	score float64
}

// centroidOf sums the sources' term vectors, each scaled to unit length so
// that every source weighs the same.
func centroidOf(srcs []*source) text.Vector {
	c := text.Vector{}
	for _, src := range srcs {
		if n := src.vec.Norm(); n > 0 {
			c.Add(src.vec, 1/n)
		}
	}
	return c
}

// body chooses sentences from all sources and groups them into paragraphs.
func body(srcs []*source, centroid text.Vector) [][]*sentence {
	us := units(srcs, centroid)
	chosen := choose(us)
	for n := len(chosen); n > 0; n-- {
		if ps := paragraphs(chosen[:n]); len(ps) <= MaxParagraphs {
			return ps
		}
	}
	return nil
}

// units scores every sentence and ties each bare quotation to its
// attribution, dropping quotations whose speaker is not in an adjacent
// sentence of the same paragraph.
func units(srcs []*source, centroid text.Vector) []unit {
	var out []unit
	for _, src := range srcs {
		for i, s := range src.sents {
			s.score = sentenceScore(s, centroid)
			if !bareQuote(s.text) && !pronounQuote(s.text) {
				out = append(out, unit{sents: []*sentence{s}})
				continue
			}
			if u, ok := quoteUnit(src.sents, i); ok {
				out = append(out, u)
			}
		}
	}
	for i := range out {
		out[i].score = meanScore(out[i].sents)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// quoteUnit pairs the bare quotation ss[i] with an attributed neighbour in
// its paragraph, the one before first; a quotation credited to a pronoun
// ("he said") goes with the sentence before it, which names the speaker.
func quoteUnit(ss []*sentence, i int) (unit, bool) {
	s := ss[i]
	if pronounQuote(s.text) {
		if i > 0 && adjacent(ss[i-1], s) {
			return unit{sents: []*sentence{ss[i-1], s}}, true
		}
		return unit{}, false
	}
	if i > 0 && adjacent(ss[i-1], s) && attributed(ss[i-1].text) {
		return unit{sents: []*sentence{ss[i-1], s}}, true
	}
	if i+1 < len(ss) && adjacent(s, ss[i+1]) && attributed(ss[i+1].text) {
		return unit{sents: []*sentence{s, ss[i+1]}}, true
	}
	return unit{}, false
}

func adjacent(a, b *sentence) bool { return a.para == b.para && b.pos == a.pos+1 }

func meanScore(ss []*sentence) float64 {
	var sum float64
	for _, s := range ss {
		sum += s.score
	}
	return sum / float64(len(ss))
}

// choose takes units best first while they fit MaxBodyWords, skipping
// any with a sentence that repeats one already chosen. Each returned unit
// holds only the sentences it adds.
func choose(us []unit) []unit {
	var out []unit
	var picked []*sentence
	seen := map[*sentence]bool{}
	words := 0
	for _, u := range us {
		add, n, ok := fresh(u, picked, seen)
		if !ok || len(add) == 0 || words+n > MaxBodyWords {
			continue
		}
		for _, s := range add {
			seen[s] = true
			picked = append(picked, s)
		}
		words += n
		out = append(out, unit{sents: add, score: u.score})
	}
	return out
}

// fresh returns the sentences of u not yet chosen and their word count, or
// false if one of them repeats a chosen sentence.
func fresh(u unit, picked []*sentence, seen map[*sentence]bool) ([]*sentence, int, bool) {
	var add []*sentence
	n := 0
	for _, s := range u.sents {
		if seen[s] {
			continue
		}
		if repeats(s, picked) {
			return nil, 0, false
		}
		add = append(add, s)
		n += s.words
	}
	return add, n, true
}

func repeats(s *sentence, picked []*sentence) bool {
	all := text.Vector{}
	for _, p := range picked {
		if overlap(s.vec, p.vec) >= dupOverlap || text.Cosine(s.vec, p.vec) >= dupCosine {
			return true
		}
		all.Add(p.vec, 1)
	}
	return len(s.vec) > 0 && float64(shared(s.vec, all))/float64(len(s.vec)) >= dupCovered
}

// overlap is the overlap coefficient of two term sets: the share of the
// smaller set found in the larger. Sets of fewer than three terms never
// overlap, so short sentences are judged by coverage alone.
func overlap(a, b text.Vector) float64 {
	small := min(len(a), len(b))
	if small < 3 {
		return 0
	}
	return float64(shared(a, b)) / float64(small)
}

func shared(a, b text.Vector) int {
	n := 0
	for t := range a {
		if _, ok := b[t]; ok {
			n++
		}
	}
	return n
}

// paragraphs orders the chosen sentences, sources by their best unit and
// sentences by place within a source, and groups them into paragraphs of
// up to three sentences. A paragraph ends early at a change of source once
// it has two sentences; a quotation never leaves its attribution.
func paragraphs(us []unit) [][]*sentence {
	order := map[int]int{} // source -> rank of its best unit
	var all []*sentence
	for _, u := range us {
		for _, s := range u.sents {
			if _, ok := order[s.src]; !ok {
				order[s.src] = len(order)
			}
			all = append(all, s)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.src != b.src {
			return order[a.src] < order[b.src]
		}
		return a.pos < b.pos
	})
	var out [][]*sentence
	var cur []*sentence
	for _, blk := range blocks(all) {
		if len(cur) > 0 && (len(cur)+len(blk) > maxParagraphSize || (blk[0].src != cur[0].src && len(cur) >= 2)) {
			out, cur = append(out, cur), nil
		}
		cur = append(cur, blk...)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// blocks cuts ordered sentences into runs that must stay together: a bare
// quotation stays with the attributed sentence next to it, and a quotation
// credited to a pronoun with the sentence before it.
func blocks(all []*sentence) [][]*sentence {
	var out [][]*sentence
	for i, s := range all {
		glued := i > 0 && adjacent(all[i-1], s) &&
			(pronounQuote(s.text) || bareQuote(s.text) && attributed(all[i-1].text) ||
				bareQuote(all[i-1].text) && attributed(s.text) && !gluedBack(all, i-1))
		if glued {
			out[len(out)-1] = append(out[len(out)-1], s)
			continue
		}
		out = append(out, []*sentence{s})
	}
	return out
}

// gluedBack reports whether all[i] is a bare quotation already tied to the
// sentence before it.
func gluedBack(all []*sentence, i int) bool {
	return i > 0 && adjacent(all[i-1], all[i]) && attributed(all[i-1].text)
}
