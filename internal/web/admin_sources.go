package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tidings/internal/api"
	"tidings/internal/feed"
	"tidings/internal/fetch"
	"tidings/internal/news"
	"tidings/internal/section"
	"tidings/internal/store"
)

// sources lists the sources with their fetch health, for admins.
func (s *Server) sources(w http.ResponseWriter, r *http.Request, u news.User) {
	srcs, err := s.store.Sources(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "admin_sources", adminPage{User: u, Data: srcs, Note: r.URL.Query().Get("note")})
}

// addSource subscribes to a feed.
func (s *Server) addSource(w http.ResponseWriter, r *http.Request, u news.User) {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	raw := strings.TrimSpace(r.PostForm.Get("url"))
	if _, err := fetch.ValidateURL(raw); err != nil {
		s.fail(w, r, badInput("give the feed's http:// or https:// address"))
		return
	}
	var sec news.Section
	if name := r.PostForm.Get("section"); name != "" {
		var ok bool
		if sec, ok = news.ParseSection(name); !ok {
			s.fail(w, r, badInput("unknown section"))
			return
		}
	}
	note := "source added"
	if _, err := s.store.AddSource(r.Context(), news.Source{URL: raw, Section: sec}); errors.Is(err, store.ErrDuplicate) {
		note = "already subscribed"
	} else if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin/sources?note="+url.QueryEscape(note), http.StatusSeeOther)
}

// sourceAction pauses ("block"), resumes or removes a source.
func (s *Server) sourceAction(w http.ResponseWriter, r *http.Request, u news.User) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		s.fail(w, r, badInput("source id must be a positive integer"))
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	reason := strings.TrimSpace(r.PostForm.Get("reason"))
	switch r.PathValue("action") {
	case "pause":
		err = s.store.SetPaused(r.Context(), u.ID, id, true, reason)
	case "resume":
		err = s.store.SetPaused(r.Context(), u.ID, id, false, reason)
	case "remove":
		err = s.store.RemoveSource(r.Context(), u.ID, id, reason)
	default:
		err = badInput("the action is pause, resume or remove")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin/sources?note="+url.QueryEscape(r.PathValue("action")+" done"), http.StatusSeeOther)
}

// passwordForm and password let a user change their password, which ends
// all their sessions.
func (s *Server) passwordForm(w http.ResponseWriter, r *http.Request, u news.User) {
	s.render(w, r, http.StatusOK, "admin_password", adminPage{User: u})
}

func (s *Server) password(w http.ResponseWriter, r *http.Request, u news.User) {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	if err := s.mod.ChangePassword(r.Context(), u, r.PostForm.Get("password")); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
}

// exportSources downloads the sources as OPML.
func (s *Server) exportSources(w http.ResponseWriter, r *http.Request, u news.User) {
	srcs, err := s.store.Sources(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/x-opml; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="tidings-sources.opml"`)
	if err := feed.WriteOPML(w, "Tidings sources", srcs); err != nil {
		s.logger.Error("writing OPML", "err", err)
	}
}

// importSources subscribes to the feeds of an uploaded OPML file.
func (s *Server) importSources(w http.ResponseWriter, r *http.Request, u news.User) {
	r.Body = http.MaxBytesReader(w, r.Body, feed.MaxOPMLBytes+64<<10)
	file, _, err := r.FormFile("opml")
	if err != nil {
		s.fail(w, r, badInput("choose an OPML file to import"))
		return
	}
	defer file.Close()
	outlines, err := feed.ParseOPML(file)
	if err != nil {
		s.fail(w, r, badInput(err.Error()))
		return
	}
	added, known, skipped := 0, 0, 0
	for _, o := range outlines {
		if _, err := fetch.ValidateURL(o.XMLURL); err != nil {
			skipped++
			continue
		}
		sec, _ := news.ParseSection(o.Category)
		if secs := section.HintSections(section.Hints{Categories: []string{o.Category}}); sec == "" && len(secs) == 1 {
			sec = secs[0]
		}
		_, err := s.store.AddSource(r.Context(), news.Source{URL: o.XMLURL, Title: o.Title, SiteURL: o.HTMLURL, Section: sec})
		switch {
		case errors.Is(err, store.ErrDuplicate):
			known++
		case err != nil:
			s.fail(w, r, err)
			return
		default:
			added++
		}
	}
	note := fmt.Sprintf("imported %d sources (%d already subscribed, %d without a usable feed address)", added, known, skipped)
	http.Redirect(w, r, "/admin/sources?note="+url.QueryEscape(note), http.StatusSeeOther)
}
