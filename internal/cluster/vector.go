package cluster

import (
	"math"
	"slices"

	"tidings/internal/text"
)

// entry is one weighted term of a sparse vector.
type entry struct {
	term   uint32
	weight float64
}

// sparse is a vector as its non-zero entries, sorted by term.
type sparse []entry

// dot returns the dot product of a and b (a merge join).
func dot(a, b sparse) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			s += a[i].weight * b[j].weight
			i++
			j++
		}
	}
	return s
}

// norm returns the Euclidean length of v.
func (v sparse) norm() float64 {
	var s float64
	for _, e := range v {
		s += e.weight * e.weight
	}
	return math.Sqrt(s)
}

// add returns v + u as a new vector.
func add(v, u sparse) sparse {
	out := make(sparse, 0, len(v)+len(u))
	i, j := 0, 0
	for i < len(v) && j < len(u) {
		switch {
		case v[i].term < u[j].term:
			out = append(out, v[i])
			i++
		case v[i].term > u[j].term:
			out = append(out, u[j])
			j++
		default:
			out = append(out, entry{v[i].term, v[i].weight + u[j].weight})
			i++
			j++
		}
	}
	out = append(out, v[i:]...)
	return append(out, u[j:]...)
}

// top returns the terms of the n heaviest entries of v, heaviest first.
func (v sparse) top(n int) []uint32 {
	byWeight := slices.Clone(v)
	slices.SortFunc(byWeight, heavierFirst)
	byWeight = byWeight[:min(n, len(byWeight))]
	terms := make([]uint32, len(byWeight))
	for i, e := range byWeight {
		terms[i] = e.term
	}
	return terms
}

// truncate keeps the n heaviest entries of v, still sorted by term.
func (v sparse) truncate(n int) sparse {
	if len(v) <= n {
		return v
	}
	slices.SortFunc(v, heavierFirst)
	v = slices.Clip(v[:n])
	slices.SortFunc(v, byTerm)
	return v
}

func heavierFirst(a, b entry) int {
	switch {
	case a.weight > b.weight:
		return -1
	case a.weight < b.weight:
		return 1
	}
	return int(a.term) - int(b.term)
}

func byTerm(a, b entry) int { return int(a.term) - int(b.term) }

// vocabulary numbers terms and counts the articles each occurs in, for
// inverse document frequencies. It keeps one entry per distinct term ever
// seen: its size follows the vocabulary of the news (which grows ever more
// slowly), not the number of articles.
type vocabulary struct {
	ids  map[string]uint32
	df   []uint32
	docs int
}

func newVocabulary() *vocabulary { return &vocabulary{ids: map[string]uint32{}} }

// titleWeight is how many times a title term counts: headlines name the
// event in few words.
const titleWeight = 2

// vector returns the TF-IDF vector of an article's title and text,
// L2-normalized, with sublinear term frequency (1 + ln tf). When learn is
// true the article first counts towards document frequencies.
func (voc *vocabulary) vector(title, body string, learn bool) sparse {
	// Terms in order of first appearance, so that new terms are numbered
	// the same way in every run.
	var terms []string
	counts := map[string]float64{}
	count := func(t string, w float64) {
		if foreignStopwords[t] {
			return
		}
		if _, ok := counts[t]; !ok {
			terms = append(terms, t)
		}
		counts[t] += w
	}
	for _, t := range text.Terms(title) {
		count(t, titleWeight)
	}
	for _, t := range text.Terms(body) {
		count(t, 1)
	}
	if learn && len(terms) > 0 {
		voc.docs++
	}
	v := make(sparse, 0, len(terms))
	for _, t := range terms {
		id, ok := voc.ids[t]
		if !ok {
			if !learn {
				continue
			}
			id = uint32(len(voc.df))
			voc.ids[t] = id
			voc.df = append(voc.df, 0)
		}
		if learn {
			voc.df[id]++
		}
		v = append(v, entry{id, counts[t]})
	}
	for i := range v {
		idf := math.Log(float64(voc.docs+1)/float64(voc.df[v[i].term]+1)) + 1
		v[i].weight = (1 + math.Log(v[i].weight)) * idf
	}
	slices.SortFunc(v, byTerm)
	if n := v.norm(); n > 0 {
		for i := range v {
			v[i].weight /= n
		}
	}
	return v
}

// knownShare is the least share of an article's length (of its TF-IDF
// vector) that vocabulary.seen credits to the terms earlier articles had:
// the cosine of an article made mostly of new words is raised at most by
// this inverse (twice), so that two unrelated articles that share a few
// common words do not look alike because all their other words are new.
const knownShare = 0.5

// seen returns v without the terms that no earlier article had, scaled to
// unit length (or by 1/knownShare, when they weigh less than that): the
// vector an article is compared with stories by. A term seen for the first
// time can match no story, yet it takes the highest IDF and so shrinks
// every cosine of the article; early in a stream, or on a quiet feed, many
// of an article's words are new and its true match falls below the
// threshold. Its full vector still goes into the story it joins, so that
// later articles can match on it. Learn v's article first.
func (voc *vocabulary) seen(v sparse) sparse {
	out := make(sparse, 0, len(v))
	for _, e := range v {
		if voc.df[e.term] > 1 {
			out = append(out, e)
		}
	}
	if n := max(out.norm(), knownShare); n > 0 {
		for i := range out {
			out[i].weight /= n
		}
	}
	return out
}

// Where a term stops being rare: in more of the articles seen than
// rareShare of them, or than rareFloor while those are fewer than
// rareFloor/rareShare (on a short stream, a share is too few articles to
// hold one event's coverage).
const (
	rareShare = 0.01
	rareFloor = 12
)

// rarity returns how far term t counts as rare, in (0, 1]: 1 when at most
// max(rareFloor, rareShare × articles seen) articles had it, falling with
// the square of that limit over its document frequency above it, so that
// a term just past the limit still counts most of the way and a common
// word hardly at all. A term never seen counts as rare.
func (voc *vocabulary) rarity(t uint32) float64 {
	if int(t) >= len(voc.df) { // never seen
		return 1
	}
	limit := max(rareFloor, rareShare*float64(voc.docs))
	df := float64(voc.df[t])
	if df <= limit {
		return 1
	}
	r := limit / df
	return r * r
}
