package web

import (
	"html"
	"html/template"
	"net/http"
	"strings"

	"tidings/internal/store"
)

const searchResults = 30

// search shows the stories matching ?q=, best first, with snippets.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > 200 {
		q = q[:200]
	}
	var hits []store.Hit
	if q != "" {
		var err error
		if hits, err = s.store.Search(r.Context(), q, searchResults); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "search", struct {
		Query string
		Hits  []store.Hit
	}{q, hits})
}

// snippetHTML escapes a search snippet and marks its matches.
func snippetHTML(snippet string) template.HTML {
	escaped := html.EscapeString(snippet)
	escaped = strings.ReplaceAll(escaped, store.MarkStart, "<mark>")
	escaped = strings.ReplaceAll(escaped, store.MarkEnd, "</mark>")
	return template.HTML(escaped)
}
