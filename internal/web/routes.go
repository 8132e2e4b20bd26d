package web

import "net/http"

// Handler returns the site's routes, every one of them, with cross-origin
// protection on the state-changing ones (no state changes on GET).
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /section/{name}", s.section)
	mux.HandleFunc("GET /story/{id}", s.story)
	mux.HandleFunc("POST /story/{id}/flags", s.flag)
	mux.HandleFunc("GET /static/{name}", s.serveStatic)
	mux.HandleFunc("GET /healthz", s.healthz)

	mux.HandleFunc("GET /api/stories", s.api.ListStories)
	mux.HandleFunc("GET /api/stories/{id}", s.api.GetStory)
	mux.HandleFunc("POST /api/stories/{id}/flags", s.api.PostFlag)

	mux.HandleFunc("/", s.notFound)
	return securityHeaders(http.NewCrossOriginProtection().Handler(mux))
}

// securityHeaders sets the headers every response carries: no external
// requests (the pages load nothing from other sites), no framing, no sniffing.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Ping(r.Context()); err != nil {
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok\n"))
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "error", struct{ Title, Message string }{
		"Page not found", "There is no page at this address.",
	})
}
