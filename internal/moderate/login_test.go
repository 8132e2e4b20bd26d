package moderate

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"tidings/internal/store"
)

// The password that unknown names are checked against opens no account.
func TestUnknownNameWithTheDummyPassword(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := New(ctx, st, DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Login(ctx, Attempt{Name: "nobody", Password: "not a password of anyone", Addr: "127.0.0.1"}); !errors.Is(err, ErrLogin) {
		t.Errorf("Login = %v, want ErrLogin", err)
	}
}
