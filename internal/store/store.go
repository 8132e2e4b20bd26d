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

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
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
	db  *sql.DB // reads: a pool of connections
	wdb *sql.DB // writes: one connection, so writers queue in Go instead of spinning on SQLite's lock
	now func() time.Time
}

// Open opens (creating if needed) the database named by dsn and brings its
// schema up to date. A dsn is a file path for SQLite ("./tidings.db"), or
// "file:" URI. It is an error to name a database kind this build can't use.
func Open(ctx context.Context, dsn string) (*Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return nil, fmt.Errorf("open %s: PostgreSQL is not supported yet; use a SQLite file path", redact(dsn))
	}
	wdb, err := sql.Open("sqlite", sqliteDSN(dsn))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dsn, err)
	}
	wdb.SetMaxOpenConns(1)
	s := &Store{wdb: wdb, now: func() time.Time { return time.Now().UTC() }}
	// The schema first, on the write connection: it also turns on WAL, which
	// the read pool relies on.
	if err := s.migrate(ctx); err != nil {
		wdb.Close()
		return nil, fmt.Errorf("open %s: %w", dsn, err)
	}
	if s.db, err = sql.Open("sqlite", sqliteDSN(dsn)); err != nil {
		wdb.Close()
		return nil, fmt.Errorf("open %s: %w", dsn, err)
	}
	s.db.SetMaxOpenConns(8)
	return s, nil
}

// sqliteDSN turns a path or file: URI into a URI with the pragmas Tidings
// relies on: WAL, a busy timeout, foreign keys and IMMEDIATE transactions.
func sqliteDSN(dsn string) string {
	if !strings.HasPrefix(dsn, "file:") {
		dsn = "file:" + dsn
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	q := url.Values{}
	q.Set("_txlock", "immediate")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	return dsn + sep + q.Encode()
}

func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "database"
	}
	return u.Redacted()
}

// Close closes the database.
func (s *Store) Close() error { return errors.Join(s.db.Close(), s.wdb.Close()) }

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// migrate applies, in order and each in its own transaction, the embedded
// migrations that the database has not recorded yet.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.wdb.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version TEXT PRIMARY KEY, applied TIMESTAMP NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	dir := "migrations/sqlite"
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
// database stays busy past its timeout, the whole transaction is retried a
// few times with backoff, so concurrent writes are never lost.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		if err = s.tryWrite(ctx, fn); !isBusy(err) {
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

func isBusy(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		code := se.Code() & 0xff
		return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
	}
	return false
}

func isUnique(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE
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
