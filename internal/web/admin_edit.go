package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tidings/internal/api"
	"tidings/internal/news"
)

// editForm shows a story's written parts for a moderator to correct.
func (s *Server) editForm(w http.ResponseWriter, r *http.Request, u news.User) {
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	s.render(w, r, http.StatusOK, "admin_edit", adminPage{User: u, Data: st})
}

// edit saves a moderator's correction: it goes on record in the audit log
// and shows in the public corrections log and on the story.
func (s *Server) edit(w http.ResponseWriter, r *http.Request, u news.User) {
	r.Body = http.MaxBytesReader(w, r.Body, 256<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	id := st.ID
	f := r.PostForm
	what := strings.TrimSpace(f.Get("what"))
	st.Headline, st.Summary = strings.TrimSpace(f.Get("headline")), strings.TrimSpace(f.Get("summary"))
	body := news.SplitParagraphs(f.Get("body"))
	if what == "" || st.Headline == "" || len(body) == 0 || len(st.Headline) > 200 {
		s.fail(w, r, badInput("a headline (up to 200 characters), a body and a note of what changed are all needed"))
		return
	}
	if !equalStrings(body, st.Body) {
		st.Body, st.BodyCitations = body, nil // an edited body no longer matches its sources sentence by sentence
	}
	for i := range st.Questions {
		n := strings.TrimSpace(f.Get("question" + strconv.Itoa(i+1)))
		a := strings.TrimSpace(f.Get("answer" + strconv.Itoa(i+1)))
		if n != "" {
			st.Questions[i].Question = n
		}
		if a != st.Questions[i].Answer {
			st.Questions[i].Answer, st.Questions[i].Citations = a, nil
		}
	}
	if err := s.store.EditStory(r.Context(), u.ID, st, what); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, adminStoryPath(id)+"?note="+url.QueryEscape("correction published"), http.StatusSeeOther)
}

// rewrite writes the story anew from its sources, as a correction.
func (s *Server) rewrite(w http.ResponseWriter, r *http.Request, u news.User) {
	id, err := api.StoryID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if s.Rewrite == nil {
		s.fail(w, r, badInput("rewriting is not available in this process"))
		return
	}
	st, err := s.Rewrite(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	st.ID = id
	if err := s.store.EditStory(r.Context(), u.ID, st, "Rewritten from the sources by a moderator."); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, adminStoryPath(id)+"?note="+url.QueryEscape("rewritten from the sources"), http.StatusSeeOther)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// audit lists the newest moderator actions.
func (s *Server) auditLog(w http.ResponseWriter, r *http.Request, u news.User) {
	entries, err := s.store.Audit(r.Context(), 0, 500)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "admin_audit", adminPage{User: u, Data: entries})
}
