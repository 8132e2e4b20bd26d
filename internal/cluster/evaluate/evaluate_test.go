package evaluate

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"tidings/internal/cluster"
	"tidings/internal/news"
)

// dataDir is the shared data, outside the repository.
const dataDir = "../../../../shared/data"

func TestRun(t *testing.T) {
	for _, d := range []string{"giveme5w1h-news-cluster", "bbc-news"} {
		if _, err := os.Stat(filepath.Join(dataDir, d)); err != nil {
			t.Skip("shared data absent:", err)
		}
	}
	var out bytes.Buffer
	if err := Run(context.Background(), &out, dataDir); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

// TestFloor holds the clusterer to the scores it reaches with the default
// options, with the 30-day window and without: on news_cluster, where they
// were chosen (0.915 and 0.960 when written), and on google_news, held out
// (0.935 and 0.962).
func TestFloor(t *testing.T) {
	tests := []struct {
		set     string
		window  bool
		leastF1 float64
	}{
		{"news_cluster", true, 0.90},
		{"news_cluster", false, 0.94},
		{"google_news", true, 0.92},
		{"google_news", false, 0.94},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s window %v", tt.set, tt.window), func(t *testing.T) {
			c, err := readCorpus(tt.set, filepath.Join(dataDir, "giveme5w1h-news-cluster", tt.set))
			if err != nil {
				t.Skip("shared data absent:", err)
			}
			o := cluster.DefaultOptions()
			if !tt.window {
				o = noWindow(o)
			}
			if s := bcubed(oursWith(c, o), c.gold); s.f1 < tt.leastF1 {
				t.Errorf("B-cubed F1 = %.3f, want >= %.2f (P %.3f, R %.3f)", s.f1, tt.leastF1, s.p, s.r)
			}
		})
	}
}

