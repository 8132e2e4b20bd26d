package moderate

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"unicode/utf8"

	"tidings/internal/news"
	"tidings/internal/store"
)

// Rules are the documented, configurable numbers of moderation.
type Rules struct {
	DailyCap        int     // flags one reader may raise in 24 hours
	Threshold       float64 // score at which an item is hidden pending review
	TrustedAfter    int     // upheld flags that make a reader trusted
	TrustedWeight   float64 // weight of a trusted reader's flag
	ModeratorWeight float64 // weight of a signed-in moderator's flag
}

// DefaultRules returns the rules Tidings starts with: five readers (or one
// moderator) hide an item until a moderator looks at it.
func DefaultRules() Rules {
	return Rules{DailyCap: 20, Threshold: 5, TrustedAfter: 3, TrustedWeight: 2, ModeratorWeight: 5}
}

// Service applies the rules. It is safe for concurrent use.
type Service struct {
	store   *store.Store
	rules   Rules
	salt    []byte
	hashing chan struct{}          // caps concurrent password hashing
	dummy   func() (string, error) // a hash to check unknown users against, for even timing; made at the first login
}

// New builds the service over st, reading (or creating) the database's salt.
func New(ctx context.Context, st *store.Store, rules Rules) (*Service, error) {
	salt, err := st.Secret(ctx, "reader-salt")
	if err != nil {
		return nil, fmt.Errorf("moderate: %w", err)
	}
	s := &Service{store: st, rules: rules, salt: salt, hashing: make(chan struct{}, 2)}
	s.dummy = sync.OnceValues(func() (string, error) {
		return s.HashPassword(context.Background(), "not a password of anyone")
	})
	return s, nil
}

// Rules returns the rules in force.
func (s *Service) Rules() Rules { return s.rules }

// Reader tells readers apart without storing who they are: an HMAC of their
// address and their cookie, under the database's secret salt.
func (s *Service) Reader(addr, cookie string) string {
	mac := hmac.New(sha256.New, s.salt)
	mac.Write([]byte(addr + "\x00" + cookie))
	return hex.EncodeToString(mac.Sum(nil)[:16])
}

// Report is a reader's flag as sent.
type Report struct {
	StoryID   int64
	Item      string // "story", "question/N" or "answer/N"; "" means the story
	Reason    string
	Note      string
	Links     []string
	Reader    string // from Reader
	Moderator bool   // sent by a signed-in moderator
}

// Flag checks a report against the story's items and the rules and stores
// it. Errors: news.ErrInvalid (wrapped, with what is wrong) for a bad reason,
// item, note or link; store.ErrNotFound for a missing story;
// store.ErrDuplicate when the reader flagged the item for that reason
// before; store.ErrLimit past the daily cap.
func (s *Service) Flag(ctx context.Context, r Report, questions int) (news.Flag, error) {
	f, err := s.check(r, questions)
	if err != nil {
		return f, err
	}
	if err := s.checkAsked(ctx, r.StoryID, f.Item); err != nil {
		return f, err
	}
	f.Weight = 1
	switch {
	case r.Moderator:
		f.Weight = s.rules.ModeratorWeight
	case r.Reader != "":
		if n, err := s.store.UpheldFlags(ctx, r.Reader); err == nil && s.rules.TrustedAfter > 0 && n >= s.rules.TrustedAfter {
			f.Weight = s.rules.TrustedWeight
		}
	}
	return s.store.AddFlag(ctx, f, store.FlagRules{DailyCap: s.rules.DailyCap, Threshold: s.rules.Threshold})
}

func (s *Service) check(r Report, questions int) (news.Flag, error) {
	f := news.Flag{StoryID: r.StoryID, Reader: r.Reader}
	reason, ok := news.ParseFlagReason(r.Reason)
	if !ok {
		return f, fmt.Errorf("%w: reason must be one of %s", news.ErrInvalid, reasonList())
	}
	item, ok := news.ParseItem(r.Item, questions)
	if !ok {
		return f, fmt.Errorf("%w: item must be story, question/N or answer/N for one of the story's %d questions", news.ErrInvalid, questions)
	}
	note := strings.TrimSpace(r.Note)
	if !utf8.ValidString(note) || utf8.RuneCountInString(note) > news.MaxFlagNote {
		return f, fmt.Errorf("%w: the note must be text of at most %d characters", news.ErrInvalid, news.MaxFlagNote)
	}
	links, err := checkLinks(r.Links)
	if err != nil {
		return f, err
	}
	f.Reason, f.Item, f.Note, f.Links = reason, item, note, links
	return f, nil
}

func checkLinks(raw []string) ([]string, error) {
	var out []string
	for _, l := range raw {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		u, err := url.Parse(l)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(l) > 2000 {
			return nil, fmt.Errorf("%w: %q is not a web link (http:// or https://)", news.ErrInvalid, l)
		}
		out = append(out, u.String())
	}
	if len(out) > news.MaxFlagLinks {
		return nil, fmt.Errorf("%w: at most %d links", news.ErrInvalid, news.MaxFlagLinks)
	}
	return out, nil
}

func reasonList() string {
	names := make([]string, len(news.FlagReasons))
	for i, r := range news.FlagReasons {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}
