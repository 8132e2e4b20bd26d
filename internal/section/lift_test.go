package section

import (
	"math"
	"testing"

	"tidings/internal/news"
)

// TestSetLiftCancelsSetStyle checks setLift's contract: a word that a set
// uses in all its sections alike (a wire's "reuters") carries no evidence
// for any of them, while a word of one section's stories does.
func TestSetLiftCancelsSetStyle(t *testing.T) {
	exs := []Example{
		{Set: "wire", Title: "reuters markets shares rally", Section: news.Business},
		{Set: "wire", Title: "reuters shares profits rise", Section: news.Business},
		{Set: "wire", Title: "reuters striker goal match", Section: news.Sports},
		{Set: "wire", Title: "reuters goal league cup", Section: news.Sports},
		{Set: "blog", Title: "shares dividend investors", Section: news.Business},
		{Set: "blog", Title: "album concert singer", Section: news.Entertainment},
	}
	// Little smoothing and a small table, so that six short stories make
	// clear estimates.
	const bits, alpha = 10, 0.001
	docs := make([][]feature, len(exs))
	for i, ex := range exs {
		docs[i] = vectorize(ex.Title, ex.Text, bits, 1, 0).feats
	}
	lift := setLift(exs, docs, 1<<bits, alpha)
	at := func(word string, s news.Section) float64 {
		return lift[int(fnv(word)&(1<<bits-1))*len(classes)+classIndex(s)]
	}
	tests := []struct {
		word    string
		section news.Section
		check   func(v float64) bool
		want    string
	}{
		{"reuters", news.Business, func(v float64) bool { return math.Abs(v) < 0.2 }, "about 0"},
		{"reuters", news.Sports, func(v float64) bool { return math.Abs(v) < 0.2 }, "about 0"},
		{"shares", news.Business, func(v float64) bool { return v > 0.5 }, "> 0.5"},
		{"goal", news.Sports, func(v float64) bool { return v > 0.5 }, "> 0.5"},
		{"goal", news.Business, func(v float64) bool { return v < -0.5 }, "< -0.5"},
	}
	for _, tt := range tests {
		if v := at(tt.word, tt.section); !tt.check(v) {
			t.Errorf("lift of %q for %s = %.3f, want %s", tt.word, tt.section, v, tt.want)
		}
	}
}

// TestVectorizeBigramWeight checks that bigrams count bigramWeight times a
// word, and not at all at weight 0.
func TestVectorizeBigramWeight(t *testing.T) {
	const bits = 16
	bucket := func(a, b string) uint32 { return mix(fnv(a), fnv(b)) & (1<<bits - 1) }
	value := func(d doc, b uint32) float32 {
		for _, f := range d.feats {
			if f.bucket == b {
				return f.value
			}
		}
		return 0
	}
	word := fnv("interest") & (1<<bits - 1)
	pair := bucket("interest", "rates")
	for _, w := range []float32{0, 0.5, 1} {
		d := vectorize("Interest rates", "", bits, 1, w)
		if got := value(d, pair) / value(d, word); math.Abs(float64(got-w)) > 1e-6 {
			t.Errorf("bigram weight %v: bigram/word value ratio %v", w, got)
		}
	}
}
