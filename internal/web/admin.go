package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tidings/internal/api"
	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
)

// The admin's cookies. __Host- cookies are sent only over HTTPS (or to
// localhost) and only to this host, on every path.
const (
	sessionCookie = "__Host-tidings_session"
	deviceCookie  = "__Host-tidings_device"
)

// currentUser returns the signed-in user, or a zero user and an error.
func (s *Server) currentUser(r *http.Request) (news.User, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return news.User{}, err
	}
	return s.mod.User(r.Context(), c.Value)
}

// signedIn wraps an admin handler: without a session the browser is sent to
// the login page, and a moderator can't reach admin-only pages.
func (s *Server) signedIn(role news.Role, h func(http.ResponseWriter, *http.Request, news.User)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		u, err := s.currentUser(r)
		if err != nil {
			http.Redirect(w, r, "/admin/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		if role == news.Admin && u.Role != news.Admin {
			s.render(w, r, http.StatusForbidden, "error", struct{ Title, Message string }{
				"For admins only", "Your account is a moderator's; sources are managed by admins."})
			return
		}
		h(w, r, u)
	}
}

type loginPage struct {
	Next  string
	Error string
	Name  string
}

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, http.StatusOK, "admin_login", loginPage{Next: safeNext(r.URL.Query().Get("next"))})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	var device string
	if c, err := r.Cookie(deviceCookie); err == nil {
		device = c.Value
	}
	name := r.PostForm.Get("name")
	sess, err := s.mod.Login(r.Context(), moderate.Attempt{Name: name, Password: r.PostForm.Get("password"),
		Addr: api.ClientAddr(r), Device: device})
	next := safeNext(r.PostForm.Get("next"))
	if errors.Is(err, moderate.ErrLogin) {
		s.render(w, r, http.StatusUnauthorized, "admin_login", loginPage{Next: next, Error: err.Error(), Name: name})
		return
	} else if err != nil {
		s.fail(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sess.Token, Path: "/", Expires: sess.Expires,
		Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: deviceCookie, Value: sess.Device, Path: "/", MaxAge: 365 * 24 * 3600,
		Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext keeps a post-login redirect on this site's admin pages.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/admin") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/admin"
	}
	return next
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		if err := s.mod.Logout(r.Context(), c.Value); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, Secure: true, HttpOnly: true,
		SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
}

type adminPage struct {
	User news.User
	Data any
	Note string
}

func (s *Server) queue(w http.ResponseWriter, r *http.Request, u news.User) {
	q, err := s.store.Queue(r.Context(), 200)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "admin_queue", adminPage{User: u, Data: q, Note: r.URL.Query().Get("note")})
}

type itemView struct {
	Item   news.Item
	Label  string
	Text   string
	State  store.ItemState
	Flags  []news.Flag
	Hidden bool
}

// moderateStory shows a story's items with their flags and the actions.
func (s *Server) moderateStory(w http.ResponseWriter, r *http.Request, u news.User) {
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	id := st.ID
	states, err := s.store.ItemStates(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items := []itemView{{Item: news.StoryItem, Label: "Story", Text: st.Headline}}
	for i, q := range st.Questions {
		items = append(items, itemView{Item: news.QuestionItem(i + 1), Label: "Question " + strconv.Itoa(i+1), Text: q.Question},
			itemView{Item: news.AnswerItem(i + 1), Label: "Answer " + strconv.Itoa(i+1), Text: orNone(q.Answer)})
	}
	for i := range items {
		items[i].State = states[items[i].Item]
		items[i].Hidden = st.Hidden[items[i].Item]
		if items[i].Flags, err = s.store.Flags(r.Context(), id, items[i].Item); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	audit, err := s.store.Audit(r.Context(), id, 50)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "admin_item", adminPage{User: u, Note: r.URL.Query().Get("note"), Data: struct {
		Story      news.Story
		Items      []itemView
		Audit      []store.AuditEntry
		CanRewrite bool
	}{st, items, audit, s.Rewrite != nil}})
}

func orNone(s string) string {
	if s == "" {
		return "(no answer: the sources don't say)"
	}
	return s
}

// decide applies a moderator's action on one item.
func (s *Server) decide(w http.ResponseWriter, r *http.Request, u news.User) {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, api.ErrBadRequest)
		return
	}
	st, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	id := st.ID
	item, ok := news.ParseItem(r.PostForm.Get("item"), len(st.Questions))
	action, ok2 := store.ParseAction(r.PostForm.Get("action"))
	reason := strings.TrimSpace(r.PostForm.Get("reason"))
	if !ok || !ok2 || reason == "" || len(reason) > 1000 {
		s.fail(w, r, badInput("choose an item and an action, and give a reason (up to 1,000 characters)"))
		return
	}
	if err := s.store.Decide(r.Context(), store.Decision{UserID: u.ID, StoryID: id, Item: item, Action: action, Reason: reason}); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, adminStoryPath(id)+"?note="+url.QueryEscape(string(action)+" done"), http.StatusSeeOther)
}

// badInput is an error telling the user what to fix.
func badInput(msg string) error { return fmt.Errorf("%w: %s", news.ErrInvalid, msg) }

func adminStoryPath(id int64) string { return "/admin/stories/" + strconv.FormatInt(id, 10) }
