package moderate

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"

	"tidings/internal/news"
	"tidings/internal/store"
)

// ErrLogin is the one answer to a failed login, whatever failed: an unknown
// name, a wrong password or too many attempts.
var ErrLogin = errors.New("wrong name or password, or too many attempts: wait and try again")

// Argon2id parameters: OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
)

// Login limits: failed attempts in the last hour.
const (
	AccountLimit = 100 // per account, from browsers not known to it
	AddressLimit = 300 // per address
	DeviceLimit  = 10  // per known browser (device cookie)
)

// SessionLife is how long a session lasts.
const SessionLife = 12 * time.Hour

// HashPassword hashes a password with argon2id, as a PHC string. At most two
// hashes run at once, so a flood of logins can't exhaust memory.
func (s *Service) HashPassword(ctx context.Context, password string) (string, error) {
	if err := s.acquire(ctx); err != nil {
		return "", err
	}
	defer func() { <-s.hashing }()
	salt := make([]byte, 16)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

func (s *Service) acquire(ctx context.Context) error {
	select {
	case s.hashing <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// checkPassword reports whether password matches a PHC argon2id hash.
func (s *Service) checkPassword(ctx context.Context, hash, password string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errors.New("not an argon2id hash")
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return false, err
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err := errors.Join(err1, err2); err != nil {
		return false, err
	}
	if err := s.acquire(ctx); err != nil {
		return false, err
	}
	defer func() { <-s.hashing }()
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// Attempt is one login attempt.
type Attempt struct {
	Name, Password string
	Addr           string // the client's address, for the per-address limit
	Device         string // the device cookie the browser sent, if any
}

// Session is a signed-in user's session: the token goes in a cookie, only
// its hash is stored.
type Session struct {
	Token   string
	User    news.User
	Device  string // a device cookie for this browser and user
	Expires time.Time
}

// Login checks an attempt against the limits and the password, and starts
// a session. Every failure returns ErrLogin, after the same password work
// for known and unknown names. A browser that signed in to the account
// before (it presents that account's device cookie) is not held back by the
// per-account limit, so an attack on the account does not lock out its
// owner; it has a small limit of its own.
func (s *Service) Login(ctx context.Context, a Attempt) (Session, error) {
	keys, blocked, err := s.throttled(ctx, a)
	if err != nil {
		return Session{}, err
	}
	u, err := s.store.UserByName(ctx, a.Name)
	unknown, hash := err != nil, u.Password
	if unknown {
		if hash, err = s.dummy(); err != nil {
			return Session{}, err
		}
	}
	ok, herr := s.checkPassword(ctx, hash, a.Password)
	if unknown || herr != nil || !ok || blocked {
		for _, k := range keys {
			if ferr := s.store.AddLoginFailure(ctx, k); ferr != nil {
				return Session{}, ferr
			}
		}
		return Session{}, ErrLogin
	}
	return s.startSession(ctx, u)
}

// throttled returns the keys a failure of this attempt counts under, and
// whether one of them is over its limit.
func (s *Service) throttled(ctx context.Context, a Attempt) ([]string, bool, error) {
	since := time.Now().Add(-time.Hour)
	limits := map[string]int{"addr:" + a.Addr: AddressLimit}
	if s.knownDevice(a.Device, a.Name) {
		limits["device:"+a.Device] = DeviceLimit
	} else {
		limits["account:"+strings.ToLower(a.Name)] = AccountLimit
	}
	var keys []string
	blocked := false
	for k, limit := range limits {
		n, err := s.store.LoginFailures(ctx, k, since)
		if err != nil {
			return nil, false, err
		}
		keys = append(keys, k)
		blocked = blocked || n >= limit
	}
	return keys, blocked, nil
}

func (s *Service) startSession(ctx context.Context, u news.User) (Session, error) {
	token := make([]byte, 32) // 256 bits
	rand.Read(token)
	sess := Session{Token: base64.RawURLEncoding.EncodeToString(token), User: u, Expires: time.Now().Add(SessionLife)}
	sess.Device = s.deviceCookie(u.Name)
	return sess, s.store.CreateSession(ctx, hashToken(sess.Token), u.ID, sess.Expires)
}

// User returns the user of a live session token, or store.ErrNotFound.
func (s *Service) User(ctx context.Context, token string) (news.User, error) {
	if token == "" {
		return news.User{}, store.ErrNotFound
	}
	return s.store.SessionUser(ctx, hashToken(token))
}

// Logout ends the session of token.
func (s *Service) Logout(ctx context.Context, token string) error {
	return s.store.DeleteSession(ctx, hashToken(token))
}

// ChangePassword sets a new password and ends every session of the user.
func (s *Service) ChangePassword(ctx context.Context, u news.User, password string) error {
	if err := CheckNewPassword(password); err != nil {
		return err
	}
	hash, err := s.HashPassword(ctx, password)
	if err != nil {
		return err
	}
	return s.store.SetPassword(ctx, u.ID, hash)
}

// CheckNewPassword says whether a password is acceptable: 12 to 256
// characters (length matters more than composition).
func CheckNewPassword(pw string) error {
	if n := len([]rune(pw)); n < 12 || n > 256 {
		return fmt.Errorf("%w: a password needs 12 to 256 characters", news.ErrInvalid)
	}
	return nil
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// deviceCookie is "name-hash.nonce.mac": proof that this browser signed in
// to the account before.
func (s *Service) deviceCookie(name string) string {
	nonce := make([]byte, 12)
	rand.Read(nonce)
	n := base64.RawURLEncoding.EncodeToString(nonce)
	return n + "." + s.deviceMAC(name, n)
}

func (s *Service) deviceMAC(name, nonce string) string {
	mac := hmac.New(sha256.New, s.salt)
	mac.Write([]byte("device\x00" + strings.ToLower(name) + "\x00" + nonce))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

func (s *Service) knownDevice(cookie, name string) bool {
	nonce, mac, ok := strings.Cut(cookie, ".")
	return ok && hmac.Equal([]byte(mac), []byte(s.deviceMAC(name, nonce)))
}

// AddUser creates a user with a hashed password. Errors: news.ErrInvalid
// for a bad name, role or password; store.ErrDuplicate for a taken name.
func (s *Service) AddUser(ctx context.Context, name string, role news.Role, password string) (news.User, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 64 || strings.ContainsAny(name, " \t\n/") {
		return news.User{}, fmt.Errorf("%w: a user name is 1 to 64 characters without spaces or slashes", news.ErrInvalid)
	}
	if _, ok := news.ParseRole(string(role)); !ok {
		return news.User{}, fmt.Errorf("%w: role must be moderator or admin", news.ErrInvalid)
	}
	if err := CheckNewPassword(password); err != nil {
		return news.User{}, err
	}
	hash, err := s.HashPassword(ctx, password)
	if err != nil {
		return news.User{}, err
	}
	return s.store.AddUser(ctx, news.User{Name: name, Role: role, Password: hash})
}
