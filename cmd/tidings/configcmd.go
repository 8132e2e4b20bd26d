package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"tidings/internal/config"
)

// loadConfig builds the configuration of a command: defaults, then the
// TOML file named by --config or TIDINGS_CONFIG, then environment variables,
// then the flags of fs (names limits them, as for Config.Register). It
// returns the remaining arguments.
func loadConfig(fs *flag.FlagSet, args []string, getenv func(string) string, names ...string) (config.Config, []string, error) {
	cfg := config.Default()
	fs.String("config", getenv("TIDINGS_CONFIG"), "TOML file of settings, keyed by flag name (env TIDINGS_CONFIG)")
	if path := configPath(args, getenv); path != "" {
		if err := cfg.LoadFile(path); err != nil {
			return cfg, nil, usageError{err}
		}
	}
	cfg.Register(fs, getenv, names...)
	rest, err := parseInterspersed(fs, args)
	return cfg, rest, err
}

// configPath finds --config in args (before they are parsed: the file's
// settings must come before the flags) or else TIDINGS_CONFIG.
func configPath(args []string, getenv func(string) string) string {
	for i, a := range args {
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "config" {
			continue
		}
		if hasVal {
			return val
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return getenv("TIDINGS_CONFIG")
}

// runConfig prints the effective configuration, secrets masked, with where
// each setting came from.
func runConfig(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("config", "tidings config [--config FILE] [flags]", stderr)
	cfg, _, err := loadConfig(fs, args, getenv)
	if err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, s := range cfg.Effective(set) {
		fmt.Fprintf(stdout, "%s = %q # %s\n", s.Name, s.Value, s.From)
	}
	if err := cfg.Validate(); err != nil {
		return usageError{err}
	}
	return nil
}
