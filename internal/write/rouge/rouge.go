package rouge

import (
	"strings"
)

// Score is a precision, recall and F1, each in [0, 1].
type Score struct {
	P, R, F float64
}

func score(hits, cand, ref int) Score {
	if cand == 0 || ref == 0 {
		return Score{}
	}
	p, r := float64(hits)/float64(cand), float64(hits)/float64(ref)
	if hits == 0 {
		return Score{P: p, R: r}
	}
	return Score{P: p, R: r, F: 2 * p * r / (p + r)}
}

// Tokens returns the ROUGE tokens of s: lower-cased runs of a-z and 0-9,
// those longer than three characters Porter-stemmed.
func Tokens(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i, f := range fields {
		if len(f) > 3 {
			fields[i] = Stem(f)
		}
	}
	return fields
}

// N returns ROUGE-N of the candidate text against the reference text:
// n-gram matches, each counted at most as often as it occurs on either
// side. Sentence boundaries are ignored, as in ROUGE-1.5.5.
func N(candidate, reference string, n int) Score {
	return nScore(Tokens(candidate), Tokens(reference), n)
}

func nScore(cand, ref []string, n int) Score {
	cc, rc := ngrams(cand, n), ngrams(ref, n)
	hits, nc, nr := 0, 0, 0
	for g, c := range cc {
		hits += min(c, rc[g])
		nc += c
	}
	for _, c := range rc {
		nr += c
	}
	return score(hits, nc, nr)
}

func ngrams(toks []string, n int) map[string]int {
	out := map[string]int{}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], " ")]++
	}
	return out
}

// L returns sentence-level ROUGE-L: the longest common subsequence of the
// two texts, each taken as one sequence of tokens.
func L(candidate, reference string) Score {
	c, r := Tokens(candidate), Tokens(reference)
	return score(lcsLen(c, r), len(c), len(r))
}

// LSum returns summary-level ROUGE-L of candidate against reference
// sentences: for each reference sentence, the union of its tokens on a
// longest common subsequence with any candidate sentence counts as hits,
// each token at most as often as it remains unmatched on both sides.
func LSum(candidate, reference []string) Score {
	var cand, ref [][]string
	cc, rc := map[string]int{}, map[string]int{}
	nc, nr := 0, 0
	for _, s := range candidate {
		t := Tokens(s)
		cand = append(cand, t)
		nc += len(t)
		for _, w := range t {
			cc[w]++
		}
	}
	for _, s := range reference {
		t := Tokens(s)
		ref = append(ref, t)
		nr += len(t)
		for _, w := range t {
			rc[w]++
		}
	}
	hits := 0
	for _, r := range ref {
		for _, w := range unionLCS(r, cand) {
			if cc[w] > 0 && rc[w] > 0 {
				hits++
				cc[w]--
				rc[w]--
			}
		}
	}
	return score(hits, nc, nr)
}

// unionLCS returns, in order, the tokens of ref that lie on a longest
// common subsequence with at least one of the candidate sentences.
func unionLCS(ref []string, cand [][]string) []string {
	on := make([]bool, len(ref))
	for _, c := range cand {
		for _, i := range lcsIndices(ref, c) {
			on[i] = true
		}
	}
	var out []string
	for i, w := range ref {
		if on[i] {
			out = append(out, w)
		}
	}
	return out
}

// lcsTable returns the LCS length table of a and b: t[i][j] is the LCS of
// a[:i] and b[:j].
func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				t[i][j] = t[i-1][j-1] + 1
			} else {
				t[i][j] = max(t[i-1][j], t[i][j-1])
			}
		}
	}
	return t
}

func lcsLen(a, b []string) int { return lcsTable(a, b)[len(a)][len(b)] }

// lcsIndices returns the indices into a of one longest common subsequence
// of a and b, backtracking as ROUGE-1.5.5 and rouge_score do.
func lcsIndices(a, b []string) []int {
	t := lcsTable(a, b)
	var out []int
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, i-1)
			i--
			j--
		case t[i][j-1] > t[i-1][j]:
			j--
		default:
			i--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// Result is ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one summary.
type Result struct {
	R1, R2, RL Score
}

// Evaluate scores candidate sentences against reference sentences.
func Evaluate(candidate, reference []string) Result {
	c, r := strings.Join(candidate, "\n"), strings.Join(reference, "\n")
	return Result{R1: N(c, r, 1), R2: N(c, r, 2), RL: LSum(candidate, reference)}
}

// Mean returns the mean of results, or a zero Result for none.
func Mean(results []Result) Result {
	var m Result
	if len(results) == 0 {
		return m
	}
	for _, r := range results {
		m.R1 = add(m.R1, r.R1)
		m.R2 = add(m.R2, r.R2)
		m.RL = add(m.RL, r.RL)
	}
	n := float64(len(results))
	m.R1, m.R2, m.RL = div(m.R1, n), div(m.R2, n), div(m.RL, n)
	return m
}

func add(a, b Score) Score { return Score{a.P + b.P, a.R + b.R, a.F + b.F} }

func div(a Score, n float64) Score { return Score{a.P / n, a.R / n, a.F / n} }
