package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// Once runs fn the first time it is called with key on this database, and
// records that it ran, so the same key never runs again (even after a
// restart). If fn fails, nothing is recorded and the error is returned.
func (s *Store) Once(ctx context.Context, key string, fn func() error) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key = $1`, key).Scan(&n); err != nil || n > 0 {
		return err
	}
	if err := fn(); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
			key, s.now().Format("2006-01-02T15:04:05Z"))
		return err
	})
}

// TryLease takes or renews the named lease for holder until now+ttl: one
// process at a time does the work it guards (placing articles in stories).
// It returns whether holder has the lease, and whether it just took it from
// another holder or after a gap (so its in-memory state must be rebuilt).
// A holder that dies loses the lease when it expires.
func (s *Store) TryLease(ctx context.Context, name, holder string, ttl time.Duration) (held, fresh bool, err error) {
	key := "lease:" + name
	now := s.now()
	err = s.write(ctx, func(tx *sql.Tx) error {
		held, fresh = false, false
		if err := s.dialect.lock(ctx, tx, key); err != nil {
			return err
		}
		var value string
		err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = $1`, key).Scan(&value)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		owner, until := parseLease(value)
		if owner != holder && now.Before(until) {
			return nil // another holder's lease is live
		}
		held, fresh = true, owner != holder
		_, err = tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, holder+"|"+now.Add(ttl).Format(time.RFC3339Nano))
		return err
	})
	return held, fresh, err
}

// ReleaseLease gives up the named lease if holder has it. The lease
// remembers its last holder, so that holder taking it again is not fresh.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	key := "lease:" + name
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE meta SET value = $1 WHERE key = $2 AND value LIKE $3`,
			holder+"|"+time.Unix(0, 0).UTC().Format(time.RFC3339Nano), key, holder+"|%")
		return err
	})
}

func parseLease(value string) (holder string, until time.Time) {
	holder, exp, ok := strings.Cut(value, "|")
	if !ok {
		return "", time.Time{}
	}
	until, _ = time.Parse(time.RFC3339Nano, exp)
	return holder, until
}
