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

// Search finds visible stories matching every word of q, best first (BM25,
// the headline weighing most). A query with no words finds nothing.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]Hit, error) {
	match := ftsQuery(q)
	if match == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+storyColumns+`,
			snippet(stories_fts, -1, char(57344), char(57345), '…', 20)
		FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
		WHERE stories_fts MATCH $1
		AND NOT EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.item = 'story' AND i.hidden = 1)
		ORDER BY bm25(stories_fts, 10.0, 4.0, 1.0) LIMIT $2`, match, limit)
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

// ftsQuery turns what a reader typed into an FTS5 query: each word quoted
// (so no reader input is taken as FTS syntax), all required, at most ten.
func ftsQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 10 {
		words = words[:10]
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

// indexStory (re)writes a story's row of the search index.
func indexStory(ctx context.Context, tx *sql.Tx, st news.Story) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories_fts WHERE rowid = $1`, st.ID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO stories_fts (rowid, headline, summary, body) VALUES ($1, $2, $3, $4)`,
		st.ID, st.Headline, st.Summary, strings.Join(st.Body, "\n\n"))
	return err
}
