package evaluate

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"tidings/internal/news"
	"tidings/internal/section"
)

// wordRE is scikit-learn's default token pattern: runs of two or more word
// characters.
var wordRE = regexp.MustCompile(`\b\w\w+\b`)

// tfidfNB is the textbook baseline: scikit-learn's TfidfVectorizer with its
// defaults (lower case, unigrams, raw term counts times smoothed idf
// ln((1+N)/(1+df))+1, unit length) feeding MultinomialNB (class priors
// fitted from the training mix) with smoothing alpha. Title and text are
// joined with a space. The vocabulary is exact, not hashed.
type tfidfNB struct {
	vocab map[string]int
	idf   []float64
	prior []float64
	logp  [][]float64 // per class, per term
}

func trainTfidfNB(exs []section.Example, alpha float64) *tfidfNB {
	m := &tfidfNB{vocab: map[string]int{}}
	docs := make([][]string, len(exs))
	var df []float64
	for i, ex := range exs {
		docs[i] = wordRE.FindAllString(strings.ToLower(ex.Title+" "+ex.Text), -1)
		seen := map[int]bool{}
		for _, w := range docs[i] {
			id, ok := m.vocab[w]
			if !ok {
				id = len(m.vocab)
				m.vocab[w] = id
				df = append(df, 0)
			}
			if !seen[id] {
				seen[id] = true
				df[id]++
			}
		}
	}
	n := float64(len(exs))
	m.idf = make([]float64, len(df))
	for id, d := range df {
		m.idf[id] = math.Log((1+n)/(1+d)) + 1
	}
	k := len(news.Sections)
	counts := make([][]float64, k)
	for c := range counts {
		counts[c] = make([]float64, len(df))
	}
	classN := make([]float64, k)
	for i, ex := range exs {
		c := sectionIndex(ex.Section)
		if c < 0 {
			continue
		}
		classN[c]++
		for _, t := range m.vector(docs[i]) {
			counts[c][t.id] += t.x
		}
	}
	m.prior = make([]float64, k)
	m.logp = make([][]float64, k)
	for c := range k {
		m.prior[c] = math.Log(classN[c] / n) // -Inf for a class with no examples
		var total float64
		for _, v := range counts[c] {
			total += v
		}
		m.logp[c] = make([]float64, len(df))
		denom := math.Log(total + alpha*float64(len(df)))
		for id, v := range counts[c] {
			m.logp[c][id] = math.Log(v+alpha) - denom
		}
	}
	return m
}

// vector returns the unit-length tf-idf vector of a tokenized document,
// over known terms only.
func (m *tfidfNB) vector(words []string) []term {
	tf := map[int]float64{}
	for _, w := range words {
		if id, ok := m.vocab[w]; ok {
			tf[id]++
		}
	}
	v := make([]term, 0, len(tf))
	var norm float64
	for id, x := range tf {
		x *= m.idf[id]
		v = append(v, term{id, x})
		norm += x * x
	}
	// Sorted, so that sums run in the same order on every run.
	slices.SortFunc(v, func(a, b term) int { return a.id - b.id })
	for i := range v {
		v[i].x /= math.Sqrt(norm)
	}
	return v
}

type term struct {
	id int
	x  float64
}

func (m *tfidfNB) predict(title, text string, allowed []news.Section) news.Section {
	v := m.vector(wordRE.FindAllString(strings.ToLower(title+" "+text), -1))
	best, bestScore := news.Section(""), math.Inf(-1)
	for c, s := range news.Sections {
		if len(allowed) > 0 && !contains(allowed, s) {
			continue
		}
		score := m.prior[c]
		for _, t := range v {
			score += t.x * m.logp[c][t.id]
		}
		if best == "" || score > bestScore {
			best, bestScore = s, score
		}
	}
	return best
}

func sectionIndex(s news.Section) int {
	for i, x := range news.Sections {
		if x == s {
			return i
		}
	}
	return -1
}

func contains(list []news.Section, s news.Section) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
