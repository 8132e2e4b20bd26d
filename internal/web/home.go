package web

import (
	"net/http"

	"tidings/internal/news"
	"tidings/internal/store"
)

// perSection is how many stories the home page shows of each section.
const perSection = 6

type sectionStories struct {
	Section news.Section
	Stories []news.Story
}

// home shows the latest stories by section or, while there are none, the
// sources and why nothing came in yet.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	var data struct {
		Sections []sectionStories
		Sources  []news.Source
	}
	for _, sec := range news.Sections {
		stories, err := s.store.Stories(r.Context(), store.StoryFilter{Section: sec, Limit: perSection})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if len(stories) > 0 {
			data.Sections = append(data.Sections, sectionStories{sec, stories})
		}
	}
	if len(data.Sections) == 0 {
		srcs, err := s.store.Sources(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		data.Sources = srcs
	}
	s.render(w, r, http.StatusOK, "home", data)
}
