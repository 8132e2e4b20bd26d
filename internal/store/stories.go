package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"tidings/internal/news"
)

const storyColumns = `s.id, s.section, s.headline, s.summary, s.body, s.citations, s.dateline, s.date, s.questions,
	s.created, s.updated, (SELECT count(*) FROM flags f WHERE f.story_id = s.id), s.engine`

// SaveStory stores st with its articles (by their IDs). A story with ID 0 is
// created; otherwise the stored story is replaced, keeping its ID and
// creation time, and its articles are added to those it had. Returns
// ErrNotFound if st.ID names no story.
func (s *Store) SaveStory(ctx context.Context, st news.Story) (news.Story, error) {
	cols, err := storyJSON(st)
	if err != nil {
		return st, err
	}
	now := s.now()
	err = s.write(ctx, func(tx *sql.Tx) error {
		if st.ID == 0 {
			st.Created = now
			err = tx.QueryRowContext(ctx, `INSERT INTO stories
				(section, headline, summary, body, citations, dateline, date, questions, created, updated, engine)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) RETURNING id`,
				string(st.Section), st.Headline, st.Summary, cols[0], cols[1], cols[2], st.Date.UTC(), cols[3], now,
				engineName(st.Engine)).Scan(&st.ID)
		} else {
			var res sql.Result
			res, err = tx.ExecContext(ctx, `UPDATE stories SET section = $1, headline = $2, summary = $3, body = $4,
				citations = $5, dateline = $6, date = $7, questions = $8, updated = $9, engine = $10 WHERE id = $11`,
				string(st.Section), st.Headline, st.Summary, cols[0], cols[1], cols[2], st.Date.UTC(), cols[3], now,
				engineName(st.Engine), st.ID)
			err = expectRow(res, err, fmt.Sprintf("story %d", st.ID))
		}
		if err != nil {
			return err
		}
		if err := indexStory(ctx, tx, st); err != nil {
			return err
		}
		return linkArticles(ctx, tx, st.ID, st.Articles)
	})
	st.Updated = now
	return st, err
}

func linkArticles(ctx context.Context, tx *sql.Tx, storyID int64, articles []news.Article) error {
	for _, a := range articles {
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_articles (story_id, article_id) VALUES ($1, $2)
			ON CONFLICT DO NOTHING`, storyID, a.ID); err != nil {
			return fmt.Errorf("link article %d: %w", a.ID, err)
		}
	}
	return nil
}

// storyJSON encodes the story's structured columns: body, citations,
// dateline, questions.
func storyJSON(st news.Story) ([4]string, error) {
	var out [4]string
	for i, v := range []any{nonNil(st.Body), nonNil(st.BodyCitations), st.Dateline, nonNil(st.Questions)} {
		b, err := json.Marshal(v)
		if err != nil {
			return out, err
		}
		out[i] = string(b)
	}
	return out, nil
}

// MovedError says that a story was merged into another.
type MovedError struct{ From, To int64 }

func (e *MovedError) Error() string {
	return fmt.Sprintf("story %d was merged into story %d", e.From, e.To)
}

// Story returns the story with its articles (oldest first) and flag count.
// Returns ErrNotFound if no story has that id, and a *MovedError if the
// story was merged into another.
func (s *Store) Story(ctx context.Context, id int64) (news.Story, error) {
	var into sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT merged_into FROM stories WHERE id = $1`, id).Scan(&into); errors.Is(err, sql.ErrNoRows) {
		return news.Story{}, fmt.Errorf("story %d: %w", id, ErrNotFound)
	} else if err != nil {
		return news.Story{}, err
	}
	if into.Valid {
		return news.Story{}, &MovedError{From: id, To: s.finalStory(ctx, into.Int64)}
	}
	st, err := scanStory(s.db.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("story %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return st, err
	}
	stories := []news.Story{st}
	if err := s.loadArticles(ctx, stories); err != nil {
		return st, err
	}
	err = s.loadHidden(ctx, stories)
	return stories[0], err
}

// StoryFilter selects stories for a listing.
type StoryFilter struct {
	Section news.Section // "" for every section
	Before  int64        // only stories with a smaller ID (the cursor); 0 for the newest
	Limit   int          // at most this many; 0 means 20
	// IncludeHidden lists stories that moderators hid, or that wait for
	// review; by default they are left out.
	IncludeHidden bool
}

// Stories lists stories, newest first, with their articles and flag counts.
func (s *Store) Stories(ctx context.Context, f StoryFilter) ([]news.Story, error) {
	if f.Limit <= 0 {
		f.Limit = 20
	}
	var where []string
	var args []any
	if f.Section != "" {
		args = append(args, string(f.Section))
		where = append(where, fmt.Sprintf("s.section = $%d", len(args)))
	}
	if f.Before > 0 {
		args = append(args, f.Before)
		where = append(where, fmt.Sprintf("s.id < $%d", len(args)))
	}
	where = append(where, "s.merged_into IS NULL")
	if !f.IncludeHidden {
		where = append(where, `NOT EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.item = 'story' AND i.hidden = TRUE)`)
	}
	query := `SELECT ` + storyColumns + ` FROM stories s`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, " AND ")
	}
	args = append(args, f.Limit)
	query += fmt.Sprintf(` ORDER BY s.id DESC LIMIT $%d`, len(args))
	stories, err := s.queryStories(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	if err := s.loadArticles(ctx, stories); err != nil {
		return nil, err
	}
	return stories, s.loadHidden(ctx, stories)
}

