package evaluate

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// dataDir is the shared data beside the repository, which some machines
// lack: internal/write/evaluate -> ../shared/data from the project's root.
var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data")

func loadCorpus(t *testing.T) *corpus {
	t.Helper()
	c, err := readCorpus(dataDir)
	if err != nil {
		t.Skipf("no cnndm-sample: %v", err)
	}
	return c
}

// TestSummaries checks the scorer against the official anchors and the
// writer against its target: at least Lead-3 on ROUGE-1 and ROUGE-2.
func TestSummaries(t *testing.T) {
	c := loadCorpus(t)
	rows, err := evaluate(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]row{}
	for _, r := range rows {
		got[r.name] = r
	}
	// Official ROUGE-1.5.5 on the full 100 documents; the 50 here differ a little.
	anchors := []struct {
		name       string
		r1, r2, rl float64
	}{
		{lead3Name, 41.34, 17.44, 37.42},
		{"abs_bart_out", 46.42, 21.96, 42.83},
	}
	for _, a := range anchors {
		r := got[a.name]
		for _, m := range []struct{ got, want float64 }{{r.R1.F, a.r1}, {r.R2.F, a.r2}, {r.RL.F, a.rl}} {
			if d := 100*m.got - m.want; d < -1.5 || d > 1.5 {
				t.Errorf("%s: %.2f, official %.2f on the full sample", a.name, 100*m.got, m.want)
			}
		}
	}
	ours, lead := got[oursName], got[lead3Name]
	if ours.R1.F < lead.R1.F || ours.R2.F < lead.R2.F {
		t.Errorf("ours R1 %.2f R2 %.2f, below lead-3 R1 %.2f R2 %.2f", 100*ours.R1.F, 100*ours.R2.F, 100*lead.R1.F, 100*lead.R2.F)
	}
	var buf bytes.Buffer
	printRows(&buf, rows, len(c.docs))
	t.Log("\n" + buf.String())
}

func TestRunWithoutData(t *testing.T) {
	if err := Run(context.Background(), &bytes.Buffer{}, t.TempDir()); err == nil {
		t.Error("Run on an empty directory: no error")
	}
}

func TestPTBSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "one two . three four !", []string{"one two .", "three four !"}},
		{"closing quote", "`` we won . '' he said so .", []string{"`` we won . ''", "he said so ."}},
		{"no stop", "one two", []string{"one two"}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ptbSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ptbSentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHighlights(t *testing.T) {
	got := highlights("<t> One . </t> <t> Two ,  three . </t>")
	if want := []string{"One .", "Two ,  three ."}; !reflect.DeepEqual(got, want) {
		t.Errorf("highlights = %q, want %q", got, want)
	}
	if a := Article([]string{"`` hi , '' she said .", "ok ."}); !strings.Contains(a.Text, `" hi , " she said .`+"\n\nok .") {
		t.Errorf("Article text %q", a.Text)
	}
}
