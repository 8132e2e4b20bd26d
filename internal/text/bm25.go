package text

import (
	"math"
	"sort"
)

// BM25 parameters, the usual defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Index ranks a fixed set of passages against queries with Okapi BM25 over
// their Terms. It is read-only once built and safe for concurrent use.
type Index struct {
	docs  []Vector
	lens  []float64
	df    map[string]int
	avgdl float64
}

// Hit is a passage's rank for a query.
type Hit struct {
	Doc      int     // index of the passage as given to NewIndex
	Score    float64 // BM25 score, > 0
	Coverage float64 // share of the query's IDF weight the passage matches, in [0, 1]
}

// NewIndex builds an index of passages.
func NewIndex(passages []string) *Index {
	ix := &Index{df: map[string]int{}}
	var total float64
	for _, p := range passages {
		v := TermVector(p)
		var n float64
		for t, c := range v {
			ix.df[t]++
			n += c
		}
		ix.docs = append(ix.docs, v)
		ix.lens = append(ix.lens, n)
		total += n
	}
	if len(passages) > 0 {
		ix.avgdl = total / float64(len(passages))
	}
	return ix
}

// Len returns the number of passages.
func (ix *Index) Len() int { return len(ix.docs) }

// IDF returns the inverse document frequency of term t (a stem, see Terms);
// a term in no passage gets the highest IDF.
func (ix *Index) IDF(t string) float64 {
	n, df := float64(len(ix.docs)), float64(ix.df[t])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// Search returns up to k passages that share a term with query, best first;
// ties keep passage order. k <= 0 means all.
func (ix *Index) Search(query string, k int) []Hit {
	q := TermVector(query)
	var hits []Hit
	for d := range ix.docs {
		if h := ix.score(q, d); h.Score > 0 {
			hits = append(hits, h)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if k > 0 && len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

func (ix *Index) score(q Vector, d int) Hit {
	h := Hit{Doc: d}
	var weight, matched float64
	for t := range q {
		idf := ix.IDF(t)
		weight += idf
		tf := ix.docs[d][t]
		if tf == 0 {
			continue
		}
		matched += idf
		norm := tf + bm25K1*(1-bm25B+bm25B*ix.lens[d]/ix.avgdl)
		h.Score += idf * tf * (bm25K1 + 1) / norm
	}
	if weight > 0 {
		h.Coverage = matched / weight
	}
	return h
}
