package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"tidings/internal/api"
)

// readerCookie keeps a random id in the reader's browser so readers behind
// one address are told apart. It is no secret and no login: it only keys
// the salted reader hash, with the address.
const readerCookie = "tidings_reader"

// reader returns the salted hash of the reader's address and cookie,
// giving the browser a cookie first if it has none.
func (s *Server) reader(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(readerCookie)
	id := ""
	if err == nil && len(c.Value) >= 16 && len(c.Value) <= 64 {
		id = c.Value
	} else {
		b := make([]byte, 16)
		rand.Read(b)
		id = base64.RawURLEncoding.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: readerCookie, Value: id, Path: "/", MaxAge: 365 * 24 * 3600,
			HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.TLS})
	}
	return s.mod.Reader(api.ClientAddr(r), id)
}
