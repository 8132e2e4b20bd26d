package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"text/tabwriter"

	"tidings/internal/config"
	"tidings/internal/feed"
	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/store"
)

func runSources(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, "Usage: tidings sources add URL... [--section NAME] | list | import FILE.opml | export\n")
		if len(args) == 0 {
			return usageError{errors.New("sources: say add, list, import or export")}
		}
		return nil
	}
	switch args[0] {
	case "add":
		return sourcesAdd(ctx, args[1:], getenv, stdout, stderr)
	case "list":
		return withStore(ctx, args[1:], "tidings sources list", getenv, stderr, func(st *store.Store, _ []string) error {
			return sourcesList(ctx, st, stdout)
		})
	case "import":
		return withStore(ctx, args[1:], "tidings sources import FILE.opml", getenv, stderr, func(st *store.Store, rest []string) error {
			return sourcesImport(ctx, st, rest, stdin, stdout, stderr)
		})
	case "export":
		return withStore(ctx, args[1:], "tidings sources export", getenv, stderr, func(st *store.Store, _ []string) error {
			srcs, err := st.Sources(ctx)
			if err != nil {
				return err
			}
			return feed.WriteOPML(stdout, "Tidings sources", srcs)
		})
	}
	return usageError{fmt.Errorf("sources: unknown subcommand %q; say add, list, import or export", args[0])}
}

// withStore parses the database flag, opens the store and runs fn with the
// remaining arguments.
func withStore(ctx context.Context, args []string, synopsis string, getenv func(string) string, stderr io.Writer,
	fn func(*store.Store, []string) error) error {
	cfg := config.Default()
	fs := newFlags("sources", synopsis, stderr)
	cfg.Register(fs, getenv, "db")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st, rest)
}

func sourcesAdd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := config.Default()
	fs := newFlags("sources add", "tidings sources add URL... [--section NAME]", stderr)
	cfg.Register(fs, getenv, "db")
	sectionName := fs.String("section", "", "the section of every story from these sources (WORLD, POLITICS, ...); default: classify each story")
	urls, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(urls) == 0 {
		return usageError{errors.New("sources add: give at least one feed URL")}
	}
	var sec news.Section
	if *sectionName != "" {
		var ok bool
		if sec, ok = news.ParseSection(*sectionName); !ok {
			return usageError{fmt.Errorf("--section %q: one of %v", *sectionName, news.Sections)}
		}
	}
	for _, u := range urls {
		if err := checkFeedURL(u); err != nil {
			return usageError{err}
		}
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, u := range urls {
		src, err := st.AddSource(ctx, news.Source{URL: u, Section: sec})
		switch {
		case errors.Is(err, store.ErrDuplicate):
			fmt.Fprintf(stdout, "already subscribed: %s\n", u)
		case err != nil:
			return err
		default:
			fmt.Fprintf(stdout, "added source %d: %s\n", src.ID, u)
		}
	}
	return nil
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments, and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func checkFeedURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not a feed URL: give an http:// or https:// address", raw)
	}
	return nil
}

func sourcesList(ctx context.Context, st *store.Store, stdout io.Writer) error {
	srcs, err := st.Sources(ctx)
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		fmt.Fprintln(stdout, "no sources; add one with: tidings sources add URL")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tURL\tSECTION\tLAST FETCH\tSTATUS")
	for _, s := range srcs {
		last, status := "never", "waiting"
		if !s.LastFetch.IsZero() {
			last, status = s.LastFetch.Format("2006-01-02 15:04"), "ok"
		}
		if s.LastError != "" {
			status = fmt.Sprintf("error (%d in a row): %s", s.ErrorCount, s.LastError)
		}
		sec := string(s.Section)
		if sec == "" {
			sec = "auto"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", s.ID, s.URL, sec, last, status)
	}
	return tw.Flush()
}

func sourcesImport(ctx context.Context, st *store.Store, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return usageError{errors.New("sources import: give one OPML file (or - for standard input)")}
	}
	r := stdin
	if args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	outlines, err := feed.ParseOPML(r)
	if err != nil {
		return fmt.Errorf("import %s: %w", args[0], err)
	}
	added, known, skipped := 0, 0, 0
	progress := progressBar(stderr)
	for i, o := range outlines {
		if progress != nil && len(outlines) > 20 {
			progress(i+1, len(outlines))
		}
		if checkFeedURL(o.XMLURL) != nil {
			skipped++
			continue
		}
		sec := outlineSection(o.Category)
		_, err := st.AddSource(ctx, news.Source{URL: o.XMLURL, Title: o.Title, SiteURL: o.HTMLURL, Section: sec})
		switch {
		case errors.Is(err, store.ErrDuplicate):
			known++
		case err != nil:
			return err
		default:
			added++
		}
	}
	fmt.Fprintf(stdout, "imported %d sources (%d already subscribed, %d without a usable feed URL)\n", added, known, skipped)
	return nil
}

// outlineSection reads an OPML category ("Sport", "Tech", "World news") as
// a section when it names exactly one; otherwise stories are classified.
func outlineSection(category string) news.Section {
	if sec, ok := news.ParseSection(category); ok {
		return sec
	}
	if secs := section.HintSections(section.Hints{Categories: []string{category}}); len(secs) == 1 {
		return secs[0]
	}
	return ""
}
