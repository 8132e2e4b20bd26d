package llm

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/internal/news"
	"tidings/internal/text"
	"tidings/internal/verify"
)

// ErrUnsupported is wrapped by SupportGate's errors: the sentence says
// something its sources don't.
var ErrUnsupported = errors.New("not supported by the sources")

// Gate is the faithfulness gate a written sentence must pass: it returns
// nil if sentence is supported by sources (the articles the sentence
// cites), or an error saying what is not. A Gate must be safe for
// concurrent use.
//
// The default is VerifyGate, the faithfulness gate of package verify.
type Gate func(sentence string, sources []news.Article) error

// VerifyGate is the default Gate: verify.Check, which finds a source
// sentence that anchors the written one and checks its numbers, names,
// quotations, attribution and negation against it. Its errors wrap
// ErrUnsupported and list verify's problems.
func VerifyGate(sentence string, sources []news.Article) error {
	ps := verify.Check(sentence, sources)
	if len(ps) == 0 {
		return nil
	}
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.String()
	}
	return fmt.Errorf("%w: %s", ErrUnsupported, strings.Join(msgs, "; "))
}

// minSupport is the share of a sentence's content terms that its sources
// must contain: a paraphrase keeps most of its source's words.
const minSupport = 0.6

// SupportGate is a lighter built-in Gate, kept for endpoints whose
// paraphrase verify finds too strict and as a second opinion. A sentence
// passes only if
// every number in it (digits, and the words million, billion, trillion),
// every capitalized name (see text.Entities), and every quotation
// appears in the sources' titles or texts (names and quotations matched
// as whole words, ignoring case), and if at least 60% of its content
// terms (text.Terms) occur there. Errors wrap ErrUnsupported.
func SupportGate(sentence string, sources []news.Article) error {
	c := newCorpus(sources)
	if err := c.facts(sentence); err != nil {
		return err
	}
	terms := text.Terms(sentence)
	if len(terms) == 0 {
		return fmt.Errorf("%w: no content words", ErrUnsupported)
	}
	found := 0
	for _, t := range terms {
		if c.terms[t] {
			found++
		}
	}
	if share := float64(found) / float64(len(terms)); share < minSupport {
		return fmt.Errorf("%w: only %.0f%% of its words are in the sources", ErrUnsupported, 100*share)
	}
	return nil
}

// corpus is what a sentence is checked against.
type corpus struct {
	folded  string // the sources' titles and texts, space-normalized, lower case
	numbers map[string]bool
	terms   map[string]bool
}

func newCorpus(sources []news.Article) *corpus {
	var parts []string
	for _, a := range sources {
		parts = append(parts, a.Title, a.Text)
	}
	all := text.NormalizeSpace(normalizeQuotes(strings.Join(parts, "\n\n")))
	c := &corpus{folded: strings.ToLower(all), numbers: map[string]bool{}, terms: map[string]bool{}}
	for _, n := range numbersOf(all) {
		c.numbers[n] = true
	}
	for _, t := range text.Terms(all) {
		c.terms[t] = true
	}
	return c
}

// facts checks the numbers, names and quotations of s.
func (c *corpus) facts(s string) error {
	s = text.NormalizeSpace(normalizeQuotes(s))
	for _, n := range numbersOf(s) {
		if !c.numbers[n] {
			return fmt.Errorf("%w: number %s", ErrUnsupported, n)
		}
	}
	for _, w := range text.Tokens(s) {
		if magnitudes[w] && !c.hasPhrase(w) {
			return fmt.Errorf("%w: %q", ErrUnsupported, w)
		}
	}
	for _, e := range text.Entities(s) {
		if !c.hasPhrase(e.Text) {
			return fmt.Errorf("%w: name %q", ErrUnsupported, e.Text)
		}
	}
	for _, m := range quoteRE.FindAllStringSubmatch(s, -1) {
		q := strings.Trim(m[1], " ,.;:!?")
		if text.WordCount(q) >= 2 && !c.hasPhrase(q) {
			return fmt.Errorf("%w: quotation %q", ErrUnsupported, clip(q, 80))
		}
	}
	return nil
}

var magnitudes = map[string]bool{"thousand": true, "million": true, "billion": true, "trillion": true}

var (
	numberRE = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	quoteRE  = regexp.MustCompile(`"([^"]{2,})"`)
)

// numbersOf returns the numbers written in digits in s, without
// thousands separators: "12,000" and "12000" are both "12000".
func numbersOf(s string) []string {
	var out []string
	for _, n := range numberRE.FindAllString(s, -1) {
		if strings.Count(n, ",") > 0 && !strings.Contains(n, ".") {
			n = strings.ReplaceAll(n, ",", "")
		}
		out = append(out, n)
	}
	return out
}

func normalizeQuotes(s string) string {
	return strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'").Replace(s)
}

// hasPhrase reports whether phrase occurs in the corpus as whole words,
// ignoring case and spacing.
func (c *corpus) hasPhrase(phrase string) bool {
	p := strings.ToLower(text.NormalizeSpace(phrase))
	if p == "" {
		return true
	}
	for from := 0; ; {
		i := strings.Index(c.folded[from:], p)
		if i < 0 {
			return false
		}
		i += from
		if boundary(c.folded, i, true) && boundary(c.folded, i+len(p), false) {
			return true
		}
		from = i + 1
	}
}

// boundary reports whether position i of s is a word boundary: the rune
// before it (start) or at it (end) is not a letter or digit.
func boundary(s string, i int, start bool) bool {
	var r rune
	if start {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
