package evaluate

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tidings/internal/news"
	"tidings/internal/section"
)

// Pair is one method trained on one set alone and tested on another, on
// the labels the two share (Shared): the test set's items with one of
// those labels, choosing among the training set's sections that have one.
type Pair struct {
	Train, Test string
	// Exact are the sections both sets use; Merged the same with WORLD and
	// POLITICS as one label.
	Exact, Merged Shared
	// OnExact and OnMerged are the results on Exact and Merged; a result
	// whose Shared has fewer than two labels is not run (zero Total).
	OnExact, OnMerged Result
	// Home scores OnExact's predictions settled by the home-country rule
	// (section.Settle) with the test set's home country; HasHome is false,
	// and Home zero, unless both sets have one.
	Home    Result
	HasHome bool
}

// Pairwise trains method on each set of sets with more than one section,
// alone, and tests it on each other such set on the labels the two share
// (Pair). A pair whose sets share fewer than two labels, exact and merged,
// is left out. The home-country rule runs for the pairs whose sets both
// have a home country in Homes, with the test set's home and place giving
// a story's dateline country; a nil place leaves it out. It returns an
// error only if ctx ends.
func Pairwise(ctx context.Context, method Method, exs []section.Example, sets []string, place func(title, text string) string) ([]Pair, error) {
	bySet := map[string][]section.Example{}
	var multi []string
	for _, s := range sets {
		if sub := section.BySet(exs, s); distinct(sub) > 1 {
			bySet[s] = sub
			multi = append(multi, s)
		}
	}
	var out []Pair
	for _, a := range multi {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		predict := method.Train(bySet[a])
		have := sections(bySet[a], false)
		for _, b := range multi {
			if b == a {
				continue
			}
			test := sections(bySet[b], true)
			p := Pair{Train: a, Test: b, Exact: sharedLabels(have, test, false), Merged: sharedLabels(have, test, true)}
			if len(p.Exact.Labels()) < 2 && len(p.Merged.Labels()) < 2 {
				continue
			}
			var home Home
			if Homes[a] != "" && Homes[b] != "" && place != nil {
				home = Home{Country: Homes[b], Place: place}
			}
			p.run(predict, bySet[b], home)
			out = append(out, p)
		}
	}
	return out, nil
}

// run tests predict on the items of test, with the home-country rule of
// home if it has a country.
func (p *Pair) run(predict Predictor, test []section.Example, home Home) {
	p.HasHome = home.Country != ""
	exact, merged := len(p.Exact.Labels()) > 1, len(p.Merged.Labels()) > 1
	same := slices.Equal(p.Exact.Allowed, p.Merged.Allowed)
	for _, ex := range test {
		var got news.Section
		if exact && p.Exact.covers(ex) {
			got = predict(ex.Title, ex.Text, p.Exact.Allowed)
			p.OnExact.addRight(ex, got, p.Exact.right(ex, got))
			if p.HasHome {
				hints := section.Hints{Home: home.Country, Country: home.Place(ex.Title, ex.Text)}
				p.Home.addSettled(ex, got, section.Settle(got, p.Exact.Allowed, hints))
			}
		}
		if merged && p.Merged.covers(ex) {
			if got == "" || !same {
				got = predict(ex.Title, ex.Text, p.Merged.Allowed)
			}
			p.OnMerged.addRight(ex, got, p.Merged.right(ex, got))
		}
	}
}

// CommonLabels returns the Shared of a held-out test of held on the
// labels that every other set of exs with more than one section uses and
// held uses too, exact or with WORLD and POLITICS as one label if merge:
// the method chooses among the other sets' sections that have one of
// those labels.
func CommonLabels(exs []section.Example, held string, merge bool) Shared {
	lab := Shared{Merge: merge}
	union := map[news.Section]bool{}
	var common map[news.Section]bool // labels
	for _, s := range section.SetNames(exs) {
		sub := section.BySet(exs, s)
		if s == held || distinct(sub) < 2 {
			continue
		}
		labels := map[news.Section]bool{}
		for x := range sections(sub, false) {
			union[x] = true
			labels[lab.label(x)] = true
		}
		if common == nil {
			common = labels
		}
		for l := range common {
			if !labels[l] {
				delete(common, l)
			}
		}
	}
	train := map[news.Section]bool{}
	for x := range union {
		if common[lab.label(x)] {
			train[x] = true
		}
	}
	return sharedLabels(train, sections(section.BySet(exs, held), true), merge)
}

