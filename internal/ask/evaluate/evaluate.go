// Package evaluate measures package ask on public news: how many of the
// generated reader questions the sources answer, whether any fails the
// lint or nearly repeats another question of its story, how many questions
// each story gets, and how long it takes.
//
// It reads the shared evaluation data in place (never copied into the
// project): <dataDir>/giveme5w1h-news-cluster/news_cluster (204 articles
// in gold events), drafted once per event and once per article, and
// <dataDir>/cnndm-sample (50 CNN/DailyMail articles). The cnndm text is
// lower-cased, so the capitals that ask reads as names are gone and ask
// finds the story's salient terms instead; it is held to the same targets.
package evaluate

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"tidings/internal/ask"
	"tidings/internal/news"
	"tidings/internal/text"
	"tidings/internal/write"
)

// The targets, for every set.
const (
	answeredTarget = 0.90 // share of questions the sources answer
	nearDupShare   = 0.60 // two questions of a story whose word sets overlap more than this are near-duplicates
	questionsWant  = 3    // questions asked of every story
)

// Run drafts every story of the Giveme5W1H and cnndm-sample sets under
// dataDir with write.Write, asks ask.Questions for three questions, and
// writes the figures and a few examples to w. It returns an error if a set
// cannot be read (wrapping fs.ErrNotExist when absent), or ctx is done; a
// figure below its target is not an error.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	sets, err := readSets(dataDir)
	if err != nil {
		return fmt.Errorf("eval questions: %w", err)
	}
	fmt.Fprintf(w, "Reader questions: write.Write drafts, ask.Questions(N=%d), ask.Lint on every question.\n", questionsWant)
	fmt.Fprintf(w, "Answered: a non-empty answer whose citations are verbatim in the sources. On topic: the answer shares a\n")
	fmt.Fprintf(w, "content term (stemmed) with the question beyond the template's words. Near-duplicate: two questions of a\n")
	fmt.Fprintf(w, "story whose sets of lower-cased words (letters and digits) have Jaccard overlap above %.2f.\n", nearDupShare)
	for _, s := range sets {
		r, err := evaluate(ctx, s)
		if err != nil {
			return fmt.Errorf("eval questions: %s: %w", s.name, err)
		}
		fmt.Fprintln(w)
		r.print(w)
	}
	return nil
}

func readSets(dataDir string) ([]set, error) {
	events, singles, err := readGiveme(dataDir)
	if err != nil {
		return nil, err
	}
	cnndm, err := readCNNDM(dataDir)
	if err != nil {
		return nil, err
	}
	return []set{events, singles, cnndm}, nil
}

// result is the figures of one set.
type result struct {
	set        set
	stories    int // stories drafted
	noDraft    int // stories write.Write found no text in
	questions  int
	answered   int // non-empty answer, every citation verbatim
	unverbatim int // non-empty answer with a citation not in its article
	onTopic    int // answered, sharing a content term with the question
	lintFails  int
	dupPairs   int
	dupStories int
	byCount    [questionsWant + 1]int // stories by number of questions, the last "N or more"
	long       int                    // stories of three sentences or more
	longFull   int                    // of those, stories with N questions
	shortQs    int                    // questions asked of the shorter stories
	writeTime  time.Duration
	askTime    time.Duration
	askMax     time.Duration
	examples   []example
}

// example is a story's questions, shown in the report.
type example struct {
	story     string
	headline  string
	questions []news.Question
}

// evaluate drafts and questions every story of s.
func evaluate(ctx context.Context, s set) (*result, error) {
	r := &result{set: s}
	for i, st := range s.items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		d, err := write.Write(st.articles)
		r.writeTime += time.Since(start)
		if errors.Is(err, write.ErrNoText) {
			r.noDraft++
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", st.name, err)
		}
		start = time.Now()
		qs := ask.Questions(d, st.articles, ask.Options{N: questionsWant})
		took := time.Since(start)
		r.askTime += took
		r.askMax = max(r.askMax, took)
		r.add(st, qs)
		if len(s.items) >= 3 && (i == len(s.items)/5 || i == 3*len(s.items)/5) {
			r.examples = append(r.examples, example{st.name, d.Headline, qs})
		}
	}
	return r, nil
}

// add counts one story's questions.
func (r *result) add(st story, qs []news.Question) {
	r.stories++
	r.questions += len(qs)
	r.byCount[min(len(qs), questionsWant)]++
	if sentences(st.articles) >= 3 {
		r.long++
		if len(qs) >= questionsWant {
			r.longFull++
		}
	} else {
		r.shortQs += len(qs)
	}
	texts := map[int64]string{}
	for _, a := range st.articles {
		texts[a.ID] = text.NormalizeSpace(a.Text)
	}
	for _, q := range qs {
		if ask.Lint(q.Question) != nil {
			r.lintFails++
		}
		if q.Answer == "" {
			continue
		}
		if !verbatim(q.Citations, texts) {
			r.unverbatim++
			continue
		}
		r.answered++
		if onTopic(q) {
			r.onTopic++
		}
	}
	dups := nearDuplicates(qs)
	r.dupPairs += dups
	if dups > 0 {
		r.dupStories++
	}
}

// sentences counts the sentences of reporting in the articles' paragraphs:
// page furniture (text.Boilerplate: bylines, credits, copyright lines,
// subscription prompts) is not a sentence of the story.
func sentences(arts []news.Article) int {
	n := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs() {
			for _, s := range text.Sentences(p) {
				if !text.Boilerplate(s) {
					n++
				}
			}
		}
	}
	return n
}

func verbatim(cs []news.Citation, texts map[int64]string) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		if c.Quote == "" || !strings.Contains(texts[c.ArticleID], c.Quote) {
			return false
		}
	}
	return true
}

// templateTerms are the stems of the questions' fixed words, which say
// nothing about whether an answer is on topic.
var templateTerms = map[string]bool{}

func init() {
	for _, t := range text.Terms("say says said happens happen next known many much") {
		templateTerms[t] = true
	}
}

// onTopic reports whether q's answer shares a content term with its
// question, the template's words aside: a cheap check that the answer is
// about what was asked.
func onTopic(q news.Question) bool {
	in := map[string]bool{}
	for _, t := range text.Terms(q.Answer) {
		in[t] = true
	}
	for _, t := range text.Terms(q.Question) {
		if in[t] && !templateTerms[t] {
			return true
		}
	}
	return false
}

// nearDuplicates counts the pairs of qs whose word sets overlap more
// than nearDupShare (Jaccard).
func nearDuplicates(qs []news.Question) int {
	n := 0
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if WordOverlap(qs[i].Question, qs[j].Question) > nearDupShare {
				n++
			}
		}
	}
	return n
}

// WordOverlap is the Jaccard overlap of the sets of lower-cased words of a
// and b, a word being a run of letters and digits: |A∩B| / |A∪B|, 0 when
// both are empty.
func WordOverlap(a, b string) float64 {
	A, B := wordSet(a), wordSet(b)
	inter := 0
	for w := range A {
		if B[w] {
			inter++
		}
	}
	union := len(A) + len(B) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}
