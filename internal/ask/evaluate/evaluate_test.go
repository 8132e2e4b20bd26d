package evaluate

import (
	"bytes"
	"context"
	"testing"
)

// dataDir is the shared data beside the repository, which some machines
// lack: internal/ask/evaluate -> ../shared/data from the project's root.
const dataDir = "../../../../shared/data"

func TestQuestions(t *testing.T) {
	sets, err := readSets(dataDir)
	if err != nil {
		t.Skip("shared data absent:", err)
	}
	var out bytes.Buffer
	for _, s := range sets {
		r, err := evaluate(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		r.print(&out)
		// Floors met when written: 100% answered on every set, three
		// questions on 35/35 events, 195/198 single articles of 3+
		// sentences (the other three are a paywall notice, a promotion and
		// a one-sentence wire stub) and 50/50 lower-cased cnndm articles.
		if got := ratio(r.answered, r.questions); got < answeredTarget {
			t.Errorf("%s: %.1f%% answered, want >= %.0f%%", s.name, 100*got, 100*answeredTarget)
		}
		if got := ratio(r.longFull, r.long); got < 0.95 {
			t.Errorf("%s: %.1f%% of stories of 3+ sentences get %d questions, want >= 95%%", s.name, 100*got, questionsWant)
		}
		if r.lintFails > 0 || r.dupPairs > 0 || r.unverbatim > 0 {
			t.Errorf("%s: %d lint failures, %d near-duplicate pairs, %d answers not verbatim; want none",
				s.name, r.lintFails, r.dupPairs, r.unverbatim)
		}
	}
	t.Log("\n" + out.String())
}

func TestRunWithoutData(t *testing.T) {
	if err := Run(context.Background(), &bytes.Buffer{}, t.TempDir()); err == nil {
		t.Error("Run on an empty directory: no error")
	}
}

func TestWordOverlap(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		{"same", "Who is Helen Marsh?", "who is helen marsh", 1},
		{"half", "What is known about Corvant?", "What is known about Dana Whitfield?", 4.0 / 7},
		{"none", "Why?", "How?", 0},
		{"empty", "", "?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WordOverlap(tt.a, tt.b); got != tt.want {
				t.Errorf("WordOverlap(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
