package text

import "math"

// Vector is a bag of terms with weights.
type Vector map[string]float64

// TermVector returns the term counts of s (see Terms).
func TermVector(s string) Vector {
	v := Vector{}
	for _, t := range Terms(s) {
		v[t]++
	}
	return v
}

// Add adds w times u to v.
func (v Vector) Add(u Vector, w float64) {
	for t, x := range u {
		v[t] += w * x
	}
}

// Norm returns the Euclidean length of v.
func (v Vector) Norm() float64 {
	var s float64
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

// Cosine returns the cosine similarity of a and b, 0 if either is empty.
func Cosine(a, b Vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot float64
	for t, x := range a {
		dot += x * b[t]
	}
	na, nb := a.Norm(), b.Norm()
	if na == 0 || nb == 0 {
		return 0
	}
	return stable(dot / (na * nb))
}

// stable rounds a similarity to 12 decimals. Map order changes the order
// of the sums above, and with it the last bits of the result; rounding makes
// equal similarities come out equal on every run, so ties between them fall
// the same way each time.
func stable(x float64) float64 { return math.Round(x*1e12) / 1e12 }

// Jaccard returns the Jaccard similarity of the term sets of a and b, 0 if
// both are empty.
func Jaccard(a, b Vector) float64 {
	inter := 0
	for t := range a {
		if _, ok := b[t]; ok {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