// pairwise prints the pairwise tests of the sets and keeps their means for
// the summary.
func (r *reporter) pairwise(ctx context.Context, exs []section.Example, sets []string, place func(title, text string) string) error {
	pairs := make([][]Pair, len(r.methods))
	for i, m := range r.methods {
		var err error
		if pairs[i], err = Pairwise(ctx, m, exs, sets, place); err != nil {
			return err
		}
	}
	if len(pairs[0]) == 0 {
		return nil
	}
	names := strings.Join(r.names(), "/")
	fmt.Fprintf(r.w, "== pairwise: trained on one set alone (rows), tested on another (columns), on the labels the two share:\n")
	fmt.Fprintf(r.w, "   the test set's items with a label the training set has, choosing among those labels; %s\n", names)
	r.pairTable("exact labels", pairs, func(p Pair) (Shared, Result) { return p.Exact, p.OnExact })
	fmt.Fprintf(r.w, "-- pairwise, WORLD and POLITICS as one label: the sets disagree on that line (AG files US politics\n")
	fmt.Fprintf(r.w, "   under World, Inshorts files foreign politics under world, BBC and MasakhaNEWS have no world label)\n")
	r.pairTable("WORLD=POLITICS", pairs, func(p Pair) (Shared, Result) { return p.Merged, p.OnMerged })
	r.pairHome(pairs)
	return nil
}

// names returns the methods' names.
func (r *reporter) names() []string {
	out := make([]string, len(r.methods))
	for i, m := range r.methods {
		out[i] = m.Name
	}
	return out
}

// pairTable prints a matrix of the pairs' accuracies, one line per pair
// with its labels and item count, and the means, from what f picks of
// each pair.
func (r *reporter) pairTable(title string, pairs [][]Pair, f func(Pair) (Shared, Result)) {
	var sets []string
	for _, p := range pairs[0] {
		for _, s := range []string{p.Train, p.Test} {
			if !slices.Contains(sets, s) {
				sets = append(sets, s)
			}
		}
	}
	cell := map[[2]string]string{}
	for j, p := range pairs[0] {
		if _, res := f(p); res.Total > 0 {
			cell[[2]string{p.Train, p.Test}] = r.accuracies(pairs, j, f, true)
		}
	}
	fmt.Fprintf(r.w, "  %-10s", "train\\test")
	for _, s := range sets {
		fmt.Fprintf(r.w, " %-*s", 6*len(r.methods)-1, short(s))
	}
	fmt.Fprintln(r.w)
	for _, a := range sets {
		fmt.Fprintf(r.w, "  %-10s", short(a))
		for _, b := range sets {
			c, ok := cell[[2]string{a, b}]
			if !ok {
				c = "-"
			}
			fmt.Fprintf(r.w, " %-*s", 6*len(r.methods)-1, c)
		}
		fmt.Fprintln(r.w)
	}
	for j, p := range pairs[0] {
		sh, res := f(p)
		if res.Total == 0 {
			continue
		}
		fmt.Fprintf(r.w, "  %-20s %-29s %s  (%d items)\n", short(p.Train)+" -> "+short(p.Test), labelNames(sh, true),
			r.accuracies(pairs, j, f, false), res.Total)
	}
	r.pairMeans(title, pairs, func(p Pair) Result { _, res := f(p); return res }, func(Pair) bool { return true })
}

