package web

import (
	"net/http"

	"tidings/internal/api"
	"tidings/internal/news"
)

// flag takes the story page's "flag content" form and confirms the report.
func (s *Server) flag(w http.ResponseWriter, r *http.Request) {
	id, err := api.StoryID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	st, err := s.store.Story(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, err := api.AddFlag(r.Context(), s.store, id, r.PostForm.Get("reason"), r.PostForm.Get("note"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "flagged", struct {
		Story news.Story
		Flag  news.Flag
	}{st, f})
}
