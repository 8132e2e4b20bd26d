package evaluate

import (
	"context"
	"fmt"
	"io"

	"tidings/internal/verify"
)

// Seed makes the corruptions; the same seed gives the same cases.
const Seed = 2024

// Targets of the gate.
const (
	catchTarget = 0.95
	holdTarget  = 0.05
)

// Run builds faithful edits and corruptions of sentences of the Giveme5W1H
// news clusters and the cnndm-sample documents under dataDir, checks each
// against its story's articles with verify.Check, and writes how many
// corrupted sentences the gate catches and how many faithful ones it
// wrongly holds, per kind, to w. It returns an error if neither data set
// can be read or ctx is done; a figure below target is not an error.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	stories, err := readStories(dataDir)
	if err != nil {
		return fmt.Errorf("eval faithfulness: %w", err)
	}
	r, err := evaluate(ctx, stories)
	if err != nil {
		return fmt.Errorf("eval faithfulness: %w", err)
	}
	r.print(w, len(stories))
	return nil
}

// tally counts cases of one kind and how many the gate held.
type tally struct {
	cases, held int
	examples    []testCase
}

type report struct {
	byKind             map[string]*tally
	faithful, corrupt  int
	falseHolds, caught int
}

func evaluate(ctx context.Context, stories []story) (*report, error) {
	r := &report{byKind: map[string]*tally{}}
	srcs := make([]*verify.Sources, len(stories))
	for i, st := range stories {
		srcs[i] = verify.NewSources(st.articles)
	}
	for _, c := range makeCases(stories, Seed) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t := r.byKind[c.kind]
		if t == nil {
			t = &tally{}
			r.byKind[c.kind] = t
		}
		t.cases++
		ps := srcs[c.story].Check(c.sentence)
		held := len(ps) > 0
		if held {
			t.held++
		}
		if c.faithful {
			r.faithful++
			if held {
				r.falseHolds++
				t.examples = append(t.examples, c)
			}
		} else {
			r.corrupt++
			if held {
				r.caught++
			} else {
				t.examples = append(t.examples, c)
			}
		}
	}
	return r, nil
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (r *report) print(w io.Writer, stories int) {
	fmt.Fprintf(w, "Faithfulness gate: %d stories (Giveme5W1H news clusters by event, cnndm-sample documents), seed %d.\n\n", stories, Seed)
	fmt.Fprintf(w, "%-50s %6s %6s %8s\n", "corruption", "cases", "caught", "rate")
	for _, k := range corruptKinds {
		if t := r.byKind[k]; t != nil {
			fmt.Fprintf(w, "%-50s %6d %6d %7.1f%%\n", k, t.cases, t.held, pct(t.held, t.cases))
		}
	}
	fmt.Fprintf(w, "%-50s %6d %6d %7.1f%%   (target >= %.0f%%)\n\n", "all corrupted", r.corrupt, r.caught, pct(r.caught, r.corrupt), 100*catchTarget)
	fmt.Fprintf(w, "%-50s %6s %6s %8s\n", "faithful edit", "cases", "held", "rate")
	for _, k := range faithfulKinds {
		if t := r.byKind[k]; t != nil {
			fmt.Fprintf(w, "%-50s %6d %6d %7.1f%%\n", k, t.cases, t.held, pct(t.held, t.cases))
		}
	}
	fmt.Fprintf(w, "%-50s %6d %6d %7.1f%%   (target <= %.0f%%)\n", "all faithful", r.faithful, r.falseHolds, pct(r.falseHolds, r.faithful), 100*holdTarget)
	v := r.byKind[editVerbatim]
	if v != nil {
		fmt.Fprintf(w, "%-50s %6d %6d %7.1f%%\n", "faithful, edited only (not verbatim)", r.faithful-v.cases, r.falseHolds-v.held, pct(r.falseHolds-v.held, r.faithful-v.cases))
	}
	fmt.Fprintf(w, "\nExamples the gate got wrong (up to 2 per kind):\n")
	for _, k := range append(append([]string{}, corruptKinds...), faithfulKinds...) {
		t := r.byKind[k]
		if t == nil {
			continue
		}
		for _, c := range t.examples[:min(2, len(t.examples))] {
			fmt.Fprintf(w, "  [%s]\n    source:  %s\n    written: %s\n", k, c.original, c.sentence)
		}
	}
}
