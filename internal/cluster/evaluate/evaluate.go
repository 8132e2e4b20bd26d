// Package evaluate measures package cluster on the public Giveme5W1H
// news-cluster sets and sets it beside the textbook baseline and the
// trivial floors.
//
// It reads the shared evaluation data in place (never copied into the
// project): <dataDir>/giveme5w1h-news-cluster/news_cluster (204 articles,
// gold EventId) and .../google_news (32 articles, gold category). Articles
// are fed to the Clusterer oldest first, as they would arrive. Scores are
// B-cubed precision, recall and F1.
//
// Tuning is reported honestly: the default options were chosen on
// news_cluster, so their score there is a score on the tuning set; the
// "tuned on the other set" lines choose the threshold on one set and apply
// it to the other. The baseline's threshold is tuned the same two ways.
package evaluate

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"
	"time"

	"tidings/internal/cluster"
)

// Run scores the clusterer, the baseline and the floors on both sets under
// dataDir and writes a report to w. It fails if a set is absent or broken
// (the error wraps fs.ErrNotExist when absent), on a write error, or when
// ctx is done.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	dir := filepath.Join(dataDir, "giveme5w1h-news-cluster")
	sets := make([]*corpus, 2)
	for i, name := range []string{"news_cluster", "google_news"} {
		c, err := readCorpus(name, filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("eval clustering: %w", err)
		}
		sets[i] = c
	}
	// Tune each method on each set first, to cross-apply thresholds.
	var oursT, baseT [2]float64
	bases := make([]*baseline, 2)
	for i, c := range sets {
		if err := ctx.Err(); err != nil {
			return err
		}
		oursT[i], _ = tune(c, ours)
		bases[i] = newBaseline(c)
		baseT[i], _ = tune(c, func(_ *corpus, t float64) []int64 { return bases[i].cut(t) })
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Story clustering, B-cubed\tP\tR\tF1\t\n")
	for i, c := range sets {
		other := 1 - i
		def := cluster.DefaultOptions()
		fmt.Fprintf(tw, "%s: %d articles, %d events\t\t\t\t\n", c.name, len(c.articles), events(c))
		row(tw, fmt.Sprintf("tidings cluster, defaults (threshold %.2f, window %s)", def.Threshold, days(def.Window)), bcubed(ours(c, def.Threshold), c.gold))
		row(tw, fmt.Sprintf("tidings cluster, threshold tuned on this set (%.2f)", oursT[i]), bcubed(ours(c, oursT[i]), c.gold))
		row(tw, fmt.Sprintf("tidings cluster, threshold tuned on %s (%.2f)", sets[other].name, oursT[other]), bcubed(ours(c, oursT[other]), c.gold))
		row(tw, "tidings cluster, defaults, no time window", bcubed(oursWith(c, noWindow(def)), c.gold))
		row(tw, fmt.Sprintf("TF-IDF average link, threshold tuned on this set (%.2f)", baseT[i]), bcubed(bases[i].cut(baseT[i]), c.gold))
		row(tw, fmt.Sprintf("TF-IDF average link, threshold tuned on %s (%.2f)", sets[other].name, baseT[other]), bcubed(bases[i].cut(baseT[other]), c.gold))
		row(tw, "every article alone", bcubed(alone(c), c.gold))
		row(tw, "all in one", bcubed(make([]int64, len(c.articles)), c.gold))
		row(tw, fmt.Sprintf("ceiling within a %s window (gold cut at longer gaps)", days(def.Window)), bcubed(ceiling(c, def.Window), c.gold))
	}
	return tw.Flush()
}

func row(w io.Writer, name string, s score) {
	fmt.Fprintf(w, "  %s\t%.3f\t%.3f\t%.3f\t\n", name, s.p, s.r, s.f1)
}

func days(d time.Duration) string { return fmt.Sprintf("%gd", d.Hours()/24) }

func events(c *corpus) int {
	seen := map[string]bool{}
	for _, g := range c.gold {
		seen[g] = true
	}
	return len(seen)
}

// ours clusters c with the default options but threshold.
func ours(c *corpus, threshold float64) []int64 {
	o := cluster.DefaultOptions()
	o.Threshold = threshold
	return oursWith(c, o)
}

// oursWith feeds the articles of c, oldest first, to a Clusterer and
// returns each one's final story key, merges followed.
func oursWith(c *corpus, o cluster.Options) []int64 {
	cl := cluster.New(o)
	redirect := map[int64]int64{}
	keys := make([]int64, len(c.articles))
	for i, a := range c.articles {
		as := cl.Add(a)
		for _, m := range as.Merged {
			redirect[m] = as.Story
		}
		keys[i] = as.Story
	}
	for i, k := range keys {
		for {
			next, ok := redirect[k]
			if !ok {
				break
			}
			k = next
		}
		keys[i] = k
	}
	return keys
}

func noWindow(o cluster.Options) cluster.Options {
	o.Window = 100 * 365 * 24 * time.Hour
	return o
}

func alone(c *corpus) []int64 {
	out := make([]int64, len(c.articles))
	for i := range out {
		out[i] = int64(i)
	}
	return out
}

// ceiling is the best a clusterer bound by window can do: each gold event,
// cut wherever two of its articles (in time order) lie more than window
// apart.
func ceiling(c *corpus, window time.Duration) []string {
	last := map[string]time.Time{}
	part := map[string]int{}
	out := make([]string, len(c.articles))
	for i, a := range c.articles { // oldest first
		g := c.gold[i]
		if t, ok := last[g]; ok && a.Published.Sub(t) > window {
			part[g]++
		}
		last[g] = a.Published
		out[i] = fmt.Sprintf("%s/%d", g, part[g])
	}
	return out
}
