package store

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var sqliteDialect = dialect{
	name: "sqlite",
	migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version TEXT PRIMARY KEY, applied TIMESTAMP NOT NULL)`,
	search: `SELECT ` + storyColumns + `,
			snippet(stories_fts, -1, char(57344), char(57345), '…', 20)
		FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
		WHERE stories_fts MATCH $1
		AND NOT EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.item = 'story' AND i.hidden = TRUE)
		ORDER BY bm25(stories_fts, 10.0, 4.0, 1.0) LIMIT $2`,
	match: func(words []string) string {
		// Each word quoted, so no reader input is taken as FTS5 syntax.
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = `"` + w + `"`
		}
		return strings.Join(quoted, " ")
	},
	isUnique: func(err error) bool {
		var se *sqlite.Error
		return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE
	},
	isRetryable: func(err error) bool {
		var se *sqlite.Error
		if errors.As(err, &se) {
			code := se.Code() & 0xff
			return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
		}
		return false
	},
}

// openSQLite opens (creating if needed) the SQLite database at dsn: one
// write connection and a pool of read connections.
func openSQLite(ctx context.Context, s *Store, dsn string) error {
	wdb, err := sql.Open("sqlite", sqliteDSN(dsn))
	if err != nil {
		return err
	}
	wdb.SetMaxOpenConns(1)
	s.wdb, s.dialect = wdb, sqliteDialect
	// The schema first, on the write connection: it also turns on WAL, which
	// the read pool relies on.
	if err := s.migrate(ctx); err != nil {
		wdb.Close()
		return err
	}
	if s.db, err = sql.Open("sqlite", sqliteDSN(dsn)); err != nil {
		wdb.Close()
		return err
	}
	s.db.SetMaxOpenConns(8)
	return nil
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
