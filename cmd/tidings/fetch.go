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

// progressBar draws progress on stderr when it is a terminal, and nothing
// otherwise (logs and the summary line say enough in a pipe).
func progressBar(w io.Writer) jobs.Progress {
	f, ok := w.(*os.File)
	if !ok || !isatty.IsTerminal(f.Fd()) {
		return nil
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
