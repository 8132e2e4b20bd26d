package store

import (
	"context"
	"database/sql"
	"strings"
	"unicode"

	"tidings/internal/news"
)

// Search marks: the snippet's matched terms are wrapped in these two
// private-use characters, which the caller turns into markup after
// escaping the text.
const (
	MarkStart = "\ue000"
	MarkEnd   = "\ue001"
)

// Hit is a story found by Search, with a snippet of where it matched.
type Hit struct {
	Story   news.Story
	Snippet string // plain text; matches between MarkStart and MarkEnd
}

// Search finds visible stories matching every word of q, best first (the
// headline weighing most, then the summary, then the body). A query with
// no words finds nothing.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]Hit, error) {
	words := searchWords(q)
	if len(words) == 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, s.dialect.search, s.dialect.match(words), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		st, err := scanStory(rowWith{rows, &h.Snippet})
		if err != nil {
			return nil, err
		}
		h.Story = st
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	stories := make([]news.Story, len(hits))
	for i, h := range hits {
		stories[i] = h.Story
	}
	if err := s.loadArticles(ctx, stories); err != nil {
		return nil, err
	}
	for i := range hits {
		hits[i].Story = stories[i]
	}
	return hits, nil
}

// rowWith scans a story row that has extra columns after the story's.
type rowWith struct {
	row   scanner
	extra any
}

func (r rowWith) Scan(dest ...any) error { return r.row.Scan(append(dest, r.extra)...) }

// searchWords splits what a reader typed into words: runs of letters and
// digits, at most ten. The dialect turns them into its own query, with
// every word required and none taken as query syntax.
func searchWords(q string) []string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 10 {
		words = words[:10]
	}
	return words
}

// indexStory (re)writes a story's row of the search index. The index is
// the table stories_fts on both databases, keyed by rowid = story id: an
// FTS5 table on SQLite, a table with a generated tsvector on PostgreSQL.
func indexStory(ctx context.Context, tx *sql.Tx, st news.Story) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories_fts WHERE rowid = $1`, st.ID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO stories_fts (rowid, headline, summary, body) VALUES ($1, $2, $3, $4)`,
		st.ID, st.Headline, st.Summary, strings.Join(st.Body, "\n\n"))
	return err
}
