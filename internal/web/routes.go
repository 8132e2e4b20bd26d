package web

import (
	"net/http"

	"tidings/internal/news"
)

// Handler returns the site's routes, every one of them, with cross-origin
// protection on the state-changing ones (no state changes on GET).
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /section/{name}", s.section)
	mux.HandleFunc("GET /story/{id}", s.story)
	mux.HandleFunc("GET /story/{id}/questions/{n}", s.question)
	mux.HandleFunc("POST /story/{id}/flags", s.flag)
	mux.HandleFunc("POST /story/{id}/questions", s.askQuestion)
	mux.HandleFunc("GET /reports/{ref}", s.report)
	mux.HandleFunc("GET /corrections", s.corrections)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /feeds/{file}", s.feed)
	mux.HandleFunc("GET /sitemap.xml", s.sitemap)
	mux.HandleFunc("GET /news-sitemap.xml", s.newsSitemap)
	mux.HandleFunc("GET /static/{name}", s.serveStatic)
	mux.HandleFunc("GET /healthz", s.healthz)

	mux.HandleFunc("GET /api/stories", s.api.ListStories)
	mux.HandleFunc("GET /api/search", s.api.Search)
	mux.HandleFunc("GET /api/stories/{id}", s.api.GetStory)
	mux.HandleFunc("POST /api/stories/{id}/flags", s.api.PostFlag)
	mux.HandleFunc("POST /api/stories/{id}/questions", s.api.PostQuestion)

	mux.HandleFunc("GET /admin/login", s.loginForm)
	mux.HandleFunc("POST /admin/login", s.login)
	mux.HandleFunc("POST /admin/logout", s.logout)
	mux.HandleFunc("GET /admin", s.signedIn(news.Moderator, s.queue))
	mux.HandleFunc("GET /admin/stories/{id}", s.signedIn(news.Moderator, s.moderateStory))
	mux.HandleFunc("POST /admin/stories/{id}/decide", s.signedIn(news.Moderator, s.decide))
	mux.HandleFunc("GET /admin/stories/{id}/edit", s.signedIn(news.Moderator, s.editForm))
	mux.HandleFunc("POST /admin/stories/{id}/edit", s.signedIn(news.Moderator, s.edit))
	mux.HandleFunc("POST /admin/stories/{id}/rewrite", s.signedIn(news.Moderator, s.rewrite))
	mux.HandleFunc("GET /admin/audit", s.signedIn(news.Moderator, s.auditLog))
	mux.HandleFunc("GET /admin/password", s.signedIn(news.Moderator, s.passwordForm))
	mux.HandleFunc("POST /admin/password", s.signedIn(news.Moderator, s.password))
	mux.HandleFunc("GET /admin/sources", s.signedIn(news.Admin, s.sources))
	mux.HandleFunc("POST /admin/sources", s.signedIn(news.Admin, s.addSource))
	mux.HandleFunc("POST /admin/sources/{id}/{action}", s.signedIn(news.Admin, s.sourceAction))

	mux.HandleFunc("/", s.notFound)
	return s.securityHeaders(http.NewCrossOriginProtection().Handler(mux))
}

// securityHeaders sets the headers every response carries: no external
// requests (the pages load nothing from other sites), no framing, no
// sniffing, and HSTS when the site is served over TLS.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		if s.TLS || r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
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
