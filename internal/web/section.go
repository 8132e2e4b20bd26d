package web

import (
	"fmt"
	"net/http"
	"strconv"

	"tidings/internal/api"
	"tidings/internal/news"
	"tidings/internal/store"
)

const sectionPage = 24

// section lists a section's stories, newest first, a page at a time.
func (s *Server) section(w http.ResponseWriter, r *http.Request) {
	sec, ok := news.ParseSection(r.PathValue("name"))
	if !ok {
		s.fail(w, r, fmt.Errorf("section %q: %w", r.PathValue("name"), store.ErrNotFound))
		return
	}
	f := store.StoryFilter{Section: sec, Limit: sectionPage}
	if b := r.URL.Query().Get("before"); b != "" {
		n, err := strconv.ParseInt(b, 10, 64)
		if err != nil || n < 1 {
			s.fail(w, r, fmt.Errorf("%w: before must be a story id", api.ErrBadRequest))
			return
		}
		f.Before = n
	}
	stories, err := s.store.Stories(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := struct {
		Section news.Section
		Stories []news.Story
		Next    int64
	}{Section: sec, Stories: stories}
	if len(stories) == sectionPage {
		data.Next = stories[len(stories)-1].ID
	}
	s.render(w, r, http.StatusOK, "section", data)
}
