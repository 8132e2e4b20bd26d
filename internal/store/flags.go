package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tidings/internal/news"
)

// AddFlag records a reader's flag on a story. Returns ErrNotFound if the
// story does not exist. Concurrent flags are all kept: each is its own
// IMMEDIATE transaction, retried while the database is busy.
func (s *Store) AddFlag(ctx context.Context, f news.Flag) (news.Flag, error) {
	f.Created = s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id = $1`, f.StoryID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("story %d: %w", f.StoryID, ErrNotFound)
		}
		return tx.QueryRowContext(ctx, `INSERT INTO flags (story_id, reason, note, created) VALUES ($1, $2, $3, $4)
			RETURNING id`, f.StoryID, string(f.Reason), f.Note, f.Created).Scan(&f.ID)
	})
	return f, err
}

// FlagCount returns how many flags a story has. Returns ErrNotFound if the
// story does not exist.
func (s *Store) FlagCount(ctx context.Context, storyID int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM flags WHERE story_id = s.id) FROM stories s
		WHERE s.id = $1`, storyID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("story %d: %w", storyID, ErrNotFound)
	}
	return n, err
}
