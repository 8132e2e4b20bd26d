package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tidings/internal/api"
	"tidings/internal/fetch"
	"tidings/internal/news"
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
