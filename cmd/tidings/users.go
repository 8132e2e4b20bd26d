package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"tidings/internal/config"
	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
)

func runUsers(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprint(stderr, "Usage: tidings users add NAME --role moderator|admin  (the password is read from a prompt or stdin)\n")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return usageError{errors.New("users: say add")}
	}
	cfg := config.Default()
	fs := newFlags("users add", "tidings users add NAME --role moderator|admin", stderr)
	cfg.Register(fs, getenv, "db")
	role := fs.String("role", "moderator", "moderator (reviews flags, corrects stories) or admin (also manages sources)")
	names, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return err
	}
	if len(names) != 1 {
		return usageError{errors.New("users add: give one user name")}
	}
	r, ok := news.ParseRole(*role)
	if !ok {
		return usageError{fmt.Errorf("--role %q: moderator or admin", *role)}
	}
	password, err := readPassword(stdin, stderr)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	mod, err := moderate.New(ctx, st, moderate.DefaultRules())
	if err != nil {
		return err
	}
	u, err := mod.AddUser(ctx, names[0], r, password)
	if err != nil {
		return fmt.Errorf("users add: %w", err)
	}
	fmt.Fprintf(stdout, "added %s %s; sign in at /admin/login\n", u.Role, u.Name)
	return nil
}

// readPassword asks for the password twice on a terminal, without echo, or
// reads one line from a pipe.
func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "Password (12 characters or more): ")
		first, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "Again: ")
		second, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if string(first) != string(second) {
			return "", errors.New("the two passwords differ")
		}
		return string(first), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
