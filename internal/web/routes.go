package web

import (
	"net/http"

	"tidings/internal/api"
	"tidings/internal/news"
)

// route is one line of the site's table of contents.
type route struct {
	pattern string // method and path, as http.ServeMux takes them
	handler http.HandlerFunc
}

// routes lists every route of the site.
func (s *Server) routes() []route {
	mod := func(h func(http.ResponseWriter, *http.Request, news.User)) http.HandlerFunc {
		return s.signedIn(news.Moderator, h)
	}
	admin := func(h func(http.ResponseWriter, *http.Request, news.User)) http.HandlerFunc {
		return s.signedIn(news.Admin, h)
	}
	return []route{
		{"GET /{$}", s.home},
		{"GET /section/{name}", s.section},
		{"GET /story/{id}", s.story},
		{"GET /story/{id}/questions/{n}", s.question},
		{"POST /story/{id}/flags", s.flag},
		{"POST /story/{id}/questions", s.askQuestion},
		{"GET /reports/{ref}", s.report},
		{"GET /corrections", s.corrections},
		{"GET /search", s.search},
		{"GET /feeds/{file}", s.feed},
		{"GET /sitemap.xml", s.sitemap},
		{"GET /news-sitemap.xml", s.newsSitemap},
		{"GET /static/{name}", s.serveStatic},
		{"GET /healthz", s.healthz},
		{"GET /readyz", s.readyz},

		{"GET /api/openapi.json", api.ServeOpenAPI},
		{"GET /api/stories", s.api.ListStories},
		{"GET /api/stories/{id}", s.api.GetStory},
		{"POST /api/stories/{id}/flags", s.api.PostFlag},
		{"POST /api/stories/{id}/questions", s.api.PostQuestion},
		{"GET /api/search", s.api.Search},

		{"GET /admin/login", s.loginForm},
		{"POST /admin/login", s.login},
		{"POST /admin/logout", s.logout},
		{"GET /admin", mod(s.queue)},
		{"GET /admin/stories/{id}", mod(s.moderateStory)},
		{"POST /admin/stories/{id}/decide", mod(s.decide)},
		{"GET /admin/stories/{id}/edit", mod(s.editForm)},
		{"POST /admin/stories/{id}/edit", mod(s.edit)},
		{"POST /admin/stories/{id}/rewrite", mod(s.rewrite)},
		{"GET /admin/audit", mod(s.auditLog)},
		{"GET /admin/password", mod(s.passwordForm)},
		{"POST /admin/password", mod(s.password)},
		{"GET /admin/sources", admin(s.sources)},
		{"POST /admin/sources", admin(s.addSource)},
		{"GET /admin/sources.opml", admin(s.exportSources)},
		{"POST /admin/sources/import", admin(s.importSources)},
		{"POST /admin/sources/{id}/{action}", admin(s.sourceAction)},

		{"/", s.notFound},
	}
}

// Handler returns the site's routes with cross-origin protection on the
// state-changing ones (no state changes on GET) and the security headers.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.routes() {
		mux.HandleFunc(rt.pattern, rt.handler)
	}
	if s.Metrics != nil {
		mux.Handle("GET /metrics", s.Metrics.Handler())
	}
	var h http.Handler = mux
	if s.CacheTTL > 0 {
		h = newMicrocache(s.CacheTTL, 10000).wrap(mux)
	}
	return s.securityHeaders(http.NewCrossOriginProtection().Handler(h))
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

// readyz answers 200 when the site can serve: the database answers a query.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.store.CountStories(r.Context()); err != nil {
		http.Error(w, "database not ready", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ready\n"))
}

// healthz answers 200 while the process is alive and its database open.
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
