package web

import (
	"encoding/json"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"

	"tidings/internal/api"
	"tidings/internal/news"
	"tidings/internal/store"
)

// leadParagraphs is how many paragraphs show before "continue reading".
const leadParagraphs = 2

type storyPage struct {
	Story       news.Story
	Hidden      bool // the whole story is hidden: only a notice shows
	Lead        []paragraph
	Rest        []paragraph
	Questions   []questionView
	Articles    map[int64]*news.Article // by ID, for citations
	Reasons     []news.FlagReason
	Corrections []store.Correction
	Asked       []news.ReaderQuestion // public reader questions
	Sources     []sourceGroup         // the reporting, syndicated copies folded under their original
	Outlets     int                   // distinct outlets that ran the reporting
	Base        string                // the site's public address
	JSONLD      template.JS
}

// questionView is a question as the page shows it: hidden parts replaced by
// a notice.
type questionView struct {
	N              int
	Question       string
	Answer         string
	Citations      []news.Citation
	QuestionHidden bool
	AnswerHidden   bool
}

// story shows one story with the anatomy of the reference page: section,
// headline, dateline, body, continue reading, sources, questions, actions.
func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	page, err := newStoryPage(st)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page.Base = s.base(r)
	if page.Corrections, err = s.store.Corrections(r.Context(), st.ID, 50); err != nil {
		s.fail(w, r, err)
		return
	}
	if page.Asked, err = s.store.PublicReaderQuestions(r.Context(), st.ID, 50); err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "story", page)
}

func newStoryPage(st news.Story) (storyPage, error) {
	p := storyPage{Story: st, Hidden: st.Hidden[news.StoryItem], Reasons: news.FlagReasons,
		Articles: map[int64]*news.Article{}}
	if p.Hidden {
		return p, nil
	}
	for i := range st.Articles {
		p.Articles[st.Articles[i].ID] = &st.Articles[i]
	}
	p.Sources, p.Outlets = groupSources(st.Articles)
	paras := p.paragraphs()
	p.Lead = paras[:min(leadParagraphs, len(paras))]
	p.Rest = paras[len(p.Lead):]
	for i, q := range st.Questions {
		v := questionView{N: i + 1, Question: q.Question, Answer: q.Answer, Citations: q.Citations,
			QuestionHidden: st.Hidden[news.QuestionItem(i+1)], AnswerHidden: st.Hidden[news.AnswerItem(i+1)]}
		p.Questions = append(p.Questions, v)
	}
	ld, err := jsonLD(st)
	p.JSONLD = ld
	return p, err
}

// jsonLD is the story's schema.org NewsArticle. json.Marshal escapes <, >
// and &, so the result is safe inside a script element.
func jsonLD(st news.Story) (template.JS, error) {
	basedOn := make([]string, 0, len(st.Articles))
	for _, a := range st.Articles {
		basedOn = append(basedOn, a.URL)
	}
	doc := map[string]any{
		"@context":         "https://schema.org",
		"@type":            "NewsArticle",
		"headline":         st.Headline,
		"articleSection":   string(st.Section),
		"dateline":         st.Dateline.Text,
		"datePublished":    st.Date.UTC().Format(time.RFC3339),
		"dateModified":     st.Updated.UTC().Format(time.RFC3339),
		"description":      st.Summary,
		"articleBody":      strings.Join(st.Body, "\n\n"),
		"isBasedOn":        basedOn,
		"mainEntityOfPage": api.StoryPath(st.ID),
	}
	b, err := json.Marshal(doc)
	return template.JS(b), err
}

// sourceGroup is one source of reporting: an article and the syndicated
// copies of it that other outlets ran.
type sourceGroup struct {
	Article *news.Article
	Copies  []*news.Article
}

// groupSources folds copies under their originals (a copy whose original is
// not among the story's articles stands as a source itself) and counts the
// distinct outlets.
func groupSources(articles []news.Article) ([]sourceGroup, int) {
	byID := map[int64]int{}
	var groups []sourceGroup
	for i := range articles {
		a := &articles[i]
		if j, ok := byID[a.CopyOf]; ok && a.CopyOf != 0 {
			groups[j].Copies = append(groups[j].Copies, a)
			continue
		}
		byID[a.ID] = len(groups)
		groups = append(groups, sourceGroup{Article: a})
	}
	outlets := map[string]bool{}
	for _, a := range articles {
		outlets[outletOf(a)] = true
	}
	return groups, len(outlets)
}

func outletOf(a news.Article) string {
	if a.Site != "" {
		return strings.ToLower(a.Site)
	}
	if u, err := url.Parse(a.URL); err == nil {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return a.URL
}

// paragraph is a body paragraph with markers for the sources its sentences
// come from: the source's number in the list of reporting, a link to it,
// and the passage, shown on hover.
type paragraph struct {
	Text  string
	Marks []mark
}

type mark struct {
	N     int
	URL   string
	Title string // the passage and its outlet
}

func (p storyPage) paragraphs() []paragraph {
	number := map[int64]int{} // article ID -> number of its source group
	for i, g := range p.Sources {
		number[g.Article.ID] = i + 1
		for _, c := range g.Copies {
			number[c.ID] = i + 1
		}
	}
	out := make([]paragraph, len(p.Story.Body))
	for i, text := range p.Story.Body {
		out[i].Text = text
		if i >= len(p.Story.BodyCitations) {
			continue
		}
		seen := map[int]bool{}
		for _, c := range p.Story.BodyCitations[i] {
			a, n := p.Articles[c.ArticleID], number[c.ArticleID]
			if a == nil || n == 0 || seen[n] {
				continue
			}
			seen[n] = true
			out[i].Marks = append(out[i].Marks, mark{N: n, URL: a.URL, Title: "“" + c.Quote + "” (" + outletName(*a) + ")"})
		}
	}
	return out
}

func outletName(a news.Article) string {
	if a.Site != "" {
		return a.Site
	}
	return outletOf(a)
}