// CountStories returns how many stories are stored.
func (s *Store) CountStories(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&n)
	return n, err
}

func (s *Store) queryStories(ctx context.Context, query string, args ...any) ([]news.Story, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Story
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// storyIndex maps each story's ID to its position, and lists the IDs for
// an IN clause (integers formatted here, never user input).
func storyIndex(stories []news.Story) (map[int64]int, string) {
	index := make(map[int64]int, len(stories))
	ids := make([]string, len(stories))
	for i, st := range stories {
		index[st.ID] = i
		ids[i] = fmt.Sprint(st.ID)
	}
	return index, strings.Join(ids, ",")
}

// loadHidden fills in the hidden items of each story.
func (s *Store) loadHidden(ctx context.Context, stories []news.Story) error {
	if len(stories) == 0 {
		return nil
	}
	index, ids := storyIndex(stories)
	rows, err := s.db.QueryContext(ctx, `SELECT story_id, item FROM items WHERE hidden = TRUE AND story_id IN (`+ids+`)`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var item string
		if err := rows.Scan(&id, &item); err != nil {
			return err
		}
		st := &stories[index[id]]
		if st.Hidden == nil {
			st.Hidden = map[news.Item]bool{}
		}
		st.Hidden[news.Item(item)] = true
	}
	return rows.Err()
}

// loadArticles fills in the articles of each story, oldest first.
func (s *Store) loadArticles(ctx context.Context, stories []news.Story) error {
	if len(stories) == 0 {
		return nil
	}
	index, ids := storyIndex(stories)
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`, sa.story_id FROM articles a
		JOIN story_articles sa ON sa.article_id = a.id
		WHERE sa.story_id IN (`+ids+`)
		ORDER BY coalesce(a.published, a.fetched), a.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var storyID int64
		a, err := scanArticle(rows, &storyID)
		if err != nil {
			return err
		}
		i := index[storyID]
		stories[i].Articles = append(stories[i].Articles, a)
	}
	return rows.Err()
}

func scanStory(row scanner) (news.Story, error) {
	var st news.Story
	var section, body, cites, dateline, questions string
	if err := row.Scan(&st.ID, &section, &st.Headline, &st.Summary, &body, &cites, &dateline, &st.Date,
		&questions, &st.Created, &st.Updated, &st.Flags, &st.Engine); err != nil {
		return st, err
	}
	st.Section = news.Section(section)
	st.Date, st.Created, st.Updated = st.Date.UTC(), st.Created.UTC(), st.Updated.UTC()
	for _, c := range []struct {
		src string
		dst any
	}{{body, &st.Body}, {cites, &st.BodyCitations}, {dateline, &st.Dateline}, {questions, &st.Questions}} {
		if err := json.Unmarshal([]byte(c.src), c.dst); err != nil {
			return st, fmt.Errorf("story %d: %w", st.ID, err)
		}
	}
	return st, nil
}

// finalStory follows merges from id to the story that is still live.
func (s *Store) finalStory(ctx context.Context, id int64) int64 {
	for range 100 {
		var into sql.NullInt64
		if err := s.db.QueryRowContext(ctx, `SELECT merged_into FROM stories WHERE id = $1`, id).Scan(&into); err != nil || !into.Valid {
			return id
		}
		id = into.Int64
	}
	return id
}

// MergeStories moves the articles of story from into story into and leaves
// from as a redirect to into. Flags, reader questions and the audit trail
// of from stay on record under its id. Returns ErrNotFound if either story
// does not exist.
func (s *Store) MergeStories(ctx context.Context, from, into int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id IN ($1, $2) AND merged_into IS NULL`, from, into).Scan(&n); err != nil {
			return err
		}
		if n != 2 || from == into {
			return fmt.Errorf("merge story %d into %d: %w", from, into, ErrNotFound)
		}
		for _, q := range []struct {
			sql  string
			args []any
		}{
			{`INSERT INTO story_articles (story_id, article_id) SELECT s.id, sa.article_id FROM story_articles sa
				JOIN stories s ON s.id = $2 WHERE sa.story_id = $1 ON CONFLICT DO NOTHING`, []any{from, into}},
			{`DELETE FROM story_articles WHERE story_id = $1`, []any{from}},
			{`UPDATE stories SET merged_into = $2 WHERE id = $1`, []any{from, into}},
			{`DELETE FROM stories_fts WHERE rowid = $1`, []any{from}},
		} {
			if _, err := tx.ExecContext(ctx, q.sql, q.args...); err != nil {
				return err
			}
		}
		return audit(ctx, tx, AuditEntry{Action: "merge", StoryID: from, Reason: "the same event, reported by more sources",
			After: jsonString(map[string]any{"merged_into": into}), Created: s.now()})
	})
}

// AddToStory links an article to a story without rewriting it: for a
// syndicated copy, which adds an outlet but no new reporting.
func (s *Store) AddToStory(ctx context.Context, storyID, articleID int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		return linkArticles(ctx, tx, storyID, []news.Article{{ID: articleID}})
	})
}

func engineName(e string) string {
	if e == "" {
		return "offline"
	}
	return e
}
