// Package evaluate measures package extract on two public corpora and sets
// it beside go-readability alone and beside published scores.
//
// It reads the shared evaluation data (never copied into the project):
// Mozilla Readability's test pages, scored by 4-word shingles as the Zyte
// article extraction benchmark scores, with title, byline and date
// accuracy; and the Trafilatura evaluation corpus, scored by text segments
// as Trafilatura's own evaluation does. The same scorers back the quality
// tests of this package.
package evaluate

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

// Published scores to set ours beside.
const (
	zyteAnchors = "Zyte benchmark (its own 181 pages), 4-shingle F1: rs_trafilatura 0.970, go-trafilatura 0.960, trafilatura 0.958, Readability.js 0.947, go-readability 0.934"
	trafAnchors = "Trafilatura docs/evaluation.rst (these 990 pages), segment F1: trafilatura 2.2 0.924 (P 0.906 R 0.943), magic-html 0.889, readability-lxml 0.826"
)

// Run scores Tidings' extractor and go-readability alone on the corpora
// under dataDir (mozilla-readability-test-pages and trafilatura-eval) and
// writes a report to w. A corpus that is absent is reported and skipped;
// Run fails only if both are absent, on a broken corpus, on a write error,
// or when ctx is done.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	extractors := []extractor{tidings, library}
	var missing int
	cases, err := readMozilla(dataDir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		missing++
		fmt.Fprintf(w, "Mozilla test pages: absent under %s\n\n", dataDir)
	case err != nil:
		return err
	default:
		if err := reportMozilla(ctx, w, cases, extractors); err != nil {
			return err
		}
	}
	docs, err := readTrafilatura(dataDir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		missing++
		fmt.Fprintf(w, "Trafilatura evaluation: absent under %s\n", dataDir)
	case err != nil:
		return err
	default:
		if err := reportTrafilatura(ctx, w, docs, extractors); err != nil {
			return err
		}
	}
	if missing == 2 {
		return fmt.Errorf("eval extraction: no corpus under %s", dataDir)
	}
	return nil
}

func reportMozilla(ctx context.Context, w io.Writer, cases []mozillaCase, extractors []extractor) error {
	scores := make([]mozillaScore, len(extractors))
	for i, ex := range extractors {
		if err := ctx.Err(); err != nil {
			return err
		}
		scores[i] = scoreMozilla(cases, ex)
	}
	s0 := scores[0]
	fmt.Fprintf(w, "Mozilla Readability test pages: %d pages, %d with an article's worth (>= %d chars) of expected text\n",
		s0.all.pages, s0.articles.pages, articleChars)
	fmt.Fprintln(w, "4-word shingles against expected.html, scored as the Zyte benchmark: precision and recall are means over pages, F1 their harmonic mean; page F1 is the mean of per-page F1")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "extractor\tprecision\trecall\tF1\tpage F1\tarticles: F1\tpage F1\t")
	for i, s := range scores {
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t\n", extractors[i].name,
			s.all.precision(), s.all.recall(), s.all.f1(), s.all.meanF1(), s.articles.f1(), s.articles.meanF1())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "published: %s\n\n", zyteAnchors)
	fmt.Fprintln(w, "Metadata on the pages that state it (correct / stated, found in brackets); a date is correct at the same instant;")
	fmt.Fprintln(w, "\"suffix aside\" also takes a title that is the expected one up to a separator (\"Headline\" for \"Headline | Site\"), as Extract promises")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "extractor\ttitle\ttitle, suffix aside\tbyline\tdate\tdate, same day\t")
	for i, s := range scores {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", extractors[i].name,
			share(s.title.correct, s.title.stated, s.title.found), share(s.headline.correct, s.headline.stated, s.headline.found),
			share(s.byline.correct, s.byline.stated, s.byline.found),
			share(s.date.correct, s.date.stated, s.date.found), share(s.date.sameDay, s.date.stated, s.date.found))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

func reportTrafilatura(ctx context.Context, w io.Writer, docs []trafilaturaDoc, extractors []extractor) error {
	with, without := 0, 0
	for _, d := range docs {
		with, without = with+len(d.with), without+len(d.without)
	}
	fmt.Fprintf(w, "Trafilatura evaluation: %d pages, %d segments to keep and %d to drop, scored as its eval_common.py\n", len(docs), with, without)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "extractor\tprecision\trecall\tF1\taccuracy\tF1 dev half\tF1 held-out half\t")
	for _, ex := range extractors {
		s, err := scoreTrafilatura(ctx, docs, ex)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t\n", ex.name, s.all.precision(), s.all.recall(), s.all.f1(), s.all.accuracy(), s.dev.f1(), s.held.f1())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "halves: pages split by an FNV-1a hash of the file name; rules are written from failures of the dev half only\npublished: %s\n", trafAnchors)
	return err
}

// share formats "correct/stated 0.xx (found n)".
func share(correct, stated, found int) string {
	return fmt.Sprintf("%d/%d %.2f (found %d)", correct, stated, ratio(float64(correct), float64(stated)), found)
}
