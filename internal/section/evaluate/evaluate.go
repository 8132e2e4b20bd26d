// Package evaluate measures the section classifier on the labelled data
// sets that package corpus reads: k-fold cross-validation within each set
// and cross-source tests (train on the other sets, test on one the model
// never saw), each beside the textbook baseline (TF-IDF with multinomial
// naive Bayes) on the same splits and beside the figures the sets' own
// SOURCE.md publishes. The cross-source tests of the sets that come from
// one outlet run again with the outlet's home country (Homes), each story
// placed by package dateline, to measure section.Settle. Two more readings
// of "cross-source on the labels the sets share" run beside them: each
// held-out set on the labels that every training set shares with it
// (CommonLabels), and each set alone for training against each other set
// alone for testing on the labels the two share (Pairwise), both also with
// WORLD and POLITICS as one label. "tidings eval sections" prints Run's
// report.
package evaluate

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"tidings/internal/dateline"
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

// Homes are the home countries of the sets that come from one outlet, as
// each set's SOURCE.md describes it, in the form news.Dateline.Country
// takes. The held-out tests run once more with the home-country rule
// (section.Settle) for them. AG News (ComeToMyHead's crawl of more than
// 2,000 sources), Giveme5W1H (94 outlets) and the health tweets (desks of
// US, UK and Canadian outlets) have no single home and are left out.
var Homes = map[string]string{
	"bbc-news":                      "United Kingdom", // the BBC, 2004-2005
	"huffpost-news-category-subset": "United States",  // HuffPost, 2022
	"inshorts-news":                 "India",          // Inshorts, an Indian service
	// BBC articles ("We obtained the data mostly from BBC news"); its
	// politics label is mostly UK politics.
	"masakhanews-eng": "United Kingdom",
}

// Home is what the home-country rule needs in a held-out test: the held
// set's home country and a function giving a story's dateline country
// ("" if unknown). The zero Home leaves the rule out.
type Home struct {
	Country string
	Place   func(title, text string) string
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
	// Moved counts the items that the home-country rule moved to another
	// section; MovedRight those it moved to a right section, MovedWrong
	// those it moved off one. All zero in a result without the rule.
	Moved, MovedRight, MovedWrong int
}

// Accuracy is Correct/Total, or 0 if nothing was tested.
func (r Result) Accuracy() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// right reports whether p is the example's section or its Also.
func right(ex section.Example, p news.Section) bool {
	return p == ex.Section || (ex.Also != "" && p == ex.Also)
}

// add scores one prediction.
func (r *Result) add(ex section.Example, p news.Section) {
	r.addRight(ex, p, right(ex, p))
}

