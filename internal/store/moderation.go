package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"tidings/internal/news"
)

// ItemState is the moderation state of one item of a story.
type ItemState struct {
	StoryID  int64
	Item     news.Item
	Score    float64 // summed weight of the flags since the last review
	Hidden   bool
	Reviewed time.Time // when a moderator last decided on it (zero if never)
}

// QueueEntry is an item waiting for a moderator.
type QueueEntry struct {
	ItemState
	Headline string    // of the story
	Open     int       // open flags
	Oldest   time.Time // when the oldest open flag was raised
}

// Queue lists the items with open flags, highest score first, then oldest.
func (s *Store) Queue(ctx context.Context, limit int) ([]QueueEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT i.story_id, i.item, i.score, i.hidden, i.reviewed, s.headline,
			count(f.id), min(f.created)
		FROM items i JOIN stories s ON s.id = i.story_id
		JOIN flags f ON f.story_id = i.story_id AND f.item = i.item AND f.status = 'open'
		GROUP BY i.story_id, i.item, s.id
		ORDER BY i.score DESC, min(f.created) LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QueueEntry
	for rows.Next() {
		var e QueueEntry
		var item string
		var reviewed sql.NullTime
		var oldest string
		if err := rows.Scan(&e.StoryID, &item, &e.Score, &e.Hidden, &reviewed, &e.Headline, &e.Open, &oldest); err != nil {
			return nil, err
		}
		e.Item, e.Reviewed = news.Item(item), timeOf(reviewed)
		e.Oldest = parseTime(oldest)
		out = append(out, e)
	}
	return out, rows.Err()
}

// parseTime reads a time that an aggregate returns as text: SQLite gives
// the stored text, and database/sql formats PostgreSQL's time as RFC 3339.
func parseTime(s string) time.Time {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// ItemStates returns the moderation state of a story's flagged items.
func (s *Store) ItemStates(ctx context.Context, storyID int64) (map[news.Item]ItemState, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT item, score, hidden, reviewed FROM items WHERE story_id = $1`, storyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[news.Item]ItemState{}
	for rows.Next() {
		st := ItemState{StoryID: storyID}
		var item string
		var reviewed sql.NullTime
		if err := rows.Scan(&item, &st.Score, &st.Hidden, &reviewed); err != nil {
			return nil, err
		}
		st.Item, st.Reviewed = news.Item(item), timeOf(reviewed)
		out[st.Item] = st
	}
	return out, rows.Err()
}

// Action is a moderator's decision on an item.
type Action string

// The actions on a flagged item.
const (
	Dismiss Action = "dismiss" // nothing wrong: the flags are dismissed, the item stays or comes back
	Hide    Action = "hide"    // the flags are upheld and the item hidden
	Restore Action = "restore" // the item shows again; open flags are dismissed
)

// ParseAction reads an action name.
func ParseAction(s string) (Action, bool) {
	switch a := Action(s); a {
	case Dismiss, Hide, Restore:
		return a, true
	}
	return "", false
}

// Decision is a moderator's action on an item, with the reason given.
type Decision struct {
	UserID  int64
	StoryID int64
	Item    news.Item
	Action  Action
	Reason  string
}

// Decide applies a moderator's decision: it sets the item's state, closes
// its open flags with the decision as their outcome, resets its score, and
// appends the action to the audit log, all in one transaction. Returns
// ErrNotFound if the story does not exist.
func (s *Store) Decide(ctx context.Context, d Decision) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		before, err := itemState(ctx, tx, d.StoryID, d.Item)
		if err != nil {
			return err
		}
		hidden, status := false, news.FlagDismissed // restore and dismiss show the item
		switch d.Action {
		case Hide:
			hidden, status = true, news.FlagUpheld
		case Restore, Dismiss:
		default:
			return fmt.Errorf("unknown action %q", d.Action)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO items (story_id, item, score, hidden, reviewed, updated)
			VALUES ($1, $2, 0, $3, $4, $4) ON CONFLICT (story_id, item) DO UPDATE SET score = 0, hidden = $3,
			reviewed = $4, updated = $4`, d.StoryID, string(d.Item), hidden, now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE flags SET status = $1, outcome = $2, decided = $3
			WHERE story_id = $4 AND item = $5 AND status = 'open'`, string(status), d.Reason, now, d.StoryID, string(d.Item)); err != nil {
			return err
		}
		after := before
		after.Hidden, after.Score = hidden, 0
		return audit(ctx, tx, AuditEntry{UserID: d.UserID, Action: string(d.Action), StoryID: d.StoryID, Item: d.Item,
			Reason: d.Reason, Before: jsonString(stateView(before)), After: jsonString(stateView(after)), Created: now})
	})
}

func itemState(ctx context.Context, tx *sql.Tx, storyID int64, item news.Item) (ItemState, error) {
	st := ItemState{StoryID: storyID, Item: item}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id = $1`, storyID).Scan(&n); err != nil {
		return st, err
	}
	if n == 0 {
		return st, fmt.Errorf("story %d: %w", storyID, ErrNotFound)
	}
	err := tx.QueryRowContext(ctx, `SELECT score, hidden FROM items WHERE story_id = $1 AND item = $2`,
		storyID, string(item)).Scan(&st.Score, &st.Hidden)
	if err == sql.ErrNoRows {
		err = nil
	}
	return st, err
}

func stateView(st ItemState) map[string]any {
	return map[string]any{"hidden": st.Hidden, "score": st.Score}
}

// UpheldFlags counts the flags of a reader that moderators upheld: the
// measure of a trusted reader.
func (s *Store) UpheldFlags(ctx context.Context, reader string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM flags WHERE reader = $1 AND status = 'upheld'`, reader).Scan(&n)
	return n, err
}

func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%q", err.Error())
	}
	return string(b)
}

// GateReader is the reader name of flags that Tidings raises itself, when
// its faithfulness gate holds a story.
const GateReader = "tidings:faithfulness-gate"

// Hold hides a story pending review and puts it in the moderators' queue
// with the reason as an open flag, in one transaction.
func (s *Store) Hold(ctx context.Context, storyID int64, reason string) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO flags (story_id, item, reason, note, reader, weight, ref, status, created)
			VALUES ($1, 'story', 'inaccurate', $2, $3, 0, $4, 'open', $5) ON CONFLICT DO NOTHING`,
			storyID, truncate(reason, news.MaxFlagNote), GateReader, newRef(), now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO items (story_id, item, score, hidden, updated) VALUES ($1, 'story', 0, TRUE, $2)
			ON CONFLICT (story_id, item) DO UPDATE SET hidden = TRUE, updated = excluded.updated`, storyID, now); err != nil {
			return err
		}
		return audit(ctx, tx, AuditEntry{Action: "hold", StoryID: storyID, Item: news.StoryItem, Reason: reason, Created: now})
	})
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
