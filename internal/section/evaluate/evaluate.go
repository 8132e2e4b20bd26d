// Package evaluate measures the section classifier on the labelled data
// sets that package corpus reads: k-fold cross-validation within each set
// and cross-source tests (train on the other sets, test on one the model
// never saw), each beside the textbook baseline (TF-IDF with multinomial
// naive Bayes) on the same splits and beside the figures the sets' own
// SOURCE.md publishes. "tidings eval sections" prints Run's report.
package evaluate

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/section/corpus"
)

// Folds is the k of the within-set cross-validation.
const Folds = 5

// Published are the figures each set's SOURCE.md cites, for comparison.
var Published = map[string]string{
	"bbc-news": "classical TF-IDF + NB or SVM about 96-98% (random 70/30 or 80/20 splits); fine-tuned transformers 98-99%",
	"ag-news": "fastText bigram 92.5%, char-CNN 90.5%, ngram TF-IDF 92.4% (all trained on the 120k train.csv, " +
		"which is not here: our folds train on 6,080 items of test.csv)",
	"masakhanews-eng": "16-language average 92.6 F1 (fully supervised, 3,309 training items); English figures not copied",
}

// Predictor returns the section of a story, among allowed if it is not empty.
type Predictor func(title, text string, allowed []news.Section) news.Section

// Method is a classifier to evaluate: a name and how to train it.
type Method struct {
	Name  string
	Train func(exs []section.Example) Predictor
}

// Ours is the shipped classifier's text model, trained with
// section.DefaultOptions.
var Ours = Method{"ours", func(exs []section.Example) Predictor {
	m := section.Train(exs, section.DefaultOptions())
	return func(title, text string, allowed []news.Section) news.Section {
		return m.Predict(title, text, allowed...)
	}
}}

// Baseline is TF-IDF (scikit-learn defaults) with multinomial naive Bayes,
// smoothing 0.1 (scikit-learn's default 1.0 was weaker on every set here).
var Baseline = Method{"tfidf+mnb", func(exs []section.Example) Predictor {
	return trainTfidfNB(exs, 0.1).predict
}}

// Result is the outcome of one method on one test.
type Result struct {
	Correct, Total int
	// Confusion counts gold section (row) against predicted section
	// (column), both indexed as news.Sections.
	Confusion [8][8]int
}

// Accuracy is Correct/Total, or 0 if nothing was tested.
func (r Result) Accuracy() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// add scores one prediction: right if it is the example's section or its
// Also.
func (r *Result) add(ex section.Example, p news.Section) {
	if p == ex.Section || (ex.Also != "" && p == ex.Also) {
		r.Correct++
	}
	r.Total++
	if g, q := sectionIndex(ex.Section), sectionIndex(p); g >= 0 && q >= 0 {
		r.Confusion[g][q]++
	}
}

// KFold shuffles exs with a fixed seed, splits them into k folds and, for
// each fold, trains method on the others and tests on it, with all eight
// sections to choose from.
func KFold(ctx context.Context, method Method, exs []section.Example, k int) (Result, error) {
	shuffled := slices.Clone(exs)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var r Result
	for f := range k {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		var train, test []section.Example
		for i, ex := range shuffled {
			if i%k == f {
				test = append(test, ex)
			} else {
				train = append(train, ex)
			}
		}
		predict := method.Train(train)
		for _, ex := range test {
			r.add(ex, predict(ex.Title, ex.Text, nil))
		}
	}
	return r, nil
}

// CrossSource trains method on every set but held and tests it on the
// items of held whose section the other sets have (the labels they share).
// open lets the model choose any of the eight sections; closed limits the
// choice to the sections held itself uses, as a set's own benchmark does
// (AG News is 4-way).
func CrossSource(ctx context.Context, method Method, exs []section.Example, held string) (open, closed Result, err error) {
	if err := ctx.Err(); err != nil {
		return open, closed, err
	}
	train, test, allowed := split(exs, held)
	predict := method.Train(train)
	for _, ex := range test {
		open.add(ex, predict(ex.Title, ex.Text, nil))
		closed.add(ex, predict(ex.Title, ex.Text, allowed))
	}
	return open, closed, nil
}

// split returns the training items (all sets but held), the test items
// (held's items with a section the training items have) and the sections
// the test items use.
func split(exs []section.Example, held string) (train, test []section.Example, allowed []news.Section) {
	have := map[news.Section]bool{}
	for _, ex := range exs {
		if ex.Set != held {
			train = append(train, ex)
			have[ex.Section] = true
		}
	}
	for _, ex := range exs {
		if ex.Set != held || !have[ex.Section] {
			continue
		}
		test = append(test, ex)
		for _, s := range []news.Section{ex.Section, ex.Also} {
			if s != "" && have[s] && !slices.Contains(allowed, s) {
				allowed = append(allowed, s)
			}
		}
	}
	slices.SortFunc(allowed, func(a, b news.Section) int { return sectionIndex(a) - sectionIndex(b) })
	return train, test, allowed
}

