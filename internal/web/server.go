package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"tidings/internal/api"
	"tidings/internal/metrics"
	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
)

//go:embed templates static
var files embed.FS

// Options are what the site is built from.
type Options struct {
	Store      *store.Store
	Moderation *moderate.Service
	Logger     *slog.Logger
	// Rewrite writes a story anew from its sources (the moderators'
	// "rewrite from sources"); nil hides that action.
	Rewrite func(ctx context.Context, storyID int64) (news.Story, error)
	// TLS says the site is served over HTTPS (directly or behind a proxy),
	// which turns on HSTS.
	TLS bool
	// CacheTTL, if positive, keeps rendered public pages (home, sections,
	// stories, feeds) this long, shared between readers.
	CacheTTL time.Duration
	// Metrics, if not nil, counts flags and serves /metrics.
	Metrics *metrics.Metrics
	// BaseURL is the site's public address, for feeds, sitemaps and
	// OpenGraph tags: "https://news.example.org". Empty: taken from each
	// request's Host.
	BaseURL string
	// Location is the time zone pages show dates in; nil is UTC.
	Location *time.Location
}

// Server serves the site. It is safe for concurrent use.
type Server struct {
	Options
	store  *store.Store
	mod    *moderate.Service
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

// New builds the site's server. It fails if a template does not parse.
func New(o Options) (*Server, error) {
	s := &Server{Options: o, store: o.Store, mod: o.Moderation, logger: o.Logger,
		api: &api.Handlers{Store: o.Store, Moderation: o.Moderation, Logger: o.Logger, Metrics: o.Metrics}}
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
		"local":    s.local,
		"day": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return s.local(t).Format("Mon Jan 02 2006")
		},
		"static": func(name string) (string, error) {
			if u, ok := s.hashed[name]; ok {
				return u, nil
			}
			return "", fmt.Errorf("no static file %q", name)
		},
		"questionData": func(p storyPage, q questionView) questionBlock { return questionBlock{Page: p, Q: q} },
		"flagData":     storyFlagForm,
		"questionFlagData": func(st news.Story, n int) flagForm {
			return newFlagForm(st.ID, "q"+strconv.Itoa(n), []flagOption{
				{string(news.QuestionItem(n)), "the question"}, {string(news.AnswerItem(n)), "the answer"}})
		},
		"askedFlagData": func(st news.Story, id int64) flagForm {
			return newFlagForm(st.ID, "asked", []flagOption{{string(news.AskedItem(id)), "the question and its answer"}})
		},
		"itemLabel": itemLabel,
		"engineLabel": func(e string) string {
			if m, ok := strings.CutPrefix(e, "llm:"); ok {
				return "the language model " + m + ", checked against them"
			}
			return "the offline engine"
		},
		"snippet": snippetHTML,
		"inc":     func(i int) int { return i + 1 },
		"host": func(raw string) string {
			if u, err := url.Parse(raw); err == nil && u.Host != "" {
				return strings.TrimPrefix(u.Hostname(), "www.")
			}
			return raw
		},
	}
	s.pages = map[string]*template.Template{}
	for _, page := range pageNames {
		t, err := template.New(page).Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/cards.html", "templates/"+page+".html")
		if err != nil {
			return fmt.Errorf("template %s: %w", page, err)
		}
		s.pages[page] = t
	}
	return nil
}

var pageNames = []string{"home", "section", "story", "flagged", "error", "report", "question", "corrections",
	"admin_login", "admin_queue", "admin_item", "admin_edit", "admin_sources", "admin_audit", "admin_password", "asked", "search"}

// local returns t in the site's time zone.
func (s *Server) local(t time.Time) time.Time {
	if s.Location == nil {
		return t.UTC()
	}
	return t.In(s.Location)
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
	var moved *store.MovedError
	if errors.As(err, &moved) && r.Method == http.MethodGet {
		http.Redirect(w, r, api.StoryPath(moved.To), http.StatusMovedPermanently)
		return
	}
	status := api.Status(err)
	if status >= 500 {
		s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	title := http.StatusText(status)
	switch status {
	case http.StatusNotFound:
		title = "Page not found"
	case http.StatusBadRequest:
		title = "Please check what you sent"
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

// questionBlock is what the "question" template draws: one question of a
// story page.
type questionBlock struct {
	Page storyPage
	Q    questionView
	Open bool
}

type flagOption struct{ Value, Label string }

// flagForm is what the "flagform" template draws.
type flagForm struct {
	StoryID int64
	Key     string // makes the form's element ids unique on its page
	Items   []flagOption
	Reasons []news.FlagReason
}

func newFlagForm(storyID int64, key string, items []flagOption) flagForm {
	return flagForm{StoryID: storyID, Key: key, Items: items, Reasons: news.FlagReasons}
}

// storyFlagForm offers the story and each of its visible questions and
// answers.
func storyFlagForm(st news.Story, key string, qs []questionView, asked []news.ReaderQuestion) flagForm {
	items := []flagOption{{string(news.StoryItem), "the story"}}
	for _, q := range qs {
		if !q.QuestionHidden {
			items = append(items, flagOption{string(news.QuestionItem(q.N)), "question " + strconv.Itoa(q.N)})
		}
		if !q.AnswerHidden && !q.QuestionHidden {
			items = append(items, flagOption{string(news.AnswerItem(q.N)), "the answer to question " + strconv.Itoa(q.N)})
		}
	}
	for _, q := range asked {
		items = append(items, flagOption{string(news.AskedItem(q.ID)), "a reader's question: " + q.Question})
	}
	return newFlagForm(st.ID, key, items)
}

// itemLabel names an item for people: "question 2".
func itemLabel(item news.Item) string {
	if item == news.StoryItem {
		return "the story"
	}
	if _, ok := item.AskedID(); ok {
		return "a reader's question"
	}
	return strings.Replace(string(item), "/", " ", 1)
}

// storyOf loads the story named by the request's {id}; on failure it has
// answered the request (an error page, or a redirect for a merged story)
// and returns false.
func (s *Server) storyOf(w http.ResponseWriter, r *http.Request) (news.Story, bool) {
	id, err := api.StoryID(r)
	if err != nil {
		s.fail(w, r, err)
		return news.Story{}, false
	}
	st, err := s.store.Story(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return news.Story{}, false
	}
	return st, true
}