// accuracies formats the accuracy of each method on pair j: compact as
// "0.912/0.880", or named as "ours 0.9123  tfidf+mnb 0.8801".
func (r *reporter) accuracies(pairs [][]Pair, j int, f func(Pair) (Shared, Result), compact bool) string {
	parts := make([]string, len(pairs))
	for i := range pairs {
		_, res := f(pairs[i][j])
		if compact {
			parts[i] = fmt.Sprintf("%.3f", res.Accuracy())
		} else {
			parts[i] = fmt.Sprintf("%s %.4f", r.methods[i].Name, res.Accuracy())
		}
	}
	if compact {
		return strings.Join(parts, "/")
	}
	return strings.Join(parts, "  ")
}

// pairHome prints the home-country rule on the pairs that have it.
func (r *reporter) pairHome(pairs [][]Pair) {
	if !slices.ContainsFunc(pairs[0], func(p Pair) bool { return p.HasHome && p.OnExact.Total > 0 }) {
		return
	}
	fmt.Fprintf(r.w, "-- pairwise, exact labels, with the test set's home country (pairs where both sets have one;\n")
	fmt.Fprintf(r.w, "   the rule can move a story only where WORLD and POLITICS are both shared labels)\n")
	for j, p := range pairs[0] {
		if !p.HasHome || p.OnExact.Total == 0 {
			continue
		}
		fmt.Fprintf(r.w, "  %-20s", short(p.Train)+" -> "+short(p.Test))
		for i, m := range r.methods {
			q := pairs[i][j]
			fmt.Fprintf(r.w, "  %s %.4f -> %.4f", m.Name, q.OnExact.Accuracy(), q.Home.Accuracy())
			if q.Home.Moved > 0 {
				fmt.Fprintf(r.w, " (moved %d: %d to right, %d off right)", q.Home.Moved, q.Home.MovedRight, q.Home.MovedWrong)
			}
		}
		fmt.Fprintf(r.w, "  (%d items)\n", p.OnExact.Total)
	}
	homed := func(p Pair) bool { return p.HasHome }
	r.pairMeans("home pairs, without the rule", pairs, func(p Pair) Result { return p.OnExact }, homed)
	r.pairMeans("home pairs, with the rule", pairs, func(p Pair) Result { return p.Home }, homed)
}

// pairMeans prints, and keeps for the summary, the plain mean of each
// method's accuracy over the pairs that keep selects and have items, and
// the mean weighted by items.
func (r *reporter) pairMeans(title string, pairs [][]Pair, f func(Pair) Result, keep func(Pair) bool) {
	plain := make([]float64, len(pairs))
	weighted := make([]float64, len(pairs))
	n, items := 0, 0
	for i := range pairs {
		var accs []float64
		var right, total int
		for _, p := range pairs[i] {
			if res := f(p); keep(p) && res.Total > 0 {
				accs = append(accs, res.Accuracy())
				right += res.Correct
				total += res.Total
			}
		}
		plain[i] = average(accs)
		if total > 0 {
			weighted[i] = float64(right) / float64(total)
		}
		n, items = len(accs), total
	}
	rows := []summaryRow{
		{fmt.Sprintf("pairwise %s, mean of %d pairs", title, n), plain},
		{fmt.Sprintf("pairwise %s, weighted by %d items", title, items), weighted},
	}
	for _, row := range rows {
		r.printRow(row)
	}
	r.pairRows = append(r.pairRows, rows...)
}

// short is a set's name up to its first hyphen, at most 8 letters.
func short(set string) string {
	s, _, _ := strings.Cut(set, "-")
	if len(s) > 8 {
		s = s[:8]
	}
	return s
}

// labelNames lists the labels of s by their sections' slugs, cut to four
// letters if brief, with WORLD and POLITICS joined by "=" when they are
// one label.
func labelNames(s Shared, brief bool) string {
	var parts []string
	for _, l := range s.Labels() {
		name := l.Slug()
		if brief {
			name = name[:4]
		}
		if s.Merge && (l == news.World || l == news.Politics) {
			name = news.World.Slug()[:4] + "=" + news.Politics.Slug()[:4]
			if !brief {
				name = news.World.Slug() + "=" + news.Politics.Slug()
			}
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, " ")
}
