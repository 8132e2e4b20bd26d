package store

import (
	"context"
	"database/sql"
	"hash/fnv"
)

// A dialect holds the few things that differ between the databases the
// store runs on. All other SQL is shared: $N placeholders, ON CONFLICT,
// RETURNING, coalesce and TRUE/FALSE mean the same on both.
type dialect struct {
	name string // "sqlite" or "postgres"; also the folder of its migrations

	// migrationsTable creates, if missing, the table that records applied
	// migrations.
	migrationsTable string

	// lockKey, if not empty, takes a lock on the key $1 (a BIGINT) that is
	// held until the transaction ends. It is empty where write transactions
	// already run one at a time (SQLite, BEGIN IMMEDIATE).
	lockKey string

	// search selects the visible stories matching $1 (made by match from the
	// reader's words), best first, at most $2: the story columns, then a
	// snippet with the matches between MarkStart and MarkEnd.
	search string
	match  func(words []string) string

	isUnique    func(error) bool // a unique key was violated
	isRetryable func(error) bool // the transaction may succeed if run again
}

// lock takes a transaction-long lock on key, so that transactions that
// read and then write under the same key (a reader's daily cap, the
// migrations) run one after another.
func (d dialect) lock(ctx context.Context, tx *sql.Tx, key string) error {
	if d.lockKey == "" {
		return nil
	}
	h := fnv.New64a()
	h.Write([]byte(key))
	_, err := tx.ExecContext(ctx, d.lockKey, int64(h.Sum64()))
	return err
}
