package compose

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"tidings/internal/dateline"
	"tidings/internal/llm"
	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/verify"
	"tidings/internal/write"
)

// ErrNoText is returned when none of a story's articles has text to write from.
var ErrNoText = errors.New("no article has text")

// ErrUnsupported is returned when the written story fails the faithfulness
// gate where it can't be mended (its headline or summary): it is not
// published.
var ErrUnsupported = errors.New("the written story is not supported by its sources")

// Composer writes stories. It is safe for concurrent use.
type Composer struct {
	sections  *section.Classifier
	places    *dateline.Finder
	engine    *llm.Engine
	questions int
	home      string
}

// Options configure a Composer.
type Options struct {
	// Questions is how many reader questions a story gets (3 if <= 0).
	Questions int
	// Engine writes the drafts: the LLM engine when configured, else (nil)
	// the offline engine alone.
	Engine *llm.Engine
	// Home is the newsroom's home country, any name the gazetteer knows
	// ("United States", "UK"); "" for none. It settles WORLD vs POLITICS by
	// the story's dateline (see section.Hints).
	Home string
}

// New builds a Composer. It loads the embedded section model and
// gazetteer, and fails if o.Home names no country the gazetteer knows.
func New(o Options) (*Composer, error) {
	if o.Questions <= 0 {
		o.Questions = 3
	}
	if o.Engine == nil {
		o.Engine = llm.NewEngine(nil, slog.New(slog.DiscardHandler))
	}
	sections, err := section.New()
	if err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	places, err := dateline.New()
	if err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	home := ""
	if strings.TrimSpace(o.Home) != "" {
		var ok bool
		if home, ok = places.Country(o.Home); !ok {
			return nil, fmt.Errorf("home country %q: not a country name the gazetteer knows (like \"United States\" or \"India\")", o.Home)
		}
	}
	return &Composer{sections: sections, places: places, engine: o.Engine, questions: o.Questions, home: home}, nil
}

// Input is what a story is composed from.
type Input struct {
	Articles []news.Article // oldest first
	Section  news.Section   // the section the source is configured for, or ""
}

// Compose writes the story of in.Articles. The returned story has no ID; its
// Articles are in.Articles. Every written sentence passes the faithfulness
// gate: a body paragraph that fails is left out. Returns ErrNoText if no
// article has text. If the headline or summary fails the gate, it returns
// the story with an error wrapping ErrUnsupported: the caller holds it for a
// moderator instead of publishing it.
func (c *Composer) Compose(ctx context.Context, in Input) (news.Story, error) {
	if len(in.Articles) == 0 {
		return news.Story{}, ErrNoText
	}
	cleaned, place := c.place(in.Articles)
	draft, engine, err := c.engine.Draft(ctx, cleaned)
	if err != nil {
		return news.Story{}, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	draft, gateErr := gate(draft, cleaned)
	questions, _ := c.engine.Questions(ctx, draft, cleaned, c.questions)
	questions = gateAnswers(questions, cleaned)
	lead := cleaned[0]
	st := news.Story{
		Section:       c.sections.Classify(lead.Title, lead.Text, c.hints(lead, in.Section, place)),
		Headline:      draft.Headline,
		Summary:       draft.Summary,
		Body:          draft.Body,
		BodyCitations: draft.Sources,
		Dateline:      place,
		Date:          storyDate(in.Articles),
		Questions:     questions,
		Articles:      in.Articles,
		Engine:        engine,
	}
	return st, gateErr
}

// gate runs the faithfulness gate over a draft: failing body paragraphs are
// dropped; a failing headline or summary, or no body left, is an error.
func gate(d write.Draft, sources []news.Article) (write.Draft, error) {
	report := verify.CheckDraft(d, sources)
	if report.OK() {
		return d, nil
	}
	drop := map[int]bool{}
	var held error
	for _, f := range report.Failures {
		n, isBody := strings.CutPrefix(f.Part, "body/")
		if !isBody {
			if held == nil {
				held = fmt.Errorf("%w: %s: %q: %v", ErrUnsupported, f.Part, f.Sentence, f.Problems)
			}
			continue
		}
		var i int
		fmt.Sscan(n, &i)
		drop[i-1] = true
	}
	var body []string
	var cites [][]news.Citation
	for i, p := range d.Body {
		if drop[i] {
			continue
		}
		body = append(body, p)
		if i < len(d.Sources) {
			cites = append(cites, d.Sources[i])
		}
	}
	if len(body) == 0 {
		return d, fmt.Errorf("%w: no paragraph of the body passes", ErrUnsupported)
	}
	d.Body, d.Sources = body, cites
	return d, held
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

// hints are what is known of the story's section besides the words of a:
// the source's configured section, the feed's categories, the URL, and
// where the story happens beside the newsroom's home.
func (c *Composer) hints(a news.Article, configured news.Section, place news.Dateline) section.Hints {
	return section.Hints{Configured: configured, Categories: a.Categories, URL: a.URL, Home: c.home, Country: place.Country}
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

// gateAnswers runs the faithfulness gate over the answers: an answer the
// sources don't support is withdrawn ("The sources don't say yet."), never
// shown. Answers are taken verbatim from the sources, so this only guards
// against a fault upstream.
func gateAnswers(qs []news.Question, sources []news.Article) []news.Question {
	if len(qs) == 0 {
		return qs
	}
	src := verify.NewSources(sources)
	for i, q := range qs {
		if q.Answer != "" && len(src.Check(q.Answer)) > 0 {
			qs[i].Answer, qs[i].Citations = "", nil
		}
	}
	return qs
}
