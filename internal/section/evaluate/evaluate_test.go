package evaluate

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

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
	for _, want := range []string{"bbc-news 5-fold", "held out, 8-way", "tfidf+mnb", "== summary"} {
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
	open, closed, err := CrossSource(ctx, Ours, exs, "ag-news")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ag-news held out: 8-way %.4f, its own sections %.4f", open.Accuracy(), closed.Accuracy())
	if open.Accuracy() < 0.72 || closed.Accuracy() < 0.82 {
		t.Errorf("AG News held out: %.4f / %.4f, want >= 0.72 / 0.82", open.Accuracy(), closed.Accuracy())
	}
}
