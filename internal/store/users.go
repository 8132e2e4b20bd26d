package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tidings/internal/news"
)

const userColumns = `u.id, u.name, u.role, u.password, u.created`

// AddUser creates a user. Returns ErrDuplicate if the name is taken.
func (s *Store) AddUser(ctx context.Context, u news.User) (news.User, error) {
	u.Created = s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO users (name, role, password, created) VALUES ($1, $2, $3, $4)
			RETURNING id`, u.Name, string(u.Role), u.Password, u.Created).Scan(&u.ID)
	})
	if s.dialect.isUnique(err) {
		return u, fmt.Errorf("user %q: %w", u.Name, ErrDuplicate)
	}
	return u, err
}

// UserByName returns the user with that name, or ErrNotFound.
func (s *Store) UserByName(ctx context.Context, name string) (news.User, error) {
	return s.user(ctx, `SELECT `+userColumns+` FROM users u WHERE u.name = $1`, name)
}

func (s *Store) user(ctx context.Context, query string, arg any) (news.User, error) {
	var u news.User
	var role string
	err := s.db.QueryRowContext(ctx, query, arg).Scan(&u.ID, &u.Name, &role, &u.Password, &u.Created)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("user %v: %w", arg, ErrNotFound)
	}
	u.Role, u.Created = news.Role(role), u.Created.UTC()
	return u, err
}

// SetPassword replaces a user's password hash and ends all of the user's
// sessions. Returns ErrNotFound if there is no such user.
func (s *Store) SetPassword(ctx context.Context, userID int64, hash string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET password = $1 WHERE id = $2`, hash, userID)
		if err := expectRow(res, err, fmt.Sprintf("user %d", userID)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1`, userID)
		return err
	})
}

// CreateSession stores a session by the hash of its token.
func (s *Store) CreateSession(ctx context.Context, tokenHash string, userID int64, expires time.Time) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created, expires) VALUES ($1, $2, $3, $4)`,
			tokenHash, userID, s.now(), expires.UTC())
		return err
	})
}

// SessionUser returns the user of a live session, or ErrNotFound if the
// session does not exist or has expired.
func (s *Store) SessionUser(ctx context.Context, tokenHash string) (news.User, error) {
	var u news.User
	var role string
	err := s.db.QueryRowContext(ctx, `SELECT `+userColumns+` FROM sessions se JOIN users u ON u.id = se.user_id
		WHERE se.token_hash = $1 AND se.expires > $2`, tokenHash, s.now()).Scan(&u.ID, &u.Name, &role, &u.Password, &u.Created)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("session: %w", ErrNotFound)
	}
	u.Role, u.Created = news.Role(role), u.Created.UTC()
	return u, err
}

// DeleteSession ends a session.
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1 OR expires <= $2`, tokenHash, s.now())
		return err
	})
}

// AddLoginFailure records a failed login under key (an account or an
// address), and forgets failures older than a day.
func (s *Store) AddLoginFailure(ctx context.Context, key string) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM login_failures WHERE created < $1`, now.Add(-24*time.Hour)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO login_failures (key, created) VALUES ($1, $2)`, key, now)
		return err
	})
}

// LoginFailures counts the failed logins under key since the given time.
func (s *Store) LoginFailures(ctx context.Context, key string, since time.Time) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM login_failures WHERE key = $1 AND created > $2`,
		key, since.UTC()).Scan(&n)
	return n, err
}

// Secret returns the named random secret of this database, creating it on
// first use. Secrets salt reader hashes and sign cookies.
func (s *Store) Secret(ctx context.Context, name string) ([]byte, error) {
	key := "secret:" + name
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = $1`, key).Scan(&v)
	if err == nil {
		return []byte(v), nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING`, key, newRef()+newRef())
		return err
	})
	if err != nil {
		return nil, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = $1`, key).Scan(&v)
	return []byte(v), err
}
