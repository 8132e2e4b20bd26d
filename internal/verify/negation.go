package verify

import "fmt"

var negations = setOf("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "nowhere")

// neg is the token every negation word becomes before alignment.
const neg = "\x00not"

func negWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		if negations[w] {
			w = neg
		}
		out[i] = w
	}
	return out
}

// checkNegation aligns sentence with its anchor by a longest common
// subsequence of words: a negation of the sentence left unaligned was
// added; one of the anchor's, unaligned and between the first and last
// aligned words, was dropped.
func checkNegation(sentence string, anchor *passage) []Problem {
	a, b := negWords(words(sentence)), negWords(anchor.words)
	inA, inB := align(a, b)
	var out []Problem
	for i, w := range a {
		if w == neg && inA[i] < 0 {
			out = append(out, Problem{Negation, words(sentence)[i], fmt.Sprintf("the source says %q", anchor.text)})
			break
		}
	}
	first, last := -1, -1
	for j := range b {
		if inB[j] >= 0 {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	for j := first + 1; j < last; j++ {
		if b[j] == neg && inB[j] < 0 {
			out = append(out, Problem{Negation, anchor.words[j], fmt.Sprintf("dropped from the source's %q", anchor.text)})
			break
		}
	}
	return out
}

// align returns, for each word of a and of b, the index of the word it is
// matched to on one longest common subsequence, or -1.
func align(a, b []string) ([]int, []int) {
	t := make([][]int32, len(a)+1)
	for i := range t {
		t[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	inA, inB := make([]int, len(a)), make([]int, len(b))
	for i := range inA {
		inA[i] = -1
	}
	for j := range inB {
		inB[j] = -1
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inA[i], inB[j] = j, i
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return inA, inB
}
