package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"

	"tidings/internal/app"
	"tidings/internal/jobs"
)

func runFetch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("fetch", "tidings fetch [--all] [--db ./tidings.db]", stderr)
	all := fs.Bool("all", false, "fetch every source, not only those due")
	cfg, _, err := loadConfig(fs, args, getenv)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return usageError{err}
	}
	a, err := app.Open(ctx, cfg, app.NewLogger(cfg, stderr))
	if err != nil {
		return err
	}
	defer a.Close()
	sum, err := a.Pipeline.RunOnce(ctx, *all, progressBar(stderr))
	if err != nil {
		return fmt.Errorf("fetch: %w (so far: %s)", err, sum)
	}
	fmt.Fprintln(stdout, sum)
	return nil
}

// progressBar draws progress on stderr: a bar redrawn in place on a
// terminal, and otherwise a plain line at every tenth of the sources.
func progressBar(w io.Writer) jobs.Progress {
	if f, ok := w.(*os.File); !ok || !isatty.IsTerminal(f.Fd()) {
		last := -1
		return func(done, total int) {
			if step := done * 10 / max(total, 1); step != last || done == total {
				last = step
				fmt.Fprintf(w, "%d/%d sources\n", done, total)
			}
		}
	}
	return func(done, total int) {
		const width = 30
		filled := width * done / max(total, 1)
		fmt.Fprintf(w, "\r[%-*s] %d/%d sources", width, strings.Repeat("=", filled), done, total)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
