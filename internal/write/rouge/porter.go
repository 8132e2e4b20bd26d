package rouge

// Stem returns the Porter stem of a lower-case ASCII word, by the
// algorithm of M. F. Porter, "An algorithm for suffix stripping" (1980), as
// in his reference C implementation (with its "bli" and "logi" rules).
// Words of one or two letters, and words with a character outside a-z, are
// returned unchanged.
func Stem(w string) string {
	if len(w) <= 2 {
		return w
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return w
		}
	}
	s := &stemmer{b: []byte(w)}
	s.k = len(s.b) - 1
	s.step1ab()
	if s.k > 0 {
		s.step1c()
		s.step2()
		s.step3()
		s.step4()
		s.step5()
	}
	return string(s.b[:s.k+1])
}

// stemmer holds a word being stemmed: b[0..k] is the current word, and
// j marks the end of the stem before a suffix that ends matched.
type stemmer struct {
	b    []byte
	k, j int
}

// cons reports whether b[i] is a consonant.
func (s *stemmer) cons(i int) bool {
	switch s.b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !s.cons(i-1)
	}
	return true
}

// m measures the consonant-vowel sequences in b[0..j]: [C](VC)^m[V].
func (s *stemmer) m() int {
	n, i := 0, 0
	for ; i <= s.j && s.cons(i); i++ {
	}
	for i <= s.j {
		for ; i <= s.j && !s.cons(i); i++ {
		}
		if i > s.j {
			break
		}
		n++
		for ; i <= s.j && s.cons(i); i++ {
		}
	}
	return n
}

// vowelInStem reports whether b[0..j] has a vowel.
func (s *stemmer) vowelInStem() bool {
	for i := 0; i <= s.j; i++ {
		if !s.cons(i) {
			return true
		}
	}
	return false
}

// doublec reports whether b[i-1..i] is a double consonant.
func (s *stemmer) doublec(i int) bool {
	return i >= 1 && s.b[i] == s.b[i-1] && s.cons(i)
}

// cvc reports whether b[i-2..i] is consonant-vowel-consonant and b[i] is
// not w, x or y: the condition for restoring an e (hop -> hope).
func (s *stemmer) cvc(i int) bool {
	if i < 2 || !s.cons(i) || s.cons(i-1) || !s.cons(i-2) {
		return false
	}
	c := s.b[i]
	return c != 'w' && c != 'x' && c != 'y'
}

// ends reports whether b[0..k] ends with suf, setting j before it.
func (s *stemmer) ends(suf string) bool {
	n := len(suf)
	if n > s.k+1 || string(s.b[s.k-n+1:s.k+1]) != suf {
		return false
	}
	s.j = s.k - n
	return true
}

// setTo replaces b[j+1..k] by r.
func (s *stemmer) setTo(r string) {
	s.b = append(s.b[:s.j+1], r...)
	s.k = s.j + len(r)
}

func (s *stemmer) step1ab() {
	if s.b[s.k] == 's' {
		switch {
		case s.ends("sses"):
			s.k -= 2
		case s.ends("ies"):
			s.setTo("i")
		case s.k >= 1 && s.b[s.k-1] != 's':
			s.k--
		}
	}
	if s.ends("eed") {
		if s.m() > 0 {
			s.k--
		}
		return
	}
	if !(s.ends("ed") || s.ends("ing")) || !s.vowelInStem() {
		return
	}
	s.k = s.j
	switch {
	case s.ends("at"):
		s.setTo("ate")
	case s.ends("bl"):
		s.setTo("ble")
	case s.ends("iz"):
		s.setTo("ize")
	case s.doublec(s.k):
		if c := s.b[s.k]; c != 'l' && c != 's' && c != 'z' {
			s.k--
		}
	default:
		s.j = s.k
		if s.m() == 1 && s.cvc(s.k) {
			s.b = append(s.b[:s.k+1], 'e')
			s.k++
		}
	}
}

func (s *stemmer) step1c() {
	if s.ends("y") && s.vowelInStem() {
		s.b[s.k] = 'i'
	}
}

// rule is a suffix and its replacement.
type rule struct{ suf, rep string }

var step2Rules = []rule{
	{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
	{"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
	{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
	{"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
	{"logi", "log"},
}

var step3Rules = []rule{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

var step4Suffixes = []string{
	"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
	"ism", "ate", "iti", "ous", "ive", "ize",
}

// replaceFirst applies the first rule whose suffix ends the word, if the
// stem before it has m > 0; later rules are not tried.
func (s *stemmer) replaceFirst(rules []rule) {
	for _, r := range rules {
		if s.ends(r.suf) {
			if s.m() > 0 {
				s.setTo(r.rep)
			}
			return
		}
	}
}

func (s *stemmer) step2() { s.replaceFirst(step2Rules) }
func (s *stemmer) step3() { s.replaceFirst(step3Rules) }

func (s *stemmer) step4() {
	for _, suf := range step4Suffixes {
		if !s.ends(suf) {
			continue
		}
		if suf == "ion" && (s.j < 0 || (s.b[s.j] != 's' && s.b[s.j] != 't')) {
			continue
		}
		if s.m() > 1 {
			s.k = s.j
		}
		return
	}
}

func (s *stemmer) step5() {
	s.j = s.k
	if s.b[s.k] == 'e' {
		if a := s.m(); a > 1 || (a == 1 && !s.cvc(s.k-1)) {
			s.k--
		}
	}
	if s.b[s.k] == 'l' && s.doublec(s.k) && s.m() > 1 {
		s.k--
	}
}
