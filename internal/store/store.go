package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strings"
	"time"
)

// ErrNotFound is returned when no row has the asked-for key.
var ErrNotFound = errors.New("not found")

// ErrDuplicate is returned when a row would repeat a unique key, such as an
// article's URL or text.
var ErrDuplicate = errors.New("duplicate")

//go:embed migrations
var migrations embed.FS

// Store is the database behind Tidings.
type Store struct {
	db      *sql.DB // reads
	wdb     *sql.DB // writes: on SQLite one connection, so writers queue in Go instead of spinning on SQLite's lock; on PostgreSQL the same pool as db
	dialect dialect
	now     func() time.Time
}

// Open opens the database named by dsn and brings its schema up to date.
// A dsn is a file path ("./tidings.db") or "file:" URI for SQLite, created
// if needed, or a "postgres://" or "postgresql://" URL for PostgreSQL,
// whose database must exist (the schema is created in it). Errors never
// show the password of a URL.
func Open(ctx context.Context, dsn string) (*Store, error) {
	open := openSQLite
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		open = openPostgres
	}
	s := &Store{now: func() time.Time { return time.Now().UTC() }}
	if err := open(ctx, s, dsn); err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	return s, nil
}

func redact(dsn string) string {
	if !strings.Contains(dsn, "://") {
		return dsn // a file path
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "database"
	}
	return u.Redacted()
}

// Close closes the database.
func (s *Store) Close() error {
	if s.wdb == s.db {
		return s.db.Close()
	}
	return errors.Join(s.db.Close(), s.wdb.Close())
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// migrate applies, in order and each in its own transaction, the embedded
// migrations of the dialect that the database has not recorded yet. Several
// processes may migrate one database at once: each migration is applied by
// one of them only.
func (s *Store) migrate(ctx context.Context) error {
	if err := s.write(ctx, func(tx *sql.Tx) error {
		if err := s.dialect.lock(ctx, tx, "migrate"); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.dialect.migrationsTable)
		return err
	}); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	dir := path.Join("migrations", s.dialect.name)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.applyMigration(ctx, path.Join(dir, name), strings.TrimSuffix(name, ".sql")); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, file, version string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.dialect.lock(ctx, tx, "migrate"); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil || n > 0 {
			return err
		}
		body, err := migrations.ReadFile(file)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied) VALUES ($1, $2)`, version, s.now())
		return err
	})
}

// write runs fn in a write transaction, committing if fn returns nil. If the
// database stays busy past its timeout (SQLite), or the transaction meets a
// serialization failure or deadlock (PostgreSQL), the whole transaction is
// retried a few times with backoff, so concurrent writes are never lost.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		if err = s.tryWrite(ctx, fn); !s.dialect.isRetryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(25<<attempt) * time.Millisecond):
		}
	}
	return err
}

func (s *Store) tryWrite(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// nullTime maps the zero time to NULL.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

func timeOf(nt sql.NullTime) time.Time {
	if !nt.Valid {
		return time.Time{}
	}
	return nt.Time.UTC()
}
