package store

import (
	"context"
	"database/sql"
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
