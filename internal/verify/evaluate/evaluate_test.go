package evaluate

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// dataDir is the shared data beside the repository, which some machines
// lack: internal/verify/evaluate -> ../shared/data from the project's root.
var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data")

func TestFaithfulness(t *testing.T) {
	stories, err := readStories(dataDir)
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	r, err := evaluate(context.Background(), stories)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r.print(&buf, len(stories))
	t.Log("\n" + buf.String())
	if got := pct(r.caught, r.corrupt); got < 100*catchTarget {
		t.Errorf("caught %.1f%% of corrupted sentences, target %.0f%%", got, 100*catchTarget)
	}
	if got := pct(r.falseHolds, r.faithful); got > 100*holdTarget {
		t.Errorf("held %.1f%% of faithful sentences, target %.0f%%", got, 100*holdTarget)
	}
	for _, k := range corruptKinds {
		if r.byKind[k] == nil || r.byKind[k].cases < 10 {
			t.Errorf("too few %q cases", k)
		}
	}
}

func TestRunWithoutData(t *testing.T) {
	if err := Run(context.Background(), &bytes.Buffer{}, t.TempDir()); err == nil {
		t.Error("Run on an empty directory: no error")
	}
}

func TestEdits(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) (string, bool)
		in   string
		want string // "" if the edit does not apply
	}{
		{"connective", dropConnective, "But the talks ended without a deal on Tuesday.", "The talks ended without a deal on Tuesday."},
		{"parenthesis", dropParenthesis, "The union (NRWU) called the strike.", "The union called the strike."},
		{"clause", dropClause, "The union called the strike last month in London, but talks went on.", "The union called the strike last month in London."},
		{"clause keeps attribution", dropClause, "The union called the strike last month in London, as Pryce said.", ""},
		{"number form", rewriteNumber, "It cost 5 million pounds.", "It cost 5m pounds."},
		{"surname", surname, "The offer was fair, Helen Marsh said.", "The offer was fair, Marsh said."},
		{"negation removed", removeNegation, "The offer did not keep pace.", "The offer did keep pace."},
		{"negation added", addNegation, "The offer was fair.", "The offer was not fair."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.edit(tt.in)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
