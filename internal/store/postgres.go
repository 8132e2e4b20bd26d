package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

var postgresDialect = dialect{
	name: "postgres",
	migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version TEXT PRIMARY KEY, applied TIMESTAMPTZ NOT NULL)`,
	lockKey: `SELECT pg_advisory_xact_lock($1)`,
	// The text search configuration "tidings" (migration 0004) is English
	// with stemming and accents folded. ts_rank weighs the headline (A) most,
	// then the summary (B), then the body (C).
	search: `SELECT ` + storyColumns + `,
			ts_headline('tidings', f.headline || E'\n' || f.summary || E'\n' || f.body, q,
				'StartSel=` + MarkStart + `, StopSel=` + MarkEnd + `, MaxFragments=1, MaxWords=20, MinWords=10')
		FROM stories_fts f JOIN stories s ON s.id = f.rowid, plainto_tsquery('tidings', $1) q
		WHERE f.doc @@ q
		AND NOT EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.item = 'story' AND i.hidden = TRUE)
		ORDER BY ts_rank(f.doc, q) DESC, s.id DESC LIMIT $2`,
	// plainto_tsquery requires every word and reads no syntax in them.
	match: func(words []string) string { return strings.Join(words, " ") },
	isUnique: func(err error) bool {
		return pgCode(err) == "23505" // unique_violation
	},
	isRetryable: func(err error) bool {
		code := pgCode(err)
		return code == "40001" || code == "40P01" // serialization_failure, deadlock_detected
	},
}

func pgCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}

// openPostgres opens a pool of connections to the PostgreSQL database at
// dsn, which serves both reads and writes. Writes run at READ COMMITTED;
// where a transaction reads and then writes (a reader's daily cap), it
// takes an advisory lock first.
func openPostgres(ctx context.Context, s *Store, dsn string) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	s.db, s.wdb, s.dialect = db, db, postgresDialect
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return err
	}
	return nil
}
