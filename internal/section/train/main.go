// Command train fits the section classifier's model to the shared data sets
// and writes it, and with -eval prints the evaluation of evaluate.Report
// (k-fold within each set, each set held out in turn, the TF-IDF + naive
// Bayes baseline beside) for the options given on the command line. Run from the module root:
//
//	go run ./internal/section/train -data ../shared/data -out internal/section/model.bin
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/section/corpus"
	"tidings/internal/section/evaluate"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "folder holding the data sets")
	out := fs.String("out", "", "where to write the model (none if empty)")
	eval := fs.Bool("eval", false, "print k-fold and cross-source accuracy")
	opts := section.DefaultOptions()
	fs.UintVar(&opts.Bits, "bits", opts.Bits, "log2 of the number of hashed buckets")
	fs.Func("title-weight", "weight of a title term", floatVar(func(v float64) { opts.TitleWeight = float32(v) }))
	fs.Func("bigram-weight", "weight of a word bigram against a word (0: none)", floatVar(func(v float64) { opts.BigramWeight = float32(v) }))
	fs.Float64Var(&opts.Alpha, "alpha", opts.Alpha, "additive smoothing")
	fs.Float64Var(&opts.Lift, "lift", opts.Lift, "weight of the within-set evidence (0: none)")
	fs.BoolVar(&opts.Complement, "complement", opts.Complement, "complement naive Bayes (false: multinomial)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" && !*eval {
		return errors.New("nothing to do: give -out, -eval or both")
	}
	exs, err := corpus.Load(*data)
	if err != nil {
		return err
	}
	counts := map[string]map[string]int{}
	for _, ex := range exs {
		if counts[ex.Set] == nil {
			counts[ex.Set] = map[string]int{}
		}
		counts[ex.Set][ex.Section.Slug()]++
	}
	for _, set := range section.SetNames(exs) {
		fmt.Fprintf(stdout, "%-32s %v\n", set, counts[set])
	}
	if *eval {
		ours := evaluate.Method{Name: "ours", Train: func(exs []section.Example) evaluate.Predictor {
			m := section.Train(exs, opts)
			return func(title, text string, allowed []news.Section) news.Section {
				return m.Predict(title, text, allowed...)
			}
		}}
		if err := evaluate.Report(ctx, stdout, exs, section.SetNames(exs), []evaluate.Method{ours, evaluate.Baseline}); err != nil {
			return err
		}
	}
	if *out != "" {
		b, err := section.Train(exs, opts).MarshalBinary()
		if err != nil {
			return err
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s: %d examples, %d bytes\n", *out, len(exs), len(b))
	}
	return nil
}

func floatVar(set func(float64)) func(string) error {
	return func(s string) error {
		var v float64
		if _, err := fmt.Sscan(s, &v); err != nil {
			return err
		}
		set(v)
		return nil
	}
}
