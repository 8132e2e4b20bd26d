package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/mattn/go-isatty"

	askEval "tidings/internal/ask/evaluate"
	clusterEval "tidings/internal/cluster/evaluate"
	datelineEval "tidings/internal/dateline/evaluate"
	extractEval "tidings/internal/extract/evaluate"
	sectionEval "tidings/internal/section/evaluate"
	verifyEval "tidings/internal/verify/evaluate"
	writeEval "tidings/internal/write/evaluate"
)

// evaluation is one "tidings eval NAME": it measures a stage on the public
// data sets in dataDir and prints its figures beside the published ones.
type evaluation struct {
	about string
	run   func(ctx context.Context, w io.Writer, dataDir string) error
}

// evaluations lists every evaluation, by name.
func evaluations() map[string]evaluation {
	return map[string]evaluation{
		"clustering":   {"dedupe and event clustering, B-cubed: giveme5w1h-news-cluster, google_news, and both in a dense stream of bbc-news", clusterEval.Run},
		"datelines":    {"wire datelines and inferred places: reuters-21578", datelineEval.Run},
		"faithfulness": {"the faithfulness gate on faithful and corrupted sentences: cnndm-sample, giveme5w1h", verifyEval.Run},
		"questions":    {"reader questions: answered share, lint failures, near-duplicates: giveme5w1h, cnndm-sample", askEval.Run},
		"sections":     {"section classification, k-fold and cross-source, beside TF-IDF+NB: bbc, ag-news, huffpost, giveme, masakhanews, inshorts", sectionEval.Run},
		"summaries":    {"ROUGE of the offline summary beside Lead-3 and 25 systems: cnndm-sample", writeEval.Run},
		"extraction":   {"main text and metadata of article pages: mozilla-readability-test-pages, trafilatura-eval", extractEval.Run},
	}
}

func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	evals := evaluations()
	names := make([]string, 0, len(evals))
	for n := range evals {
		names = append(names, n)
	}
	sort.Strings(names)
	fs := newFlags("eval", "tidings eval NAME [--data ../shared/data]\n\nNAME is one of: "+strings.Join(names, ", "), stderr)
	data := fs.String("data", orDefault(getenv("TIDINGS_DATA"), "../shared/data"), "folder of the public data sets (env TIDINGS_DATA)")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fs.Usage()
		return usageError{fmt.Errorf("eval: name one evaluation: %s", strings.Join(names, ", "))}
	}
	e, ok := evals[rest[0]]
	if !ok {
		return usageError{fmt.Errorf("eval: no evaluation %q; there are: %s", rest[0], strings.Join(names, ", "))}
	}
	fmt.Fprintf(stderr, "evaluating %s on %s (%s)...\n", rest[0], *data, e.about)
	start := time.Now()
	stop := ticker(stderr, start)
	err = e.run(ctx, stdout, *data)
	stop()
	if err != nil {
		return fmt.Errorf("%w (is --data the folder of the public data sets?)", err)
	}
	fmt.Fprintf(stderr, "done in %s\n", time.Since(start).Round(100*time.Millisecond))
	return nil
}

// ticker shows, on a terminal, how long an evaluation has run, once a
// second, until stop is called; elsewhere it shows nothing.
func ticker(w io.Writer, start time.Time) (stop func()) {
	f, ok := w.(*os.File)
	if !ok || !isatty.IsTerminal(f.Fd()) {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-t.C:
				fmt.Fprintf(w, "\r  running for %s", time.Since(start).Round(time.Second))
			}
		}
	}()
	return func() { close(done); <-finished }
}
