// Command tidings is a self-hosted automated newsroom: it fetches news
// sources, groups their articles into stories, writes each story from its
// sources and serves the result as a news site with a JSON API.
//
// Run "tidings help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "tidings:", err)
		}
		os.Exit(exitCode(err))
	}
}

const usage = `Tidings: a self-hosted automated newsroom.

Usage:
  tidings [serve] [flags]          serve the site, the JSON API and the background pipeline
  tidings sources add URL... [--section NAME]
  tidings sources list             list sources with their last fetch
  tidings sources import FILE.opml subscribe to the feeds of an OPML file
  tidings sources export           print the sources as OPML
  tidings fetch [--all]            one pass over due (or all) sources, then exit
  tidings analyze                  JSON Lines of articles in, JSON Lines of stories out (no database)
  tidings config [--config FILE]   print the effective configuration, secrets masked
  tidings users add NAME --role moderator|admin   (password from a prompt or stdin)
  tidings eval NAME [--data DIR]   measure a stage on the public data sets

Every command takes --help. Flags can also be set by environment variables
(TIDINGS_ and the flag's name in upper case, like TIDINGS_DB=./tidings.db) and
in a TOML file named by --config or TIDINGS_CONFIG (keys are the flag names).
`

// run is the whole program: main only calls it, and the tests call it too.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd, rest := "serve", args
	if len(args) > 0 && !isFlag(args[0]) {
		cmd, rest = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return runServe(ctx, rest, getenv, stdout, stderr)
	case "sources":
		return runSources(ctx, rest, getenv, stdin, stdout, stderr)
	case "fetch":
		return runFetch(ctx, rest, getenv, stdout, stderr)
	case "analyze":
		return runAnalyze(ctx, rest, getenv, stdin, stdout, stderr)
	case "config":
		return runConfig(ctx, rest, getenv, stdout, stderr)
	case "users":
		return runUsers(ctx, rest, getenv, stdin, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, getenv, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError{fmt.Errorf("unknown command %q (see the list above)", cmd)}
}

func isFlag(s string) bool {
	return len(s) > 0 && s[0] == '-' && s != "-h" && s != "-help" && s != "--help"
}

// usageError marks errors in how the command was called: exit code 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

func exitCode(err error) int {
	var ue usageError
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		return 2
	}
	return 1
}

// newFlags makes a FlagSet whose parse errors and --help go to stderr.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args and wraps errors other than --help as usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	return wrapParse(fs.Parse(args))
}

func wrapParse(err error) error {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError{err}
}
