package section_test

import (
	"os"
	"testing"

	"tidings/internal/section"
	"tidings/internal/section/corpus"
)

// sharedData is /work/shared/data seen from this package's folder.
const sharedData = "../../../shared/data"

// TestEvaluateSharedData checks the model's quality on the shared data
// sets, when they are there: BBC News 5-fold and AG News held out from
// training. It logs the figures and asserts floors well under them.
func TestEvaluateSharedData(t *testing.T) {
	if _, err := os.Stat(sharedData); err != nil {
		t.Skipf("no shared data at %s", sharedData)
	}
	exs, err := corpus.Load(sharedData)
	if err != nil {
		t.Fatal(err)
	}
	bbc := section.KFold("bbc-news", section.BySet(exs, "bbc-news"), 5, section.DefaultOptions())
	t.Log(bbc)
	if bbc.Accuracy() < 0.95 {
		t.Errorf("BBC 5-fold accuracy %.4f, want >= 0.95", bbc.Accuracy())
	}
	open, closed := section.CrossSource(exs, "ag-news", section.DefaultOptions())
	t.Log(open)
	t.Log(closed)
	if closed.Accuracy() < 0.70 {
		t.Errorf("AG News held out, own 4 labels: accuracy %.4f, want >= 0.70", closed.Accuracy())
	}
}
