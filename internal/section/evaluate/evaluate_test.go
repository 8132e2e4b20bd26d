package evaluate

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/section/corpus"
)

// sharedData is /work/shared/data seen from this package's folder.
const sharedData = "../../../../shared/data"

func TestRunSmall(t *testing.T) {
	var out bytes.Buffer
	if err := Run(context.Background(), &out, "../corpus/testdata"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"bbc-news 5-fold", "held out, 8-way", "tfidf+mnb", "== summary",
		"home country United Kingdom", "held out, with home country, 8-way"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, &bytes.Buffer{}, "../corpus/testdata"); err == nil {
		t.Error("Run with a cancelled context: no error")
	}
}

// TestSharedData checks the shipped method on the shared data sets, when
// they are there: BBC News 5-fold and AG News held out from training. It
// logs the figures (the full report is "tidings eval sections") and
// asserts floors a little under them (MODEL.md).
func TestSharedData(t *testing.T) {
	if _, err := os.Stat(sharedData); err != nil {
		t.Skipf("no shared data at %s", sharedData)
	}
	exs, err := corpus.Load(sharedData)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	bbc, err := KFold(ctx, Ours, section.BySet(exs, "bbc-news"), Folds)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bbc-news %d-fold: %.4f", Folds, bbc.Accuracy())
	if bbc.Accuracy() < 0.96 {
		t.Errorf("BBC %d-fold accuracy %.4f, want >= 0.96", Folds, bbc.Accuracy())
	}
	ag, err := CrossSource(ctx, Ours, exs, "ag-news", Home{})
	if err != nil {
		t.Fatal(err)
	}
	open, closed := ag.Open, ag.Closed
	t.Logf("ag-news held out: 8-way %.4f, its own sections %.4f", open.Accuracy(), closed.Accuracy())
	if open.Accuracy() < 0.72 || closed.Accuracy() < 0.82 {
		t.Errorf("AG News held out: %.4f / %.4f, want >= 0.72 / 0.82", open.Accuracy(), closed.Accuracy())
	}
	if ag.OpenHome != ag.Open || ag.ClosedHome != ag.Closed {
		t.Errorf("AG News without a home country: the rule changed the results")
	}
}

// TestSharedDataHome checks the home-country rule on HuffPost held out,
// with the datelines Report finds, when the shared data is there: it logs
// the figures and asserts a floor a little under them (MODEL.md) and that
// most of the rule's moves are right.
func TestSharedDataHome(t *testing.T) {
	if _, err := os.Stat(sharedData); err != nil {
		t.Skipf("no shared data at %s", sharedData)
	}
	exs, err := corpus.Load(sharedData)
	if err != nil {
		t.Fatal(err)
	}
	const set = "huffpost-news-category-subset"
	place, err := placer([]string{set})
	if err != nil {
		t.Fatal(err)
	}
	h, err := CrossSource(context.Background(), Ours, exs, set, Home{Country: Homes[set], Place: place})
	if err != nil {
		t.Fatal(err)
	}
	r := h.OpenHome
	t.Logf("%s held out: %.4f, with home country %.4f; the rule moved %d, %d to right, %d off right",
		set, h.Open.Accuracy(), r.Accuracy(), r.Moved, r.MovedRight, r.MovedWrong)
	if r.Accuracy() < 0.58 {
		t.Errorf("with home country: %.4f, want >= 0.58", r.Accuracy())
	}
	if r.MovedRight < 2*r.Moved/3 {
		t.Errorf("the rule moved %d items, %d to the right section, want at least two thirds", r.Moved, r.MovedRight)
	}
}

// always is a method that files every story under s, whatever it is
// allowed.
func always(s news.Section) Method {
	return Method{"always-" + s.Slug(), func([]section.Example) Predictor {
		return func(string, string, []news.Section) news.Section { return s }
	}}
}

func TestCrossSourceHome(t *testing.T) {
	ex := func(set string, s news.Section, title string) section.Example {
		return section.Example{Set: set, Section: s, Title: title}
	}
	exs := []section.Example{
		ex("other", news.World, "a"), ex("other", news.Politics, "b"), ex("other", news.Sports, "c"),
		ex("held", news.Politics, "home politics"),
		ex("held", news.World, "abroad world"),
		ex("held", news.World, "home world"),
		ex("held", news.Politics, "nowhere politics"),
		ex("held", news.Sports, "home sports"),
	}
	place := func(title, _ string) string {
		switch {
		case strings.HasPrefix(title, "home"):
			return "Utopia"
		case strings.HasPrefix(title, "abroad"):
			return "Elsewhere"
		}
		return ""
	}
	tests := []struct {
		name                  string
		method                Method
		home                  Home
		plain, settled        int // right answers without and with the rule
		moved, toRight, wrong int
	}{
		{"world, at home", always(news.World), Home{"Utopia", place}, 2, 2, 3, 1, 1},
		{"politics, at home", always(news.Politics), Home{"Utopia", place}, 2, 3, 1, 1, 0},
		{"politics, no home", always(news.Politics), Home{"", place}, 2, 2, 0, 0, 0},
		{"politics, no place", always(news.Politics), Home{Country: "Utopia"}, 2, 2, 0, 0, 0},
		{"sports", always(news.Sports), Home{"Utopia", place}, 1, 1, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := CrossSource(context.Background(), tt.method, exs, "held", tt.home)
			if err != nil {
				t.Fatal(err)
			}
			r := h.OpenHome
			if h.Open.Correct != tt.plain || r.Correct != tt.settled || r.Total != 5 {
				t.Errorf("right %d without the rule, %d of %d with it; want %d, %d of 5", h.Open.Correct, r.Correct, r.Total, tt.plain, tt.settled)
			}
			if r.Moved != tt.moved || r.MovedRight != tt.toRight || r.MovedWrong != tt.wrong {
				t.Errorf("moved %d, %d to right, %d off right; want %d, %d, %d", r.Moved, r.MovedRight, r.MovedWrong, tt.moved, tt.toRight, tt.wrong)
			}
			if h.ClosedHome != r {
				t.Errorf("closed %+v, want the open result %+v (the held set uses all the sections it is tested on)", h.ClosedHome, r)
			}
		})
	}
}
