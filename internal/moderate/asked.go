package moderate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"tidings/internal/ask"
	"tidings/internal/news"
	"tidings/internal/store"
)

// Reader questions: limits.
const (
	MaxQuestionLength = 300 // characters
	QuestionsPerDay   = 10  // per reader
)

// Ask answers a reader's question about a story from its sources and keeps
// it. The asker sees the answer at once; the question is listed publicly
// only if it passes the question lint (and until moderators hide it).
// Errors: news.ErrInvalid (wrapped) for an empty or over-long question,
// store.ErrNotFound for a missing story, store.ErrLimit past the daily cap.
func (s *Service) Ask(ctx context.Context, st news.Story, question, reader string) (news.ReaderQuestion, error) {
	question = strings.Join(strings.Fields(question), " ")
	if question == "" || !utf8.ValidString(question) || utf8.RuneCountInString(question) > MaxQuestionLength {
		return news.ReaderQuestion{}, fmt.Errorf("%w: a question is 1 to %d characters", news.ErrInvalid, MaxQuestionLength)
	}
	answered := ask.Answer(question, st.Articles)
	q := news.ReaderQuestion{StoryID: st.ID, Reader: reader, Question: question, Answer: answered.Answer,
		Citations: answered.Citations, Public: ask.Lint(question) == nil}
	return s.store.AddReaderQuestion(ctx, q, QuestionsPerDay)
}

// checkAsked makes sure an "asked/ID" item is a question of the story.
func (s *Service) checkAsked(ctx context.Context, storyID int64, item news.Item) error {
	id, ok := item.AskedID()
	if !ok {
		return nil
	}
	q, err := s.store.ReaderQuestion(ctx, id)
	if errors.Is(err, store.ErrNotFound) || err == nil && q.StoryID != storyID {
		return fmt.Errorf("%w: the story has no reader question %d", news.ErrInvalid, id)
	}
	return err
}
