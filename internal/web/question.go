package web

import (
	"fmt"
	"net/http"
	"strconv"

	"tidings/internal/api"
	"tidings/internal/news"
	"tidings/internal/store"
)

// question shows one question of a story with its answer, citations and
// "flag content".
func (s *Server) question(w http.ResponseWriter, r *http.Request) {
	id, err := api.StoryID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	st, err := s.store.Story(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > len(st.Questions) || st.Hidden[news.StoryItem] {
		s.fail(w, r, fmt.Errorf("question %s of story %d: %w", r.PathValue("n"), id, store.ErrNotFound))
		return
	}
	page, err := newStoryPage(st)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "question", struct {
		storyPage
		N        int
		Question questionView
	}{page, n, page.Questions[n-1]})
}
