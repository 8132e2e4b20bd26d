package section

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"tidings/internal/news"
)

// Result is the outcome of one evaluation run.
type Result struct {
	Name     string // what was run: "bbc-news 5-fold"
	Correct  int
	Total    int
	PerClass map[news.Section][2]int // per gold section: correct, total
}

// Accuracy is Correct/Total, or 0 if nothing was tested.
func (r Result) Accuracy() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// String formats the result on one line, with per-section recall.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-44s acc %.4f (%d/%d)", r.Name, r.Accuracy(), r.Correct, r.Total)
	for _, s := range news.Sections {
		if pc, ok := r.PerClass[s]; ok && pc[1] > 0 {
			fmt.Fprintf(&b, " %s %.2f", s.Slug()[:4], float64(pc[0])/float64(pc[1]))
		}
	}
	return b.String()
}

// score tests m on exs and adds the outcome to r. Predictions are limited to
// allowed if it is not empty. A prediction is right if it is the example's
// Section or its Also.
func (r *Result) score(m *Model, exs []Example, allowed []news.Section) {
	if r.PerClass == nil {
		r.PerClass = map[news.Section][2]int{}
	}
	for _, ex := range exs {
		p := m.Predict(ex.Title, ex.Text, allowed...)
		pc := r.PerClass[ex.Section]
		if p == ex.Section || (ex.Also != "" && p == ex.Also) {
			r.Correct++
			pc[0]++
		}
		r.Total++
		pc[1]++
		r.PerClass[ex.Section] = pc
	}
}

// KFold shuffles exs with a fixed seed, splits them into k folds and, for
// each fold, trains on the others and tests on it. The Result sums the k
// tests.
func KFold(name string, exs []Example, k int, opts Options) Result {
	shuffled := slices.Clone(exs)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	r := Result{Name: fmt.Sprintf("%s %d-fold", name, k)}
	for f := range k {
		var train, test []Example
		for i, ex := range shuffled {
			if i%k == f {
				test = append(test, ex)
			} else {
				train = append(train, ex)
			}
		}
		r.score(Train(train, opts), test, nil)
	}
	return r
}

// CrossSource trains on every set but held and tests on the items of held
// whose section the training sets have. It returns two results: open, with
// all eight sections to choose from, and closed, with the choice limited to
// the sections held uses (as in the set's own benchmark: AG News is 4-way).
func CrossSource(exs []Example, held string, opts Options) (open, closed Result) {
	var train, test []Example
	have := map[news.Section]bool{}
	for _, ex := range exs {
		if ex.Set != held {
			train = append(train, ex)
			have[ex.Section] = true
		}
	}
	var allowed []news.Section
	for _, ex := range exs {
		if ex.Set == held && have[ex.Section] {
			test = append(test, ex)
			for _, s := range []news.Section{ex.Section, ex.Also} {
				if s != "" && have[s] && !slices.Contains(allowed, s) {
					allowed = append(allowed, s)
				}
			}
		}
	}
	m := Train(train, opts)
	open.Name = held + " held out, all 8"
	open.score(m, test, nil)
	closed.Name = fmt.Sprintf("%s held out, its %d", held, len(allowed))
	closed.score(m, test, allowed)
	return open, closed
}

// SetNames lists the distinct sets of exs in order of first appearance.
func SetNames(exs []Example) []string {
	var out []string
	for _, ex := range exs {
		if !slices.Contains(out, ex.Set) {
			out = append(out, ex.Set)
		}
	}
	return out
}

// BySet returns the examples of exs that come from set.
func BySet(exs []Example, set string) []Example {
	var out []Example
	for _, ex := range exs {
		if ex.Set == set {
			out = append(out, ex)
		}
	}
	return out
}

// Evaluate runs, for every set in exs, k-fold cross-validation within the
// set (sets with one section are skipped: there is nothing to tell apart),
// the cross-source test with that set held out and, for sets with URLs,
// the same with URL hints through Classify. It is what
// "tidings eval sections" prints.
func Evaluate(exs []Example, k int, opts Options) []Result {
	var out []Result
	for _, set := range SetNames(exs) {
		sub := BySet(exs, set)
		if distinctSections(sub) > 1 {
			out = append(out, KFold(set, sub, k, opts))
		}
	}
	for _, set := range SetNames(exs) {
		open, closed := CrossSource(exs, set, opts)
		out = append(out, open, closed)
		if slices.ContainsFunc(exs, func(ex Example) bool { return ex.Set == set && ex.URL != "" }) {
			out = append(out, CrossSourceHinted(exs, set, opts, Override))
		}
	}
	return out
}

func distinctSections(exs []Example) int {
	seen := map[news.Section]bool{}
	for _, ex := range exs {
		seen[ex.Section] = true
	}
	return len(seen)
}

// CrossSourceHinted trains on every set but held and runs Classify, with the
// article URL as the only hint, on the items of held that have a URL and a
// section the training sets have, overruling hints at the given threshold
// (Override in production; 2 never overrules, 0 ignores single hints
// whenever the text disagrees).
func CrossSourceHinted(exs []Example, held string, opts Options, override float64) Result {
	var train, test []Example
	have := map[news.Section]bool{}
	for _, ex := range exs {
		if ex.Set != held {
			train = append(train, ex)
			have[ex.Section] = true
		}
	}
	for _, ex := range exs {
		if ex.Set == held && ex.URL != "" && have[ex.Section] {
			test = append(test, ex)
		}
	}
	c := NewWithModel(Train(train, opts), override)
	r := Result{Name: fmt.Sprintf("%s held out, URL hints, override %.2f", held, override), PerClass: map[news.Section][2]int{}}
	for _, ex := range test {
		p := c.Classify(ex.Title, ex.Text, Hints{URL: ex.URL})
		pc := r.PerClass[ex.Section]
		if p == ex.Section || (ex.Also != "" && p == ex.Also) {
			r.Correct++
			pc[0]++
		}
		r.Total++
		pc[1]++
		r.PerClass[ex.Section] = pc
	}
	return r
}
