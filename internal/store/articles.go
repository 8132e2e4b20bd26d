package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"tidings/internal/news"
)

const articleColumns = `a.id, a.source_id, a.url, a.title, a.byline, a.site, a.published, a.text, a.categories, a.lang, a.image_url, a.fetched, coalesce(a.copy_of, 0)`

// AddArticle stores a new article. Returns ErrDuplicate if an article with
// the same URL, or the same text, is stored already: one article per
// canonical URL and per identical text.
func (s *Store) AddArticle(ctx context.Context, a news.Article) (news.Article, error) {
	if a.Fetched.IsZero() {
		a.Fetched = s.now()
	}
	cats, err := json.Marshal(nonNil(a.Categories))
	if err != nil {
		return a, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO articles
			(source_id, url, text_hash, title, byline, site, published, text, categories, lang, image_url, fetched)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
			nullID(a.SourceID), a.URL, TextHash(a.Text), a.Title, a.Byline, a.Site, nullTime(a.Published), a.Text,
			string(cats), a.Lang, a.ImageURL, a.Fetched.UTC()).Scan(&a.ID)
	})
	if s.dialect.isUnique(err) {
		return a, fmt.Errorf("article %s: %w", a.URL, ErrDuplicate)
	}
	return a, err
}

// HasArticle reports whether an article with that URL is stored.
func (s *Store) HasArticle(ctx context.Context, url string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE url = $1`, url).Scan(&n)
	return n > 0, err
}

// UnplacedArticles lists up to limit articles that belong to no story yet,
// oldest first: the articles that the pipeline still has to process.
func (s *Store) UnplacedArticles(ctx context.Context, limit int) ([]news.Article, error) {
	return s.UnplacedAfter(ctx, 0, limit)
}

// UnplacedAfter is UnplacedArticles from the article after ID after on: a
// cursor, so that articles that keep failing don't hide those behind them.
func (s *Store) UnplacedAfter(ctx context.Context, after int64, limit int) ([]news.Article, error) {
	return s.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles a
		WHERE a.id > $1 AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)
		ORDER BY a.id LIMIT $2`, after, limit)
}

// TextHash is the key under which identical texts are one article: the
// SHA-256 of the text with whitespace collapsed and case folded. It is nil
// for an empty text, which never counts as a duplicate.
func TextHash(text string) any {
	norm := strings.ToLower(strings.Join(strings.Fields(text), " "))
	if norm == "" {
		return nil
	}
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:])
}

func (s *Store) queryArticles(ctx context.Context, query string, args ...any) ([]news.Article, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func scanArticle(row scanner, extra ...any) (news.Article, error) {
	var a news.Article
	var src sql.NullInt64
	var published sql.NullTime
	var cats string
	dest := append([]any{&a.ID, &src, &a.URL, &a.Title, &a.Byline, &a.Site, &published, &a.Text, &cats,
		&a.Lang, &a.ImageURL, &a.Fetched, &a.CopyOf}, extra...)
	if err := row.Scan(dest...); err != nil {
		return a, err
	}
	a.SourceID, a.Published, a.Fetched = src.Int64, timeOf(published), a.Fetched.UTC()
	return a, json.Unmarshal([]byte(cats), &a.Categories)
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Backlog returns how many sources are due at now, how many articles wait
// for a story, and how long the oldest of them has waited.
func (s *Store) Backlog(ctx context.Context) (dueSources, waiting int, oldest time.Duration, err error) {
	now := s.now()
	if err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM sources WHERE next_fetch <= $1 AND paused = FALSE`, now).Scan(&dueSources); err != nil {
		return
	}
	var first any // an aggregate: SQLite gives it as text
	err = s.db.QueryRowContext(ctx, `SELECT count(*), min(a.fetched) FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`).Scan(&waiting, &first)
	if t := anyTime(first); err == nil && !t.IsZero() {
		oldest = now.Sub(t)
	}
	return
}

// SetCopyOf records that an article copies another (syndicated text), so
// pages fold it under the original as one source of reporting.
func (s *Store) SetCopyOf(ctx context.Context, articleID, originalID int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE articles SET copy_of = $1 WHERE id = $2`, nullID(originalID), articleID)
		return expectRow(res, err, fmt.Sprintf("article %d", articleID))
	})
}

// PlacedArticle is an article with the story it belongs to.
type PlacedArticle struct {
	news.Article
	StoryID int64
}

// PlacedSince lists the articles published (or, undated, fetched) since the
// given time, with their live (not merged) stories, oldest first: what the
// clusterer needs to rebuild its state at start.
func (s *Store) PlacedSince(ctx context.Context, since time.Time) ([]PlacedArticle, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`, sa.story_id FROM articles a
		JOIN story_articles sa ON sa.article_id = a.id
		JOIN stories st ON st.id = sa.story_id AND st.merged_into IS NULL
		WHERE coalesce(a.published, a.fetched) >= $1 ORDER BY coalesce(a.published, a.fetched), a.id`, since.UTC())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PlacedArticle
	for rows.Next() {
		var p PlacedArticle
		if p.Article, err = scanArticle(rows, &p.StoryID); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// anyTime reads a time scanned into an any: a time.Time, or text as SQLite
// returns aggregates of time columns.
func anyTime(v any) time.Time {
	switch v := v.(type) {
	case time.Time:
		return v.UTC()
	case string:
		return parseTime(v)
	case []byte:
		return parseTime(string(v))
	}
	return time.Time{}
}