// addRight scores one prediction, right or not as ok says.
func (r *Result) addRight(ex section.Example, p news.Section, ok bool) {
	if ok {
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

// Held is the outcome of one method on a held-out set.
type Held struct {
	// Open lets the model choose any of the eight sections; Closed limits
	// the choice to the sections the held set itself uses, as a set's own
	// benchmark does (AG News is 4-way).
	Open, Closed Result
	// OpenHome and ClosedHome score the same predictions settled by the
	// home-country rule; they equal Open and Closed for a zero Home.
	OpenHome, ClosedHome Result
	// Common and CommonMerged score the held set's items on the labels
	// that every training set with more than one section shares with it
	// (CommonLabels), exact and with WORLD and POLITICS as one label; zero
	// if there are fewer than two such labels.
	Common, CommonMerged Result
}

// CrossSource trains method on every set but held and tests it on the
// items of held whose section the other sets have (the labels they share),
// without and with the home-country rule of home, and on the labels all
// the other sets share with held (see Held).
func CrossSource(ctx context.Context, method Method, exs []section.Example, held string, home Home) (Held, error) {
	var h Held
	if err := ctx.Err(); err != nil {
		return h, err
	}
	train, test, allowed := split(exs, held)
	predict := method.Train(train)
	for _, ex := range test {
		hints := section.Hints{Home: home.Country}
		if home.Country != "" && home.Place != nil {
			hints.Country = home.Place(ex.Title, ex.Text)
		}
		open := predict(ex.Title, ex.Text, nil)
		h.Open.add(ex, open)
		h.OpenHome.addSettled(ex, open, section.Settle(open, nil, hints))
		closed := predict(ex.Title, ex.Text, allowed)
		h.Closed.add(ex, closed)
		h.ClosedHome.addSettled(ex, closed, section.Settle(closed, allowed, hints))
	}
	for _, merge := range []bool{false, true} {
		common := CommonLabels(exs, held, merge)
		if len(common.Labels()) < 2 {
			continue
		}
		r := common.test(predict, section.BySet(exs, held))
		if merge {
			h.CommonMerged = r
		} else {
			h.Common = r
		}
	}
	return h, nil
}

// addSettled scores settled, the home-country rule's section for a story
// the model put in p, and counts the rule's move if it made one.
func (r *Result) addSettled(ex section.Example, p, settled news.Section) {
	r.add(ex, settled)
	if settled == p {
		return
	}
	r.Moved++
	switch {
	case right(ex, settled):
		r.MovedRight++
	case right(ex, p):
		r.MovedWrong++
	}
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
// accuracy within the set and cross-source accuracy (8-way, on the set's
// own sections, on the labels all training sets share, without and with
// the home-country rule) for the shipped method and the baseline, the
// confusion matrices of the shipped method, the published figures, the
// pairwise tests, and a summary table. It takes about a minute on one
// core. It returns an error if no set can be read or ctx ends.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	exs, err := corpus.Load(dataDir)
	if err != nil {
		return err
	}
	return Report(ctx, w, exs, section.SetNames(exs), []Method{Ours, Baseline})
}

// Report prints the evaluation of methods on the given sets of exs (every
// set is still used for training in the cross-source tests). The first
// method's confusion matrices are printed. The held-out tests of a set in
// Homes run once more with its home country, each story's country found
// by dateline.Finder.Find on its title and text; the summary ends with the
// mean held-out accuracy over the sets with more than one section, without
// and with the rule, and the means of the pairwise tests of the sets
// (Pairwise).
func Report(ctx context.Context, w io.Writer, exs []section.Example, sets []string, methods []Method) error {
	place, err := placer(sets)
	if err != nil {
		return err
	}
	r := &reporter{w: w, methods: methods}
	for _, set := range sets {
		var home Home
		if c := Homes[set]; c != "" {
			home = Home{Country: c, Place: place}
		}
		if err := r.set(ctx, exs, set, home); err != nil {
			return err
		}
	}
	if err := r.pairwise(ctx, exs, sets, place); err != nil {
		return err
	}
	r.summary()
	return nil
}

// placer returns a function giving a story's dateline country, or nil if
// no set in sets has a home country.
func placer(sets []string) (func(title, text string) string, error) {
	if !slices.ContainsFunc(sets, func(s string) bool { return Homes[s] != "" }) {
		return nil, nil
	}
	f, err := dateline.New()
	if err != nil {
		return nil, err
	}
	return func(title, text string) string {
		d, _, ok := f.Find(title, text)
		if !ok {
			return ""
		}
		return d.Country
	}, nil
}

// reporter prints Report's lines and gathers its summary.
type reporter struct {
	w       io.Writer
	methods []Method
	rows    []summaryRow
	// means gathers, per summary mean, each method's held-out accuracies
	// on the sets with more than one section.
	means map[string][][]float64
	// pairRows are the means of the pairwise tests.
	pairRows []summaryRow
}

type summaryRow struct {
	name string
	acc  []float64
}

// line prints one accuracy row and keeps it for the summary.
func (r *reporter) line(name string, rs []Result) {
	fmt.Fprintf(r.w, "  %-34s", name)
	acc := make([]float64, len(rs))
	for i, res := range rs {
		acc[i] = res.Accuracy()
		fmt.Fprintf(r.w, "  %s %.4f", r.methods[i].Name, acc[i])
	}
	fmt.Fprintf(r.w, "  (%d items)\n", rs[0].Total)
	r.rows = append(r.rows, summaryRow{name, acc})
}

// moves prints what the home-country rule changed for each method.
func (r *reporter) moves(name string, rs []Result) {
	fmt.Fprintf(r.w, "  %-34s", name)
	for i, res := range rs {
		fmt.Fprintf(r.w, "  %s moved %d: %d to right, %d off right", r.methods[i].Name, res.Moved, res.MovedRight, res.MovedWrong)
	}
	fmt.Fprintln(r.w)
}

// mean adds each method's accuracy in rs to the summary mean named key.
func (r *reporter) mean(key string, rs []Result) {
	if r.means == nil {
		r.means = map[string][][]float64{}
	}
	if r.means[key] == nil {
		r.means[key] = make([][]float64, len(r.methods))
	}
	for i, res := range rs {
		r.means[key][i] = append(r.means[key][i], res.Accuracy())
	}
}

// set prints the tests of one set.
func (r *reporter) set(ctx context.Context, exs []section.Example, set string, home Home) error {
	sub := section.BySet(exs, set)
	fmt.Fprintf(r.w, "== %s: %d items %s\n", set, len(sub), sectionCounts(sub))
	if p, ok := Published[set]; ok {
		fmt.Fprintf(r.w, "  published: %s\n", p)
	}
	if distinct(sub) > 1 {
		rs := make([]Result, len(r.methods))
		for i, m := range r.methods {
			var err error
			if rs[i], err = KFold(ctx, m, sub, Folds); err != nil {
				return err
			}
		}
		r.line(fmt.Sprintf("%s %d-fold", set, Folds), rs)
		printConfusion(r.w, rs[0])
	}
	held := make([]Held, len(r.methods))
	for i, m := range r.methods {
		var err error
		if held[i], err = CrossSource(ctx, m, exs, set, home); err != nil {
			return err
		}
	}
	pick := func(f func(Held) Result) []Result {
		out := make([]Result, len(held))
		for i, h := range held {
			out[i] = f(h)
		}
		return out
	}
	open, closed := pick(func(h Held) Result { return h.Open }), pick(func(h Held) Result { return h.Closed })
	openHome, closedHome := pick(func(h Held) Result { return h.OpenHome }), pick(func(h Held) Result { return h.ClosedHome })
	_, _, allowed := split(exs, set)
	r.line(set+" held out, 8-way", open)
	if len(allowed) > 1 {
		r.line(fmt.Sprintf("%s held out, its %d", set, len(allowed)), closed)
	}
	printConfusion(r.w, open[0])
	if merged := mergeWorldPolitics(open); merged != nil {
		r.line(set+" held out, WORLD=POLITICS", merged)
	}
	r.common(exs, set, held)
	if home.Country != "" {
		fmt.Fprintf(r.w, "  home country %s:\n", home.Country)
		r.line(set+" held out, with home country, 8-way", openHome)
		r.moves("  the rule, 8-way", openHome)
		if len(allowed) > 1 {
			r.line(fmt.Sprintf("%s held out, with home country, its %d", set, len(allowed)), closedHome)
			r.moves(fmt.Sprintf("  the rule, its %d", len(allowed)), closedHome)
		}
	}
	if len(allowed) > 1 {
		r.mean("held out, 8-way", open)
		r.mean("held out, own sections", closed)
		r.mean("held out, with home country, 8-way", openHome)
		r.mean("held out, with home country, own sections", closedHome)
	}
	return nil
}

// common prints the held-out tests of set on the labels every training set
// shares with it, and keeps them for the summary means.
func (r *reporter) common(exs []section.Example, set string, held []Held) {
	for _, merge := range []bool{false, true} {
		rs := make([]Result, len(held))
		for i, h := range held {
			rs[i] = h.Common
			if merge {
				rs[i] = h.CommonMerged
			}
		}
		if rs[0].Total == 0 {
			continue
		}
		name, key := set+" held out, all sets' labels", "held out, all sets' labels"
		if merge {
			name, key = name+", W=P", key+", W=P"
		}
		fmt.Fprintf(r.w, "  labels every training set shares with %s: %s\n", set, labelNames(CommonLabels(exs, set, merge), false))
		r.line(name, rs)
		r.mean(key, rs)
	}
}

// summary prints every row again and the means of the held-out tests.
func (r *reporter) summary() {
	fmt.Fprintf(r.w, "== summary (accuracy)\n")
	for _, row := range r.rows {
		r.printRow(row)
	}
	for _, key := range []string{"held out, 8-way", "held out, own sections",
		"held out, with home country, 8-way", "held out, with home country, own sections",
		"held out, all sets' labels", "held out, all sets' labels, W=P"} {
		accs := r.means[key]
		if accs == nil {
			continue
		}
		means := make([]float64, len(accs))
		for i, a := range accs {
			means[i] = average(a)
		}
		r.printRow(summaryRow{fmt.Sprintf("mean %s (%d sets)", key, len(accs[0])), means})
	}
	for _, row := range r.pairRows {
		r.printRow(row)
	}
}

// printRow prints one row of the summary.
func (r *reporter) printRow(row summaryRow) {
	fmt.Fprintf(r.w, "  %-66s", row.name)
	for i, a := range row.acc {
		fmt.Fprintf(r.w, "  %s %.4f", r.methods[i].Name, a)
	}
	fmt.Fprintln(r.w)
}

func average(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
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
