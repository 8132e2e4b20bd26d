package compose

import (
	"errors"
	"fmt"
	"time"

	"tidings/internal/ask"
	"tidings/internal/dateline"
	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/write"
)

// ErrNoText is returned when none of a story's articles has text to write from.
var ErrNoText = errors.New("no article has text")

// Composer writes stories. It is safe for concurrent use.
type Composer struct {
	sections  *section.Classifier
	places    *dateline.Finder
	questions int
}

// New builds a Composer that asks the given number of questions per story
// (3 if questions <= 0). It loads the embedded section model and gazetteer.
func New(questions int) (*Composer, error) {
	if questions <= 0 {
		questions = 3
	}
	sections, err := section.New()
	if err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	places, err := dateline.New()
	if err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	return &Composer{sections: sections, places: places, questions: questions}, nil
}

// Input is what a story is composed from.
type Input struct {
	Articles []news.Article // oldest first
	Section  news.Section   // the section the source is configured for, or ""
}

// Compose writes the story of in.Articles. The returned story has no ID; its
// Articles are in.Articles. Returns ErrNoText if no article has text.
func (c *Composer) Compose(in Input) (news.Story, error) {
	if len(in.Articles) == 0 {
		return news.Story{}, ErrNoText
	}
	cleaned, place := c.place(in.Articles)
	draft, err := write.Write(cleaned)
	if err != nil {
		return news.Story{}, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	lead := cleaned[0]
	st := news.Story{
		Section:       c.sections.Classify(lead.Title, lead.Text, hints(lead, in.Section)),
		Headline:      draft.Headline,
		Summary:       draft.Summary,
		Body:          draft.Body,
		BodyCitations: draft.Sources,
		Dateline:      place,
		Date:          storyDate(in.Articles),
		Questions:     ask.Questions(draft, cleaned, ask.Options{N: c.questions}),
		Articles:      in.Articles,
	}
	return st, nil
}

// place finds the story's dateline and returns the articles with their wire
// datelines stripped. The place of the earliest article that has one wins:
// its wire dateline, or else the place its headline and lead point to.
func (c *Composer) place(articles []news.Article) ([]news.Article, news.Dateline) {
	cleaned := make([]news.Article, len(articles))
	var place news.Dateline
	found := false
	for i, a := range articles {
		d, text, ok := c.places.Find(a.Title, a.Text)
		cleaned[i] = a
		cleaned[i].Text = text
		if ok && !found {
			place, found = d, true
		}
	}
	return cleaned, place
}

func hints(a news.Article, configured news.Section) section.Hints {
	return section.Hints{Configured: configured, Categories: a.Categories, URL: a.URL}
}

// storyDate is when the story was first reported: the earliest publication
// time of its articles, or the earliest fetch time when none is known; zero
// when neither is (the analyze filter's text input without a date).
func storyDate(articles []news.Article) time.Time {
	var first time.Time
	for _, a := range articles {
		t := a.Published
		if t.IsZero() {
			t = a.Fetched
		}
		if !t.IsZero() && (first.IsZero() || t.Before(first)) {
			first = t
		}
	}
	return first.UTC()
}
