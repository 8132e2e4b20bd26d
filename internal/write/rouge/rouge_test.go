package rouge

import (
	"math"
	"reflect"
	"testing"
)

func TestStem(t *testing.T) {
	// Pairs from Porter's paper and his published vocabulary.
	tests := []struct{ name, in, want string }{
		{"sses", "caresses", "caress"}, {"ies", "ponies", "poni"}, {"ss", "caress", "caress"},
		{"s", "cats", "cat"}, {"eed short", "feed", "feed"}, {"eed", "agreed", "agre"},
		{"ed", "plastered", "plaster"}, {"ed no vowel", "bled", "bled"}, {"ing", "motoring", "motor"},
		{"ing no vowel", "sing", "sing"}, {"at", "conflated", "conflat"}, {"bl", "troubled", "troubl"},
		{"iz", "sized", "size"}, {"double", "hopping", "hop"}, {"double l", "falling", "fall"},
		{"double s", "hissing", "hiss"}, {"cvc e", "filing", "file"}, {"y", "happy", "happi"},
		{"y kept", "sky", "sky"}, {"ational", "relational", "relat"}, {"tional", "conditional", "condit"},
		{"ization", "vietnamization", "vietnam"}, {"iveness", "decisiveness", "decis"},
		{"fulness", "hopefulness", "hope"}, {"biliti", "sensibiliti", "sensibl"},
		{"icate", "triplicate", "triplic"}, {"ative", "formative", "form"}, {"ical", "electrical", "electr"},
		{"ness", "goodness", "good"}, {"al", "revival", "reviv"}, {"ance", "allowance", "allow"},
		{"er", "airliner", "airlin"}, {"ement", "replacement", "replac"}, {"ment", "adjustment", "adjust"},
		{"ion", "adoption", "adopt"}, {"ous", "homologous", "homolog"}, {"ate", "activate", "activ"},
		{"e", "probate", "probat"}, {"e kept", "rate", "rate"}, {"e m1", "cease", "ceas"},
		{"ll", "controlling", "control"}, {"short", "is", "is"}, {"digits", "2015", "2015"},
		{"news", "killed", "kill"}, {"ousli then ous", "generously", "gener"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Stem(tt.in); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	got := Tokens("Police killed the gunman's 2 dogs in U.S.-led raids!")
	want := []string{"polic", "kill", "the", "gunman", "s", "2", "dog", "in", "u", "s", "led", "raid"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScores(t *testing.T) {
	// Worked by hand: "the cat sat on the mat" against "the cat is on the
	// mat" shares 5 of 6 unigrams, 3 of 5 bigrams (the cat, on the, the
	// mat) and an LCS of 5 (the cat on the mat).
	c, r := "the cat sat on the mat", "the cat is on the mat"
	tests := []struct {
		name    string
		got     Score
		p, r, f float64
	}{
		{"rouge-1", N(c, r, 1), 5.0 / 6, 5.0 / 6, 5.0 / 6},
		{"rouge-2", N(c, r, 2), 3.0 / 5, 3.0 / 5, 3.0 / 5},
		{"rouge-l", L(c, r), 5.0 / 6, 5.0 / 6, 5.0 / 6},
		{"rouge-lsum one sentence", LSum([]string{c}, []string{r}), 5.0 / 6, 5.0 / 6, 5.0 / 6},
		// Lin (2004), section 3.2: reference a b c d e; candidates a b f g h
		// and a c h i e. The LCSs are "a b" and "a c e", their union
		// "a b c e": 4 hits of 5 reference and 10 candidate tokens.
		{"rouge-lsum union", LSum([]string{"a b f g h", "a c h i e"}, []string{"a b c d e"}), 0.4, 0.8, 2 * 0.4 * 0.8 / 1.2},
		// Clipping: "the" thrice against once counts once.
		{"clipped", N("the the the", "the cat", 1), 1.0 / 3, 0.5, 0.4},
		// Stemming makes "killed" meet "kills".
		{"stemmed", N("police killed him", "police kills him", 1), 1, 1, 1},
		{"empty", N("", "the cat", 1), 0, 0, 0},
		{"disjoint", N("dog", "cat", 1), 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !near(tt.got.P, tt.p) || !near(tt.got.R, tt.r) || !near(tt.got.F, tt.f) {
				t.Errorf("got %+v, want P %v R %v F %v", tt.got, tt.p, tt.r, tt.f)
			}
		})
	}
}

func TestMean(t *testing.T) {
	m := Mean([]Result{{R1: Score{1, 1, 1}}, {R1: Score{0, 0.5, 0}}})
	if !near(m.R1.P, 0.5) || !near(m.R1.R, 0.75) || !near(m.R1.F, 0.5) {
		t.Errorf("Mean = %+v", m.R1)
	}
}
