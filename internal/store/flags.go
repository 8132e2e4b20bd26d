package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"tidings/internal/news"
)

// ErrLimit is returned when a reader has used up a limit, such as the daily
// number of flags.
var ErrLimit = errors.New("limit reached")

// FlagRules are the limits and the threshold that AddFlag applies.
type FlagRules struct {
	DailyCap  int     // flags one reader may raise in 24 hours; 0 for no cap
	Threshold float64 // an item whose score reaches this is hidden pending review; 0 never hides
}

const flagColumns = `f.id, coalesce(f.ref, ''), f.story_id, f.item, f.reason, f.note, f.links, f.reader, f.weight,
	f.status, f.outcome, f.created, f.decided`

// AddFlag records a reader's flag on an item of a story, adds its weight to
// the item's score and hides the item once the score reaches the threshold.
// Returns ErrNotFound if the story does not exist, ErrDuplicate if the same
// reader flagged the same item for the same reason before, and ErrLimit if
// the reader reached the daily cap. Concurrent flags are all kept: each is
// its own IMMEDIATE transaction on SQLite, retried while the database is
// busy; on PostgreSQL the flags of one reader take a lock so that the cap
// is counted exactly.
func (s *Store) AddFlag(ctx context.Context, f news.Flag, rules FlagRules) (news.Flag, error) {
	f.Created, f.Status = s.now(), news.FlagOpen
	if f.Item == "" {
		f.Item = news.StoryItem
	}
	if f.Weight == 0 {
		f.Weight = 1
	}
	links, err := json.Marshal(nonNil(f.Links))
	if err != nil {
		return f, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		f.Ref = newRef()
		if err := s.lockReader(ctx, tx, f.Reader, rules.DailyCap); err != nil {
			return err
		}
		if err := checkFlag(ctx, tx, f, rules, s.now()); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO flags
			(story_id, item, reason, note, links, reader, weight, ref, status, created)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
			f.StoryID, string(f.Item), string(f.Reason), f.Note, string(links), f.Reader, f.Weight, f.Ref,
			string(f.Status), f.Created).Scan(&f.ID); err != nil {
			return err
		}
		return addScore(ctx, tx, f, rules.Threshold, s.now())
	})
	if s.dialect.isUnique(err) {
		return f, fmt.Errorf("flag on story %d %s: %w", f.StoryID, f.Item, ErrDuplicate)
	}
	return f, err
}

func checkFlag(ctx context.Context, tx *sql.Tx, f news.Flag, rules FlagRules, now time.Time) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id = $1`, f.StoryID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("story %d: %w", f.StoryID, ErrNotFound)
	}
	if rules.DailyCap <= 0 || f.Reader == "" {
		return nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM flags WHERE reader = $1 AND created > $2`,
		f.Reader, now.Add(-24*time.Hour)).Scan(&n); err != nil {
		return err
	}
	if n >= rules.DailyCap {
		return fmt.Errorf("%d flags in a day: %w", n, ErrLimit)
	}
	return nil
}

// lockReader makes the transactions that count a reader's daily cap and
// then add to it run one after another, where the database does not do so
// already (PostgreSQL).
func (s *Store) lockReader(ctx context.Context, tx *sql.Tx, reader string, dailyCap int) error {
	if dailyCap <= 0 || reader == "" {
		return nil
	}
	return s.dialect.lock(ctx, tx, "reader:"+reader)
}

// addScore adds the flag's weight to its item and hides the item at the
// threshold.
func addScore(ctx context.Context, tx *sql.Tx, f news.Flag, threshold float64, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO items (story_id, item, score, updated) VALUES ($1, $2, $3, $4)
		ON CONFLICT (story_id, item) DO UPDATE SET score = items.score + excluded.score, updated = excluded.updated`,
		f.StoryID, string(f.Item), f.Weight, now)
	if err != nil || threshold <= 0 {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE items SET hidden = TRUE WHERE story_id = $1 AND item = $2 AND score >= $3`,
		f.StoryID, string(f.Item), threshold)
	return err
}

// newRef makes a flag's public reference: 16 random bytes, base32, so that
// references can't be guessed.
func newRef() string {
	b := make([]byte, 16)
	rand.Read(b)
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
}

// Flag returns the flag with the given public reference, or ErrNotFound.
func (s *Store) Flag(ctx context.Context, ref string) (news.Flag, error) {
	f, err := scanFlag(s.db.QueryRowContext(ctx, `SELECT `+flagColumns+` FROM flags f WHERE f.ref = $1`, ref))
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("report %q: %w", ref, ErrNotFound)
	}
	return f, err
}

// Flags lists the flags on one item of a story, newest first.
func (s *Store) Flags(ctx context.Context, storyID int64, item news.Item) ([]news.Flag, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+flagColumns+` FROM flags f WHERE f.story_id = $1 AND f.item = $2
		ORDER BY f.id DESC`, storyID, string(item))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Flag
	for rows.Next() {
		f, err := scanFlag(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// FlagCount returns how many flags a story has, on any of its items.
// Returns ErrNotFound if the story does not exist.
func (s *Store) FlagCount(ctx context.Context, storyID int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM flags WHERE story_id = s.id) FROM stories s
		WHERE s.id = $1`, storyID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("story %d: %w", storyID, ErrNotFound)
	}
	return n, err
}

func scanFlag(row scanner) (news.Flag, error) {
	var f news.Flag
	var item, reason, status, links string
	var decided sql.NullTime
	err := row.Scan(&f.ID, &f.Ref, &f.StoryID, &item, &reason, &f.Note, &links, &f.Reader, &f.Weight, &status,
		&f.Outcome, &f.Created, &decided)
	if err != nil {
		return f, err
	}
	f.Item, f.Reason, f.Status = news.Item(item), news.FlagReason(reason), news.FlagStatus(status)
	f.Created, f.Decided = f.Created.UTC(), timeOf(decided)
	return f, json.Unmarshal([]byte(links), &f.Links)
}
