package web

import (
	"net/http"

	"tidings/internal/api"
	"tidings/internal/news"
)

// askQuestion answers a reader's own question about a story at once.
func (s *Server) askQuestion(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	if st.Hidden[news.StoryItem] {
		s.fail(w, r, badInput("this story is hidden while moderators review it"))
		return
	}
	q, err := s.mod.Ask(r.Context(), st, r.PostForm.Get("question"), s.reader(w, r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := newStoryPage(st)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "asked", struct {
		storyPage
		Asked news.ReaderQuestion
	}{page, q})
}