// Run loads the data sets under dataDir and prints, for each set, k-fold
// accuracy within the set and cross-source accuracy (8-way and on the
// set's own sections) for the shipped method and the baseline, the
// confusion matrices of the shipped method, the published figures, and a
// summary table. It takes about a minute on one core. It returns an error
// if no set can be read or ctx ends.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	exs, err := corpus.Load(dataDir)
	if err != nil {
		return err
	}
	return Report(ctx, w, exs, section.SetNames(exs), []Method{Ours, Baseline})
}

// Report prints the evaluation of methods on the given sets of exs (every
// set is still used for training in the cross-source tests). The first
// method's confusion matrices are printed.
func Report(ctx context.Context, w io.Writer, exs []section.Example, sets []string, methods []Method) error {
	type row struct {
		name string
		acc  []float64
	}
	var summary []row
	var err error
	line := func(name string, rs []Result) {
		fmt.Fprintf(w, "  %-34s", name)
		acc := make([]float64, len(rs))
		for i, r := range rs {
			acc[i] = r.Accuracy()
			fmt.Fprintf(w, "  %s %.4f", methods[i].Name, acc[i])
		}
		fmt.Fprintf(w, "  (%d items)\n", rs[0].Total)
		summary = append(summary, row{name, acc})
	}
	for _, set := range sets {
		sub := section.BySet(exs, set)
		fmt.Fprintf(w, "== %s: %d items %s\n", set, len(sub), sectionCounts(sub))
		if p, ok := Published[set]; ok {
			fmt.Fprintf(w, "  published: %s\n", p)
		}
		if distinct(sub) > 1 {
			rs := make([]Result, len(methods))
			for i, m := range methods {
				if rs[i], err = KFold(ctx, m, sub, Folds); err != nil {
					return err
				}
			}
			line(fmt.Sprintf("%s %d-fold", set, Folds), rs)
			printConfusion(w, rs[0])
		}
		open := make([]Result, len(methods))
		closed := make([]Result, len(methods))
		for i, m := range methods {
			if open[i], closed[i], err = CrossSource(ctx, m, exs, set); err != nil {
				return err
			}
		}
		_, _, allowed := split(exs, set)
		line(set+" held out, 8-way", open)
		if len(allowed) > 1 {
			line(fmt.Sprintf("%s held out, its %d", set, len(allowed)), closed)
		}
		printConfusion(w, open[0])
		if merged := mergeWorldPolitics(open); merged != nil {
			line(set+" held out, WORLD=POLITICS", merged)
		}
	}
	fmt.Fprintf(w, "== summary (accuracy)\n")
	for _, r := range summary {
		fmt.Fprintf(w, "  %-44s", r.name)
		for i, a := range r.acc {
			fmt.Fprintf(w, "  %s %.4f", methods[i].Name, a)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// mergeWorldPolitics rescores results with WORLD and POLITICS as one
// group, a secondary figure for sets whose World label is mostly the
// politics of other countries (AG News); nil if the gold labels have
// neither section.
func mergeWorldPolitics(rs []Result) []Result {
	const world, politics = 0, 1 // indexes in news.Sections
	var out []Result
	for _, r := range rs {
		if sum(r.Confusion[world][:])+sum(r.Confusion[politics][:]) == 0 {
			return nil
		}
		r.Correct += r.Confusion[world][politics] + r.Confusion[politics][world]
		out = append(out, r)
	}
	return out
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// printConfusion prints the rows of r's confusion matrix that have items.
func printConfusion(w io.Writer, r Result) {
	fmt.Fprintf(w, "    %-6s", "gold\\")
	for _, s := range news.Sections {
		fmt.Fprintf(w, " %5s", s.Slug()[:4])
	}
	fmt.Fprintf(w, "  recall\n")
	for g, row := range r.Confusion {
		n := sum(row[:])
		if n == 0 {
			continue
		}
		fmt.Fprintf(w, "    %-6s", news.Sections[g].Slug()[:4])
		for _, v := range row {
			fmt.Fprintf(w, " %5d", v)
		}
		fmt.Fprintf(w, "  %.2f\n", float64(row[g])/float64(n))
	}
}

func sectionCounts(exs []section.Example) string {
	count := map[news.Section]int{}
	for _, ex := range exs {
		count[ex.Section]++
	}
	var parts []string
	for _, s := range news.Sections {
		if count[s] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", s.Slug(), count[s]))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func distinct(exs []section.Example) int {
	seen := map[news.Section]bool{}
	for _, ex := range exs {
		seen[ex.Section] = true
	}
	return len(seen)
}
