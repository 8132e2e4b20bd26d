package evaluate

import (
	"math"
	"time"

	"tidings/internal/text"
)

// score is a B-cubed precision, recall and F1 (Bagga and Baldwin 1998):
// for each article, the share of its predicted cluster that shares its
// gold event, and the share of its gold event that shares its predicted
// cluster, averaged over articles.
type score struct{ p, r, f1 float64 }

// bcubed scores the predicted clusters pred against the gold events.
func bcubed[K comparable](pred []K, gold []string) score {
	type pair struct {
		p K
		g string
	}
	both, inPred, inGold := map[pair]int{}, map[K]int{}, map[string]int{}
	for i := range pred {
		both[pair{pred[i], gold[i]}]++
		inPred[pred[i]]++
		inGold[gold[i]]++
	}
	var s score
	for i := range pred {
		n := float64(both[pair{pred[i], gold[i]}])
		s.p += n / float64(inPred[pred[i]])
		s.r += n / float64(inGold[gold[i]])
	}
	if len(pred) == 0 {
		return s
	}
	s.p /= float64(len(pred))
	s.r /= float64(len(pred))
	if s.p+s.r > 0 {
		s.f1 = 2 * s.p * s.r / (s.p + s.r)
	}
	return s
}

// grid is the thresholds tried when tuning: 0.02 to 0.80 by 0.01.
func grid() []float64 {
	var out []float64
	for i := 2; i <= 80; i++ {
		out = append(out, float64(i)/100)
	}
	return out
}

// tune returns the threshold of grid with the best F1 under cluster (the
// lowest one of a tie) and that F1.
func tune(c *corpus, cluster func(c *corpus, threshold float64) []int64) (float64, score) {
	bestT, best := 0.0, score{f1: -1}
	for _, t := range grid() {
		if s := bcubed(cluster(c, t), c.gold); s.f1 > best.f1+1e-12 {
			bestT, best = t, s
		}
	}
	return bestT, best
}

// baseline is the textbook method: TF-IDF vectors (term counts times
// ln(N/df)) of title and text, cosine similarity, and average-link
// agglomerative clustering cut at a threshold. It keeps the merges of one
// full run so that every cut is cheap.
//
// With a window, it obeys the constraint the clusterer works under: no
// cluster holds two articles, next to each other in time, more than the
// window apart (two clusters may join only when their time spans come
// within the window of each other). The best allowed pair is joined at
// each step, so a cut at a threshold is the same as stopping there.
type baseline struct {
	merges []merge // in order of joining
	n      int
}

type merge struct {
	a, b int // representatives of the clusters joined
	sim  float64
}

// newBaseline runs the textbook method over c, bound by window when it is
// positive.
func newBaseline(c *corpus, window time.Duration) *baseline {
	n := len(c.articles)
	vecs := make([]text.Vector, n)
	df := map[string]int{}
	for i, a := range c.articles {
		vecs[i] = text.TermVector(a.Title + "\n" + a.Text)
		for t := range vecs[i] {
			df[t]++
		}
	}
	for _, v := range vecs {
		for t := range v {
			v[t] *= math.Log(float64(n) / float64(df[t]))
		}
	}
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			sim[i][j] = text.Cosine(vecs[i], vecs[j])
			sim[j][i] = sim[i][j]
		}
	}
	spans := make([]span, n)
	for i, a := range c.articles {
		spans[i] = span{a.Published, a.Published}
	}
	return &baseline{merges: averageLink(sim, spans, window), n: n}
}

// span is the time from a cluster's first article to its last.
type span struct{ first, last time.Time }

// near reports whether s and o come within window of each other (always
// when window is not positive).
func (s span) near(o span, window time.Duration) bool {
	if window <= 0 {
		return true
	}
	return o.first.Sub(s.last) <= window && s.first.Sub(o.last) <= window
}

// averageLink clusters by average link until no allowed pair is left and
// returns the merges, updating similarities by Lance and Williams. Two
// clusters are an allowed pair when their spans are near within window.
func averageLink(sim [][]float64, spans []span, window time.Duration) []merge {
	n := len(sim)
	size := make([]int, n)
	alive := make([]bool, n)
	for i := range size {
		size[i], alive[i] = 1, true
	}
	var out []merge
	for range n - 1 {
		bi, bj, best := -1, -1, math.Inf(-1)
		for i := range n {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if alive[j] && sim[i][j] > best && spans[i].near(spans[j], window) {
					bi, bj, best = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 {
			break
		}
		out = append(out, merge{bi, bj, best})
		for k := range n {
			if alive[k] && k != bi && k != bj {
				s := (float64(size[bi])*sim[bi][k] + float64(size[bj])*sim[bj][k]) / float64(size[bi]+size[bj])
				sim[bi][k], sim[k][bi] = s, s
			}
		}
		size[bi] += size[bj]
		alive[bj] = false
		if spans[bj].first.Before(spans[bi].first) {
			spans[bi].first = spans[bj].first
		}
		if spans[bj].last.After(spans[bi].last) {
			spans[bi].last = spans[bj].last
		}
	}
	return out
}

// cut returns the clusters of the merges at or above threshold, as the
// representative of each article.
func (b *baseline) cut(threshold float64) []int64 {
	parent := make([]int, b.n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, m := range b.merges {
		if m.sim < threshold {
			break
		}
		parent[find(m.b)] = find(m.a)
	}
	out := make([]int64, b.n)
	for i := range out {
		out[i] = int64(find(i))
	}
	return out
}
