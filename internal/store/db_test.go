package store_test

// The store tests run against SQLite always, and against PostgreSQL too
// when TIDINGS_TEST_POSTGRES holds the URL of a role that may create
// databases; each test gets a fresh database, dropped afterwards. To run
// them against a local PostgreSQL 15 as this machine has it (Debian):
//
//	pg_ctlcluster 15 main start
//	su postgres -c "psql -c \"CREATE ROLE tidings LOGIN SUPERUSER PASSWORD 'tidings'\""
//	TIDINGS_TEST_POSTGRES='postgres://tidings:tidings@127.0.0.1:5432/postgres?sslmode=disable' go test ./internal/store
//
// (The role needs only CREATEDB, not SUPERUSER: CREATE ROLE tidings LOGIN
// CREATEDB PASSWORD 'tidings' does.)

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"tidings/internal/store"
)

// forEachDB runs fn once per database kind, as a subtest named after it,
// with a store on a fresh database.
func forEachDB(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	forEachDSN(t, func(t *testing.T, dsn string) {
		fn(t, open(t, dsn))
	})
}

// forEachDSN runs fn once per database kind, as a subtest named after it,
// with the address of a fresh, empty database.
func forEachDSN(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		fn(t, filepath.Join(t.TempDir(), "test.db"))
	})
	t.Run("postgres", func(t *testing.T) {
		admin := os.Getenv("TIDINGS_TEST_POSTGRES")
		if admin == "" {
			t.Skip("TIDINGS_TEST_POSTGRES is not set")
		}
		fn(t, freshPostgres(t, admin))
	})
}

func open(t *testing.T, dsn string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// freshPostgres creates a database for one test through the admin URL and
// returns its URL; the database is dropped when the test ends.
func freshPostgres(t *testing.T, admin string) string {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "tidings_test_" + hex.EncodeToString(b)
	if _, err := db.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		db.Close()
		t.Fatalf("create test database: %v", err)
	}
	// Registered before the test opens its stores, so it runs after they close.
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.ExecContext(ctx, `DROP DATABASE `+name+` WITH (FORCE)`); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
