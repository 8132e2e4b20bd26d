package web

import (
	"net/http"
	"strings"

	"tidings/internal/api"
	"tidings/internal/moderate"
	"tidings/internal/news"
)

// flag takes a "flag content" form (of the story page or a question page)
// and confirms the report with its reference.
func (s *Server) flag(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 32<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	id := st.ID
	u, _ := s.currentUser(r)
	f, err := s.mod.Flag(r.Context(), moderate.Report{
		StoryID:   id,
		Item:      r.PostForm.Get("item"),
		Reason:    r.PostForm.Get("reason"),
		Note:      r.PostForm.Get("note"),
		Links:     strings.Fields(r.PostForm.Get("links")),
		Reader:    s.reader(w, r),
		Moderator: u.ID != 0,
	}, len(st.Questions))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.Metrics.Flagged(string(f.Reason))
	s.render(w, r, http.StatusOK, "flagged", struct {
		Story news.Story
		Flag  news.Flag
	}{st, f})
}

// report shows a report's status and outcome to whoever has its reference.
func (s *Server) report(w http.ResponseWriter, r *http.Request) {
	f, err := s.store.Flag(r.Context(), r.PathValue("ref"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	st, err := s.store.Story(r.Context(), f.StoryID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "report", struct {
		Story       news.Story
		Flag        news.Flag
		StoryHidden bool
	}{st, f, st.Hidden[news.StoryItem]})
}

// corrections is the public log of edits to published stories.
func (s *Server) corrections(w http.ResponseWriter, r *http.Request) {
	cs, err := s.store.Corrections(r.Context(), 0, 200)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "corrections", cs)
}
