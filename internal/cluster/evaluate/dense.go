package evaluate

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"tidings/internal/news"
)

// readBBC reads the BBC News articles under dir (<label>/<n>.txt: the
// headline, a blank line, the body) in file order, each its own gold
// event, without the files whose text repeats an earlier file's (the set
// holds 98 such copies). They have no time: mix gives them one.
func readBBC(dir string) (*corpus, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read %s: %w", dir, os.ErrNotExist)
	}
	c := &corpus{name: "BBC News"}
	seen := map[string]bool{}
	for _, f := range files { // sorted by Glob
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s := strings.ToValidUTF8(string(b), "\uFFFD")
		key := strings.Join(strings.Fields(s), " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		title, body, _ := strings.Cut(strings.TrimSpace(s), "\n")
		rel, _ := filepath.Rel(dir, f)
		c.articles = append(c.articles, news.Article{
			ID:    int64(len(c.articles) + 1),
			Title: strings.TrimSpace(title),
			Text:  strings.TrimSpace(body),
			Site:  "bbc.co.uk",
		})
		c.gold = append(c.gold, "bbc "+filepath.ToSlash(rel))
	}
	return c, nil
}

// mixed is a labelled set with distractors: the articles of both, oldest
// first, and which of them came from the labelled set.
type mixed struct {
	*corpus
	labelled []bool
}

// mix spreads the distractors' times evenly over the span of the labelled
// set's times, in their file order, and merges the two sets oldest first
// (a labelled article first at a tie), with IDs 1, 2, ... in that order.
func mix(set, distractors *corpus) mixed {
	first, last := set.articles[0].Published, set.articles[len(set.articles)-1].Published
	step := last.Sub(first) / time.Duration(len(distractors.articles))
	type item struct {
		a        news.Article
		gold     string
		labelled bool
	}
	items := make([]item, 0, len(set.articles)+len(distractors.articles))
	for i, a := range set.articles {
		items = append(items, item{a, set.gold[i], true})
	}
	for i, a := range distractors.articles {
		a.Published = first.Add(step/2 + time.Duration(i)*step)
		items = append(items, item{a, distractors.gold[i], false})
	}
	slices.SortStableFunc(items, func(x, y item) int { return x.a.Published.Compare(y.a.Published) })
	m := mixed{corpus: &corpus{name: set.name + " + " + distractors.name}}
	for i, it := range items {
		it.a.ID = int64(i + 1)
		m.articles = append(m.articles, it.a)
		m.gold = append(m.gold, it.gold)
		m.labelled = append(m.labelled, it.labelled)
	}
	return m
}

// bcubedOn is bcubed averaged over the articles where on is true only;
// clusters and events still count all articles, so a distractor in an
// article's cluster lowers its precision.
func bcubedOn[K comparable](pred []K, gold []string, on []bool) score {
	type pair struct {
		p K
		g string
	}
	both, inPred, inGold := map[pair]int{}, map[K]int{}, map[string]int{}
	for i := range pred {
		both[pair{pred[i], gold[i]}]++
		inPred[pred[i]]++
		inGold[gold[i]]++
	}
	var s score
	n := 0
	for i := range pred {
		if !on[i] {
			continue
		}
		k := float64(both[pair{pred[i], gold[i]}])
		s.p += k / float64(inPred[pred[i]])
		s.r += k / float64(inGold[gold[i]])
		n++
	}
	if n == 0 {
		return s
	}
	s.p /= float64(n)
	s.r /= float64(n)
	if s.p+s.r > 0 {
		s.f1 = 2 * s.p * s.r / (s.p + s.r)
	}
	return s
}

// sizes returns the size of the largest cluster of pred and the number of
// clusters with more than over articles.
func sizes[K comparable](pred []K, over int) (largest, big int) {
	n := map[K]int{}
	for _, k := range pred {
		n[k]++
	}
	for _, v := range n {
		largest = max(largest, v)
		if v > over {
			big++
		}
	}
	return largest, big
}

// bigStory is the size above which a story counts as big in the dense
// rows: more articles than one event draws in these sets.
const bigStory = 20

// denseRow writes one method's row on a mixed set: B-cubed over all
// articles, over the labelled ones, and the story sizes.
func denseRow[K comparable](w io.Writer, name string, m mixed, pred []K) {
	all := bcubed(pred, m.gold)
	lab := bcubedOn(pred, m.gold, m.labelled)
	largest, big := sizes(pred, bigStory)
	fmt.Fprintf(w, "  %s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t\n", name, all.p, all.r, all.f1, lab.p, lab.r, lab.f1, largest, big)
}
