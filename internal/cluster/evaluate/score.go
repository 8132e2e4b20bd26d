package evaluate

import (
	"math"
	"slices"
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
	all := make([]bool, len(pred))
	for i := range all {
		all[i] = true
	}
	return bcubedOn(pred, gold, all)
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
	return newBaselines(c, window)[0]
}

// newBaselines runs the textbook method over c once for each window, with
// the similarities computed once.
func newBaselines(c *corpus, windows ...time.Duration) []*baseline {
	sim := similarities(c)
	n := len(sim)
	out := make([]*baseline, len(windows))
	for k, w := range windows {
		work := sim
		if k < len(windows)-1 { // averageLink overwrites the matrix
			work = make([][]float64, n)
			for i := range sim {
				work[i] = slices.Clone(sim[i])
			}
		}
		spans := make([]span, n)
		for i, a := range c.articles {
			spans[i] = span{a.Published, a.Published}
		}
		out[k] = &baseline{merges: averageLink(work, spans, w), n: n}
	}
	return out
}

// similarities returns the textbook cosine of every two articles of c.
func similarities(c *corpus) [][]float64 {
	n := len(c.articles)
	counts := make([]text.Vector, n)
	df := map[string]int{}
	for i, a := range c.articles {
		counts[i] = text.TermVector(a.Title + "\n" + a.Text)
		for t := range counts[i] {
			df[t]++
		}
	}
	// Sorted sparse vectors of unit length, for a merge-join dot product.
	ids := map[string]int{}
	vecs := make([][]weighted, n)
	for i, v := range counts {
		var norm float64
		for t, x := range v {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			w := x * math.Log(float64(n)/float64(df[t]))
			norm += w * w
			vecs[i] = append(vecs[i], weighted{id, w})
		}
		slices.SortFunc(vecs[i], func(a, b weighted) int { return a.id - b.id })
		for k := range vecs[i] {
			if norm > 0 {
				vecs[i][k].w /= math.Sqrt(norm)
			}
		}
	}
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			sim[i][j] = cosine(vecs[i], vecs[j])
			sim[j][i] = sim[i][j]
		}
	}
	return sim
}

type weighted struct {
	id int
	w  float64
}

// cosine is the dot product of two unit vectors sorted by id, rounded to
// 12 decimals so that equal similarities tie on every run.
func cosine(a, b []weighted) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return math.Round(s*1e12) / 1e12
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
// Each step joins the most similar allowed pair (the first in row order of
// a tie). Each live cluster keeps its best allowed partner among the later
// rows, so a step costs a scan of those plus the rows whose partner the
// step changed, not of all pairs.
func averageLink(sim [][]float64, spans []span, window time.Duration) []merge {
	n := len(sim)
	size := make([]int, n)
	alive := make([]bool, n)
	for i := range size {
		size[i], alive[i] = 1, true
	}
	nn := make([]int, n) // best allowed partner j > i, or -1
	nnSim := make([]float64, n)
	best := func(i int) {
		nn[i], nnSim[i] = -1, math.Inf(-1)
		for j := i + 1; j < n; j++ {
			if alive[j] && sim[i][j] > nnSim[i] && spans[i].near(spans[j], window) {
				nn[i], nnSim[i] = j, sim[i][j]
			}
		}
	}
	for i := range n {
		best(i)
	}
	var out []merge
	for range n - 1 {
		bi, top := -1, math.Inf(-1)
		for i := range n {
			if alive[i] && nn[i] >= 0 && nnSim[i] > top {
				bi, top = i, nnSim[i]
			}
		}
		if bi < 0 {
			break
		}
		bj := nn[bi]
		out = append(out, merge{bi, bj, top})
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
		best(bi)
		for k := range bi { // rows before bi: their pair with bi changed
			if !alive[k] {
				continue
			}
			if nn[k] == bi || nn[k] == bj {
				best(k)
			} else if s := sim[k][bi]; spans[k].near(spans[bi], window) && (s > nnSim[k] || s == nnSim[k] && bi < nn[k]) {
				nn[k], nnSim[k] = bi, s
			}
		}
		for k := bi + 1; k < n; k++ { // rows after bi may have had bj
			if alive[k] && nn[k] == bj {
				best(k)
			}
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
