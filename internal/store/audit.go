package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"tidings/internal/news"
)

// AuditEntry is one moderator action on record. Entries are never changed
// or deleted.
type AuditEntry struct {
	ID      int64
	UserID  int64
	User    string // the user's name, when listed
	Action  string
	StoryID int64
	Item    news.Item
	Reason  string
	Before  string // JSON of what the action changed, before and after
	After   string
	Created time.Time
}

func audit(ctx context.Context, tx *sql.Tx, e AuditEntry) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit (user_id, action, story_id, item, reason, before, after, created)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, nullID(e.UserID), e.Action, nullID(e.StoryID), string(e.Item),
		e.Reason, e.Before, e.After, e.Created)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// Audit lists the newest audit entries, of one story if storyID is not 0.
func (s *Store) Audit(ctx context.Context, storyID int64, limit int) ([]AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, coalesce(a.user_id, 0), coalesce(u.name, ''), a.action,
			coalesce(a.story_id, 0), a.item, a.reason, a.before, a.after, a.created
		FROM audit a LEFT JOIN users u ON u.id = a.user_id
		WHERE a.story_id = $1 OR $1 = 0 ORDER BY a.id DESC LIMIT $2`, storyID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var item string
		if err := rows.Scan(&e.ID, &e.UserID, &e.User, &e.Action, &e.StoryID, &item, &e.Reason, &e.Before, &e.After,
			&e.Created); err != nil {
			return nil, err
		}
		e.Item, e.Created = news.Item(item), e.Created.UTC()
		out = append(out, e)
	}
	return out, rows.Err()
}

// Correction is a public note that a published story was changed.
type Correction struct {
	ID       int64
	StoryID  int64
	Headline string // the story's headline now
	What     string // what changed, in the moderator's words
	Created  time.Time
}

// EditStory replaces the written parts of a story (headline, summary, body,
// questions) with those of st, records the edit in the audit log with the
// before and after, and adds a public correction saying what changed, all
// in one transaction. Returns ErrNotFound if the story does not exist.
func (s *Store) EditStory(ctx context.Context, userID int64, st news.Story, what string) error {
	now := s.now()
	cols, err := storyJSON(st)
	if err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		before, err := scanStory(tx.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = $1`, st.ID))
		if err == sql.ErrNoRows {
			return fmt.Errorf("story %d: %w", st.ID, ErrNotFound)
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET headline = $1, summary = $2, body = $3, citations = $4,
			questions = $5, updated = $6 WHERE id = $7`, st.Headline, st.Summary, cols[0], cols[1], cols[3], now, st.ID); err != nil {
			return err
		}
		if err := indexStory(ctx, tx, st); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO corrections (story_id, what, created) VALUES ($1, $2, $3)`,
			st.ID, what, now); err != nil {
			return err
		}
		return audit(ctx, tx, AuditEntry{UserID: userID, Action: "edit", StoryID: st.ID, Item: news.StoryItem,
			Reason: what, Before: jsonString(written(before)), After: jsonString(written(st)), Created: now})
	})
}

func written(st news.Story) map[string]any {
	return map[string]any{"headline": st.Headline, "summary": st.Summary, "body": st.Body, "questions": st.Questions}
}

// Corrections lists the newest corrections, of one story if storyID is not 0.
func (s *Store) Corrections(ctx context.Context, storyID int64, limit int) ([]Correction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.story_id, s.headline, c.what, c.created
		FROM corrections c JOIN stories s ON s.id = c.story_id
		WHERE c.story_id = $1 OR $1 = 0 ORDER BY c.id DESC LIMIT $2`, storyID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Correction
	for rows.Next() {
		var c Correction
		if err := rows.Scan(&c.ID, &c.StoryID, &c.Headline, &c.What, &c.Created); err != nil {
			return nil, err
		}
		c.Created = c.Created.UTC()
		out = append(out, c)
	}
	return out, rows.Err()
}
