package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strings"

	"tidings/internal/api"
	"tidings/internal/news"
	"tidings/internal/store"
)

//go:embed templates static
var files embed.FS

// Server serves the site. It is safe for concurrent use.
type Server struct {
	store  *store.Store
	api    *api.Handlers
	logger *slog.Logger
	pages  map[string]*template.Template
	static map[string]asset // by hashed name: "style.3f2a1b4c.css"
	hashed map[string]string
}

type asset struct {
	body        []byte
	contentType string
}

// New builds the site's server over st. It fails if a template does not parse.
func New(st *store.Store, logger *slog.Logger) (*Server, error) {
	s := &Server{store: st, logger: logger, api: &api.Handlers{Store: st, Logger: logger}}
	if err := s.loadStatic(); err != nil {
		return nil, err
	}
	if err := s.loadTemplates(); err != nil {
		return nil, err
	}
	return s, nil
}

// loadStatic reads the static files and names each by a hash of its
// content, so they can be cached for a year.
func (s *Server) loadStatic() error {
	s.static, s.hashed = map[string]asset{}, map[string]string{}
	return fs.WalkDir(files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		name := path.Base(p)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
		s.hashed[name] = "/static/" + hashed
		s.static[hashed] = asset{body: body, contentType: contentType(ext)}
		return nil
	})
}

func contentType(ext string) string {
	switch ext {
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	}
	return "application/octet-stream"
}

func (s *Server) loadTemplates() error {
	funcs := template.FuncMap{
		"sections": func() []news.Section { return news.Sections },
		"static": func(name string) (string, error) {
			if u, ok := s.hashed[name]; ok {
				return u, nil
			}
			return "", fmt.Errorf("no static file %q", name)
		},
		"host": func(raw string) string {
			if u, err := url.Parse(raw); err == nil && u.Host != "" {
				return strings.TrimPrefix(u.Hostname(), "www.")
			}
			return raw
		},
	}
	s.pages = map[string]*template.Template{}
	for _, page := range []string{"home", "section", "story", "flagged", "error"} {
		t, err := template.New(page).Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/cards.html", "templates/"+page+".html")
		if err != nil {
			return fmt.Errorf("template %s: %w", page, err)
		}
		s.pages[page] = t
	}
	return nil
}

// render executes a page into a buffer first, so a failing template gives a
// clean error page instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.logger.Error("rendering page", "page", page, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail shows an error page whose status and message follow the error's
// kind, logging only the unexpected ones.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := api.Status(err)
	if status >= 500 {
		s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	title := http.StatusText(status)
	if status == http.StatusNotFound {
		title = "Page not found"
	}
	s.render(w, r, status, "error", struct{ Title, Message string }{title, errorMessage(status, err)})
}

func errorMessage(status int, err error) string {
	if status == http.StatusNotFound {
		return "There is no page at this address. The story may have been removed, or the link is mistyped."
	}
	return api.Message(err)
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	a, ok := s.static[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(a.body)
}
