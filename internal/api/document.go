package api

import (
	"strconv"
	"time"

	"tidings/internal/news"
)

// Document is a story as the API and the analyze filter give it: the lead
// article's own fields (url, title, byline, published, site, text) and the
// story written from all of its articles.
type Document struct {
	ID        any           `json:"id"`
	URL       string        `json:"url"`
	Title     string        `json:"title"`
	Byline    string        `json:"byline"`
	Published string        `json:"published,omitempty"` // RFC 3339
	Site      string        `json:"site"`
	Text      string        `json:"text"`
	Section   news.Section  `json:"section"`
	Dateline  news.Dateline `json:"dateline"`
	Date      string        `json:"date"` // YYYY-MM-DD
	Headline  string        `json:"headline"`
	Summary   string        `json:"summary"`
	Body      []string      `json:"body"`
	// BodyCitations holds, for each paragraph of Body, the source passages
	// its sentences come from.
	BodyCitations [][]Citation `json:"body_citations"`
	Questions     []Question   `json:"questions"`
	Story         any          `json:"story"`

	Hidden  bool     `json:"hidden,omitempty"` // hidden by moderators or pending review
	Notice  string   `json:"notice,omitempty"`
	Sources []Source `json:"sources,omitempty"`
	// ReaderQuestions are the public questions readers asked (story API only).
	ReaderQuestions []ReaderQuestion `json:"reader_questions,omitempty"`
	Flags           *int             `json:"flags,omitempty"`
	Page            string           `json:"page,omitempty"`   // the story page's path
	Engine          string           `json:"engine,omitempty"` // what wrote it: offline or llm:MODEL
}

// Question is a reader question with its answer and citations. An empty
// answer means the sources don't say.
type Question struct {
	Question  string     `json:"question"`
	Answer    string     `json:"answer"`
	Citations []Citation `json:"citations"`
	Hidden    bool       `json:"hidden,omitempty"` // the question or its answer is hidden pending review
}

// Citation names the article (by its id) and quotes the passage an answer
// comes from.
type Citation struct {
	ID    any    `json:"id"`
	Quote string `json:"quote"`
}

// Source is one article a story is based on.
type Source struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Site      string `json:"site"`
	Published string `json:"published,omitempty"`
}

// NewDocument describes st; articleID maps an article's stored ID to the ID
// shown (the API shows stored IDs; the analyze filter the input's own ids).
// The lead article is the story's first.
func NewDocument(st news.Story, articleID func(int64) any) Document {
	d := Document{
		Section:   st.Section,
		Dateline:  st.Dateline,
		Date:      dateOf(st.Date),
		Headline:  st.Headline,
		Summary:   st.Summary,
		Body:      nonNil(st.Body),
		Questions: make([]Question, 0, len(st.Questions)),
	}
	d.BodyCitations = make([][]Citation, len(d.Body))
	for i := range d.Body {
		d.BodyCitations[i] = []Citation{}
		if i < len(st.BodyCitations) {
			for _, c := range st.BodyCitations[i] {
				d.BodyCitations[i] = append(d.BodyCitations[i], Citation{ID: articleID(c.ArticleID), Quote: c.Quote})
			}
		}
	}
	if len(st.Articles) > 0 {
		a := st.Articles[0]
		d.ID, d.URL, d.Title, d.Byline, d.Site, d.Text = articleID(a.ID), a.URL, a.Title, a.Byline, a.Site, a.Text
		d.Published = rfc3339(a.Published)
	}
	for i, q := range st.Questions {
		cites := make([]Citation, 0, len(q.Citations))
		for _, c := range q.Citations {
			cites = append(cites, Citation{ID: articleID(c.ArticleID), Quote: c.Quote})
		}
		dq := Question{Question: q.Question, Answer: q.Answer, Citations: cites}
		if st.Hidden[news.QuestionItem(i+1)] {
			dq = Question{Question: HiddenNotice, Citations: []Citation{}, Hidden: true}
		} else if st.Hidden[news.AnswerItem(i+1)] {
			dq.Answer, dq.Citations, dq.Hidden = HiddenNotice, []Citation{}, true
		}
		d.Questions = append(d.Questions, dq)
	}
	return d
}

// HiddenNotice is what shows in place of an item that moderators hid or
// that waits for their review.
const HiddenNotice = "Hidden while moderators review reports about it."

// StoryDocument is the API's view of a stored story: the document with its
// story id, sources, flag count and page.
func StoryDocument(st news.Story) Document {
	if st.Hidden[news.StoryItem] {
		return Document{Story: st.ID, Section: st.Section, Date: dateOf(st.Date), Hidden: true,
			Notice: "This story is hidden while moderators review reports about it.", Page: StoryPath(st.ID),
			Body: []string{}, Questions: []Question{}}
	}
	d := NewDocument(st, func(id int64) any { return id })
	d.Story = st.ID
	d.Page = StoryPath(st.ID)
	d.Engine = st.Engine
	flags := st.Flags
	d.Flags = &flags
	d.Sources = make([]Source, 0, len(st.Articles))
	for _, a := range st.Articles {
		d.Sources = append(d.Sources, Source{ID: a.ID, Title: a.Title, URL: a.URL, Site: a.Site, Published: rfc3339(a.Published)})
	}
	return d
}

// StoryPath is the path of a story's page.
func StoryPath(id int64) string { return "/story/" + strconv.FormatInt(id, 10) }

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