// TestAverageLinkWindow checks that the windowed baseline joins only
// clusters whose spans come within the window, chains included.
func TestAverageLinkWindow(t *testing.T) {
	day := 24 * time.Hour
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		at     []time.Duration // each article's time after t0; all alike
		window time.Duration
		want   int // merges
	}{
		{"no window: all join", []time.Duration{0, 40 * day, 80 * day}, 0, 2},
		{"too far apart", []time.Duration{0, 40 * day}, 30 * day, 0},
		{"a chain of short gaps", []time.Duration{0, 20 * day, 40 * day}, 30 * day, 2},
		{"one long gap cuts", []time.Duration{0, 10 * day, 50 * day}, 30 * day, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len(tt.at)
			sim := make([][]float64, n)
			spans := make([]span, n)
			for i := range sim {
				sim[i] = make([]float64, n)
				for j := range sim[i] {
					sim[i][j] = 0.9
				}
				spans[i] = span{t0.Add(tt.at[i]), t0.Add(tt.at[i])}
			}
			if got := len(averageLink(sim, spans, tt.window)); got != tt.want {
				t.Errorf("merges = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestBcubed(t *testing.T) {
	gold := []string{"a", "a", "b", "b"}
	tests := []struct {
		name string
		pred []int
		want score
	}{
		{"perfect", []int{1, 1, 2, 2}, score{1, 1, 1}},
		{"all alone", []int{1, 2, 3, 4}, score{1, 0.5, 2.0 / 3}},
		{"all in one", []int{1, 1, 1, 1}, score{0.5, 1, 2.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bcubed(tt.pred, gold); math.Abs(got.p-tt.want.p)+math.Abs(got.r-tt.want.r)+math.Abs(got.f1-tt.want.f1) > 1e-9 {
				t.Errorf("bcubed = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestAverageLinkSame checks the fast average link against the plain one
// (scan every pair at each step) on random similarities with many ties,
// with and without a window.
func TestAverageLinkSame(t *testing.T) {
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 7))
		n := 2 + rng.IntN(30)
		sim := make([][]float64, n)
		for i := range sim {
			sim[i] = make([]float64, n)
		}
		for i := range n {
			for j := range i {
				sim[i][j] = float64(rng.IntN(3)) / 2 // ties on purpose
				sim[j][i] = sim[i][j]
			}
		}
		spans := make([]span, n)
		for i := range spans {
			at := t0.Add(time.Duration(rng.IntN(90*24)) * time.Hour)
			spans[i] = span{at, at}
		}
		for _, window := range []time.Duration{0, 20 * 24 * time.Hour} {
			want := plainAverageLink(clone2(sim), slices.Clone(spans), window)
			got := averageLink(clone2(sim), slices.Clone(spans), window)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, window %v: merges\n%v\nwant\n%v", seed, window, got, want)
			}
		}
	}
}

func clone2(m [][]float64) [][]float64 {
	out := make([][]float64, len(m))
	for i := range m {
		out[i] = slices.Clone(m[i])
	}
	return out
}

// plainAverageLink is average link done the plain way: each step scans
// every pair for the most similar allowed one, the first in row order of
// a tie.
func plainAverageLink(sim [][]float64, spans []span, window time.Duration) []merge {
	n := len(sim)
	size := make([]int, n)
	alive := make([]bool, n)
	for i := range size {
		size[i], alive[i] = 1, true
	}
	var out []merge
	for range n - 1 {
		bi, bj, best := -1, -1, math.Inf(-1)
		for i := range n {
			for j := i + 1; j < n; j++ {
				if alive[i] && alive[j] && sim[i][j] > best && spans[i].near(spans[j], window) {
					bi, bj, best = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 {
			break
		}
		out = append(out, merge{bi, bj, best})
		for k := range n {
			if alive[k] && k != bi && k != bj {
				s := (float64(size[bi])*sim[bi][k] + float64(size[bj])*sim[bj][k]) / float64(size[bi]+size[bj])
				sim[bi][k], sim[k][bi] = s, s
			}
		}
		size[bi] += size[bj]
		alive[bj] = false
		spans[bi] = span{minTime(spans[bi].first, spans[bj].first), maxTime(spans[bi].last, spans[bj].last)}
	}
	return out
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// TestMix checks that the distractors are spread evenly over the labelled
// set's span, in their order, and that the mix is oldest first.
func TestMix(t *testing.T) {
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	set := &corpus{name: "set", gold: []string{"e1", "e1"}, articles: []news.Article{
		{Title: "a", Published: t0}, {Title: "b", Published: t0.Add(40 * time.Hour)},
	}}
	dis := &corpus{name: "dis", gold: []string{"x", "y", "z", "w"}, articles: []news.Article{
		{Title: "x"}, {Title: "y"}, {Title: "z"}, {Title: "w"},
	}}
	m := mix(set, dis)
	var titles []string
	var hours []float64
	for _, a := range m.articles {
		titles = append(titles, a.Title)
		hours = append(hours, a.Published.Sub(t0).Hours())
	}
	if want := []string{"a", "x", "y", "z", "w", "b"}; !slices.Equal(titles, want) {
		t.Errorf("order = %v, want %v", titles, want)
	}
	if want := []float64{0, 5, 15, 25, 35, 40}; !slices.Equal(hours, want) {
		t.Errorf("hours = %v, want %v", hours, want)
	}
	if want := []bool{true, false, false, false, false, true}; !slices.Equal(m.labelled, want) {
		t.Errorf("labelled = %v, want %v", m.labelled, want)
	}
	if want := []string{"e1", "x", "y", "z", "w", "e1"}; !slices.Equal(m.gold, want) {
		t.Errorf("gold = %v, want %v", m.gold, want)
	}
	for i, a := range m.articles {
		if a.ID != int64(i+1) {
			t.Errorf("article %d has ID %d", i, a.ID)
		}
	}
}

func TestBcubedOn(t *testing.T) {
	gold := []string{"a", "a", "x", "y"}
	on := []bool{true, true, false, false}
	tests := []struct {
		name string
		pred []int
		want score
	}{
		{"perfect", []int{1, 1, 2, 3}, score{1, 1, 1}},
		{"a distractor joins", []int{1, 1, 1, 3}, score{2.0 / 3, 1, 0.8}},
		{"distractors together: not counted", []int{1, 1, 2, 2}, score{1, 1, 1}},
		{"split", []int{1, 2, 3, 4}, score{1, 0.5, 2.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bcubedOn(tt.pred, gold, on); math.Abs(got.p-tt.want.p)+math.Abs(got.r-tt.want.r)+math.Abs(got.f1-tt.want.f1) > 1e-9 {
				t.Errorf("bcubedOn = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestDense holds the clusterer, on news_cluster mixed with the BBC News
// distractors within the window, to beating the textbook baseline at its
// threshold tuned on news_cluster over all articles, with a smaller
// largest story, and to keeping the news_cluster articles' F1 near what it
// is on the set alone (0.908 against 0.911 when written), and to a
// precision over all articles well above what it was before stories had
// to share rare terms (0.757 when written, 0.640 before).
func TestDense(t *testing.T) {
	dir := filepath.Join(dataDir, "giveme5w1h-news-cluster")
	nc, err := readCorpus("news_cluster", filepath.Join(dir, "news_cluster"))
	if err != nil {
		t.Skip("shared data absent:", err)
	}
	bbc, err := readBBC(filepath.Join(dataDir, "bbc-news", "bbc"))
	if err != nil {
		t.Skip("shared data absent:", err)
	}
	def := cluster.DefaultOptions()
	alone := newBaseline(nc, def.Window)
	threshold, _ := tune(nc, func(_ *corpus, t float64) []int64 { return alone.cut(t) })
	m := mix(nc, bbc)
	ours := oursWith(m.corpus, def)
	base := newBaseline(m.corpus, def.Window).cut(threshold)
	o, b := bcubed(ours, m.gold), bcubed(base, m.gold)
	if o.f1 <= b.f1 {
		t.Errorf("F1 over all articles %.3f, baseline %.3f: want more", o.f1, b.f1)
	}
	ol, _ := sizes(ours, bigStory)
	bl, _ := sizes(base, bigStory)
	if ol >= bl {
		t.Errorf("largest story %d, baseline %d: want fewer", ol, bl)
	}
	if o.p < 0.70 {
		t.Errorf("precision over all articles %.3f, want >= 0.70", o.p)
	}
	if l := bcubedOn(ours, m.gold, m.labelled); l.f1 < 0.89 {
		t.Errorf("news_cluster articles' F1 %.3f, want >= 0.89", l.f1)
	}
}
