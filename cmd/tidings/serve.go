package main

import (
	"context"
	"io"

	"tidings/internal/app"
)

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "tidings [serve] [--addr 127.0.0.1:8080] [--db ./tidings.db] [flags]", stderr)
	cfg, _, err := loadConfig(fs, args, getenv)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return usageError{err}
	}
	logger := app.NewLogger(cfg, stderr)
	a, err := app.Open(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Serve(ctx, serveReady(ctx))
}

// serveReady is told the address served on; tests replace it through the
// context to learn a port-0 address.
func serveReady(ctx context.Context) func(string) {
	f, _ := ctx.Value(readyKey{}).(func(string))
	return f
}

type readyKey struct{}
