package cluster

import (
	"math/bits"
	"strings"

	"tidings/internal/text"
)

// MinHash parameters. A signature holds numHashes minimum values; LSH cuts
// it into bands of rows values, and two articles become candidates when any
// band agrees. With 64 bands of 2 rows a pair of Jaccard similarity 0.18 (a
// wire story of 200 words run inside one of 1,000) is found 87% of the
// time, one of 0.3 in 99.8%, while unrelated articles rarely meet.
const (
	shingleWords = 5
	numHashes    = 128
	rows         = 2
	bands        = numHashes / rows
	// minShingles is the least number of shingles a text needs to be
	// compared as a copy: shorter texts are matched only exactly.
	minShingles = 20
)

// signature is the MinHash signature of an article's word shingles.
type signature struct {
	mins     [numHashes]uint32
	shingles int // distinct shingles, about: the size of the set
}

// hashSeeds are the multipliers and addends of the numHashes hash
// functions, fixed so that signatures are the same in every process.
var hashSeeds = func() (s [numHashes][2]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		s[i] = [2]uint64{splitmix(&x) | 1, splitmix(&x)}
	}
	return s
}()

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// minhash returns the signature of body's word shingles, or nil if it has
// fewer than minShingles of them.
func minhash(body string) *signature {
	words := text.Tokens(body)
	if len(words)-shingleWords+1 < minShingles {
		return nil
	}
	hashes := make([]uint64, len(words))
	for i, w := range words {
		hashes[i] = fnv64(w)
	}
	sig := &signature{}
	for i := range sig.mins {
		sig.mins[i] = ^uint32(0)
	}
	seen := make(map[uint64]struct{}, len(words))
	for i := 0; i+shingleWords <= len(words); i++ {
		var s uint64
		for _, h := range hashes[i : i+shingleWords] {
			s = bits.RotateLeft64(s, 17) ^ h
			s *= 0xff51afd7ed558ccd
		}
		if _, dup := seen[s]; dup {
			continue
		}
		seen[s] = struct{}{}
		for j, ab := range hashSeeds {
			if v := uint32((s*ab[0] + ab[1]) >> 32); v < sig.mins[j] {
				sig.mins[j] = v
			}
		}
	}
	sig.shingles = len(seen)
	return sig
}

// bandKeys returns the LSH bucket of each band of sig.
func (sig *signature) bandKeys() [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		k := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, m := range sig.mins[b*rows : (b+1)*rows] {
			k = (bits.RotateLeft64(k, 23) ^ uint64(m)) * 0xbf58476d1ce4e5b9
		}
		keys[b] = k
	}
	return keys
}

// containment estimates the share of the smaller shingle set that lies in
// the larger one: from the Jaccard estimate J of the signatures and the set
// sizes, |A∩B| = J(|A|+|B|)/(1+J). A wire story cut short by an outlet is
// still contained in the full one.
func containment(a, b *signature) float64 {
	same := 0
	for i := range a.mins {
		if a.mins[i] == b.mins[i] {
			same++
		}
	}
	j := float64(same) / numHashes
	inter := j * float64(a.shingles+b.shingles) / (1 + j)
	return min(1, inter/float64(min(a.shingles, b.shingles)))
}

// textKey returns a hash of body with case and white space ignored, 0 for
// an empty text.
func textKey(body string) uint64 {
	fields := strings.Fields(body)
	if len(fields) == 0 {
		return 0
	}
	return fnv64(strings.ToLower(strings.Join(fields, " "))) | 1
}

// fnv64 is the 64-bit FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
