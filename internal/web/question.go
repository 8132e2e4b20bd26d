package web

import (
	"fmt"
	"net/http"
	"strconv"

	"tidings/internal/news"
	"tidings/internal/store"
)

// question shows one question of a story with its answer, citations and
// "flag content".
func (s *Server) question(w http.ResponseWriter, r *http.Request) {
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	id := st.ID
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
