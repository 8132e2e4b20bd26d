package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"tidings/internal/news"
)

// AddReaderQuestion stores a reader's question with its answer. Returns
// ErrNotFound if the story does not exist and ErrLimit if the reader asked
// dailyCap questions in the last 24 hours (0: no cap).
func (s *Store) AddReaderQuestion(ctx context.Context, q news.ReaderQuestion, dailyCap int) (news.ReaderQuestion, error) {
	q.Created = s.now()
	cites, err := json.Marshal(nonNil(q.Citations))
	if err != nil {
		return q, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id = $1`, q.StoryID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("story %d: %w", q.StoryID, ErrNotFound)
		}
		if dailyCap > 0 && q.Reader != "" {
			if err := s.lockReader(ctx, tx, q.Reader, dailyCap); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM reader_questions WHERE reader = $1 AND created > $2`,
				q.Reader, q.Created.Add(-24*time.Hour)).Scan(&n); err != nil {
				return err
			}
			if n >= dailyCap {
				return fmt.Errorf("%d questions in a day: %w", n, ErrLimit)
			}
		}
		return tx.QueryRowContext(ctx, `INSERT INTO reader_questions (story_id, reader, question, answer, citations, public, created)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, q.StoryID, q.Reader, q.Question, q.Answer, string(cites),
			q.Public, q.Created).Scan(&q.ID)
	})
	return q, err
}

const readerQuestionColumns = `q.id, q.story_id, q.reader, q.question, q.answer, q.citations, q.public, q.created`

// ReaderQuestion returns the reader question with that ID, or ErrNotFound.
func (s *Store) ReaderQuestion(ctx context.Context, id int64) (news.ReaderQuestion, error) {
	q, err := scanReaderQuestion(s.db.QueryRowContext(ctx, `SELECT `+readerQuestionColumns+` FROM reader_questions q
		WHERE q.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return q, fmt.Errorf("reader question %d: %w", id, ErrNotFound)
	}
	return q, err
}

// PublicReaderQuestions lists a story's public reader questions that
// moderators have not hidden, oldest first.
func (s *Store) PublicReaderQuestions(ctx context.Context, storyID int64, limit int) ([]news.ReaderQuestion, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+readerQuestionColumns+` FROM reader_questions q
		WHERE q.story_id = $1 AND q.public = TRUE AND NOT EXISTS (SELECT 1 FROM items i WHERE i.story_id = q.story_id
			AND i.item = 'asked/' || q.id AND i.hidden = TRUE)
		ORDER BY q.id LIMIT $2`, storyID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.ReaderQuestion
	for rows.Next() {
		q, err := scanReaderQuestion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

func scanReaderQuestion(row scanner) (news.ReaderQuestion, error) {
	var q news.ReaderQuestion
	var cites string
	if err := row.Scan(&q.ID, &q.StoryID, &q.Reader, &q.Question, &q.Answer, &cites, &q.Public, &q.Created); err != nil {
		return q, err
	}
	q.Created = q.Created.UTC()
	return q, json.Unmarshal([]byte(cites), &q.Citations)
}
