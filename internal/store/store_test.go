package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"tidings/internal/news"
	"tidings/internal/store"
)

func TestSources(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src, err := s.AddSource(ctx, news.Source{URL: "http://example.com/feed", Section: news.Sports})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddSource(ctx, news.Source{URL: "http://example.com/feed"}); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("second add: %v, want ErrDuplicate", err)
		}
		due, err := s.DueSources(ctx, time.Now(), false)
		if err != nil || len(due) != 1 {
			t.Fatalf("due = %v, %v", due, err)
		}
		src.ETag, src.Title, src.LastError, src.ErrorCount = `"v1"`, "Example", "boom", 2
		src.LastFetch, src.NextFetch = time.Now(), time.Now().Add(time.Hour)
		if err := s.SaveFetch(ctx, src); err != nil {
			t.Fatal(err)
		}
		due, _ = s.DueSources(ctx, time.Now(), false)
		if len(due) != 0 {
			t.Errorf("source due again before its next fetch")
		}
		got, err := s.Source(ctx, src.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.ETag != `"v1"` || got.Title != "Example" || got.LastError != "boom" || got.ErrorCount != 2 || got.Section != news.Sports {
			t.Errorf("source = %+v", got)
		}
		if _, err := s.Source(ctx, 999); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Source(999) = %v, want ErrNotFound", err)
		}
		src.ID = 999
		if err := s.SaveFetch(ctx, src); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("SaveFetch(999) = %v, want ErrNotFound", err)
		}
	})
}

func TestArticlesDedupe(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		a := news.Article{URL: "http://example.com/a", Title: "A", Text: "One two three.\n\nFour.", Categories: []string{"x"}}
		if _, err := s.AddArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name string
			art  news.Article
			want error
		}{
			{"same url", news.Article{URL: a.URL, Text: "other"}, store.ErrDuplicate},
			{"same text, other spacing and case", news.Article{URL: "http://example.com/b", Text: "one two   THREE.\nFour."}, store.ErrDuplicate},
			{"empty text twice is fine", news.Article{URL: "http://example.com/c"}, nil},
			{"empty text twice is fine, again", news.Article{URL: "http://example.com/d"}, nil},
			{"new text", news.Article{URL: "http://example.com/e", Text: "Something else."}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if _, err := s.AddArticle(ctx, tt.art); !errors.Is(err, tt.want) {
					t.Errorf("AddArticle = %v, want %v", err, tt.want)
				}
			})
		}
		unplaced, err := s.UnplacedArticles(ctx, 10)
		if err != nil || len(unplaced) != 4 {
			t.Fatalf("unplaced = %d, %v; want 4", len(unplaced), err)
		}
		if !reflect.DeepEqual(unplaced[0].Categories, []string{"x"}) {
			t.Errorf("categories = %v", unplaced[0].Categories)
		}
	})
}

func TestStoryRoundTrip(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		a1, _ := s.AddArticle(ctx, news.Article{URL: "http://example.com/1", Title: "One", Text: "Text one.",
			Published: time.Date(2025, 5, 13, 9, 0, 0, 0, time.UTC)})
		a2, _ := s.AddArticle(ctx, news.Article{URL: "http://example.com/2", Title: "Two", Text: "Text two.",
			Published: time.Date(2025, 5, 12, 9, 0, 0, 0, time.UTC)})
		st := news.Story{
			Section: news.Politics, Headline: "Talks in Istanbul", Summary: "S.",
			Body:          []string{"P1.", "P2."},
			BodyCitations: [][]news.Citation{{{ArticleID: a1.ID, Quote: "Text one."}}, nil},
			Dateline:      news.Dateline{Place: "Istanbul", Country: "Turkey", Text: "Istanbul, Turkey"},
			Date:          time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC),
			Questions:     []news.Question{{Question: "Who?", Answer: "Them.", Citations: []news.Citation{{ArticleID: a2.ID, Quote: "Text two."}}}},
			Articles:      []news.Article{a1},
		}
		saved, err := s.SaveStory(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		saved.Articles = []news.Article{a2}
		saved.Headline = "Talks in Istanbul, updated"
		if _, err := s.SaveStory(ctx, saved); err != nil {
			t.Fatal(err)
		}
		got, err := s.Story(ctx, saved.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Headline != "Talks in Istanbul, updated" || got.Dateline != st.Dateline || !reflect.DeepEqual(got.Body, st.Body) ||
			!reflect.DeepEqual(got.Questions, st.Questions) || !got.Date.Equal(st.Date) || got.BodyCitations[0][0] != st.BodyCitations[0][0] {
			t.Errorf("story = %+v", got)
		}
		if len(got.Articles) != 2 || got.Articles[0].ID != a2.ID {
			t.Errorf("articles not both there, oldest first: %+v", got.Articles)
		}
		if _, err := s.Story(ctx, 12345); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Story(12345) = %v, want ErrNotFound", err)
		}
		if unplaced, _ := s.UnplacedArticles(ctx, 10); len(unplaced) != 0 {
			t.Errorf("articles still unplaced: %d", len(unplaced))
		}
	})
}

func TestStoriesListing(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var ids []int64
		for i, sec := range []news.Section{news.Sports, news.World, news.Sports, news.Sports} {
			st, err := s.SaveStory(ctx, news.Story{Section: sec, Headline: "H", Date: time.Now().Add(time.Duration(i) * time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, st.ID)
		}
		tests := []struct {
			name string
			f    store.StoryFilter
			want []int64
		}{
			{"all newest first", store.StoryFilter{}, []int64{ids[3], ids[2], ids[1], ids[0]}},
			{"section", store.StoryFilter{Section: news.Sports}, []int64{ids[3], ids[2], ids[0]}},
			{"limit", store.StoryFilter{Limit: 2}, []int64{ids[3], ids[2]}},
			{"cursor", store.StoryFilter{Section: news.Sports, Before: ids[2]}, []int64{ids[0]}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Stories(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var gotIDs []int64
				for _, st := range got {
					gotIDs = append(gotIDs, st.ID)
				}
				if !reflect.DeepEqual(gotIDs, tt.want) {
					t.Errorf("ids = %v, want %v", gotIDs, tt.want)
				}
			})
		}
	})
}

// 10,000 concurrent flags on one story, from 9,900 distinct readers and
// 100 repeats of a reader's flag: exactly 9,900 are stored, and the
// repeats are refused as duplicates, not lost to a busy database.
func TestConcurrentFlagsAreAllCounted(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		st, err := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "H", Date: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		const readers, repeats = 9900, 100
		var wg sync.WaitGroup
		var mu sync.Mutex
		dups, other := 0, []error{}
		for i := 0; i < readers+repeats; i++ {
			reader := fmt.Sprintf("reader-%d", i%readers)
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := s.AddFlag(ctx, news.Flag{StoryID: st.ID, Reason: news.Inaccurate, Reader: reader}, store.FlagRules{DailyCap: 20})
				mu.Lock()
				defer mu.Unlock()
				switch {
				case errors.Is(err, store.ErrDuplicate):
					dups++
				case err != nil:
					other = append(other, err)
				}
			}()
		}
		wg.Wait()
		for _, err := range other[:min(len(other), 5)] {
			t.Errorf("flag lost: %v", err)
		}
		if got, err := s.FlagCount(ctx, st.ID); err != nil || got != readers {
			t.Errorf("FlagCount = %d, %v; want %d", got, err, readers)
		}
		if dups != repeats {
			t.Errorf("%d duplicates refused, want %d", dups, repeats)
		}
		if _, err := s.AddFlag(ctx, news.Flag{StoryID: 9999, Reason: news.Spam}, store.FlagRules{}); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("flag on missing story: %v, want ErrNotFound", err)
		}
	})
}

func TestSearch(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		tram, _ := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "Council approves tram line", Date: time.Now(),
			Summary: "Lyon's council voted for the tram.", Body: []string{"The new line links the airport with the centre."}})
		s.SaveStory(ctx, news.Story{Section: news.Sports, Headline: "Chebet wins marathon", Date: time.Now(),
			Body: []string{"She ran through the centre of Berlin."}})
		tests := []struct {
			name, q string
			want    []int64
		}{
			{"headline word", "tram", []int64{tram.ID}},
			{"stemmed body word", "linking airports", []int64{tram.ID}},
			{"all words required", "tram marathon", nil},
			{"FTS syntax is taken as words", `tram" OR "marathon`, nil},
			{"no words", "***", nil},
			{"diacritics folded", "Lyón", []int64{tram.ID}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				hits, err := s.Search(ctx, tt.q, 10)
				if err != nil {
					t.Fatal(err)
				}
				var ids []int64
				for _, h := range hits {
					ids = append(ids, h.Story.ID)
				}
				if !reflect.DeepEqual(ids, tt.want) {
					t.Errorf("Search(%q) = %v, want %v", tt.q, ids, tt.want)
				}
			})
		}
		hits, _ := s.Search(ctx, "airport", 10)
		if len(hits) != 1 || !strings.Contains(hits[0].Snippet, store.MarkStart+"airport"+store.MarkEnd) {
			t.Errorf("snippet = %+v", hits)
		}
		tram.Headline = "Council approves bus line"
		if err := s.EditStory(ctx, 0, tram, "bus, not tram"); err != nil {
			t.Fatal(err)
		}
		if hits, _ := s.Search(ctx, "bus", 10); len(hits) != 1 {
			t.Errorf("an edit is not in the index")
		}
	})
}

func TestMergeStories(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		a1, _ := s.AddArticle(ctx, news.Article{URL: "https://a.example/1", Text: "One."})
		a2, _ := s.AddArticle(ctx, news.Article{URL: "https://b.example/2", Text: "Two."})
		st1, _ := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "One", Date: time.Now(), Articles: []news.Article{a1}})
		st2, _ := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "Two", Date: time.Now(), Articles: []news.Article{a2}})
		s.AddFlag(ctx, news.Flag{StoryID: st1.ID, Reason: news.Spam}, store.FlagRules{})
		if err := s.MergeStories(ctx, st1.ID, st2.ID); err != nil {
			t.Fatal(err)
		}
		_, err := s.Story(ctx, st1.ID)
		var moved *store.MovedError
		if !errors.As(err, &moved) || moved.To != st2.ID {
			t.Fatalf("merged story: %v", err)
		}
		got, _ := s.Story(ctx, st2.ID)
		if len(got.Articles) != 2 {
			t.Errorf("merged story has %d articles, want 2", len(got.Articles))
		}
		if list, _ := s.Stories(ctx, store.StoryFilter{}); len(list) != 1 {
			t.Errorf("the merged story is still listed: %d stories", len(list))
		}
		if n, err := s.FlagCount(ctx, st1.ID); err != nil || n != 1 {
			t.Errorf("flags of the merged story: %d, %v (flags are never lost)", n, err)
		}
		if err := s.MergeStories(ctx, st1.ID, st2.ID); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("merging a merged story: %v", err)
		}
		if err := s.SetCopyOf(ctx, a2.ID, a1.ID); err != nil {
			t.Fatal(err)
		}
		placed, err := s.PlacedSince(ctx, time.Now().Add(-time.Hour))
		if err != nil || len(placed) != 2 || placed[1].CopyOf != a1.ID || placed[0].StoryID != st2.ID {
			t.Errorf("placed = %+v, %v", placed, err)
		}
	})
}

func TestHoldPutsTheStoryInTheQueueHidden(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		st, _ := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "H", Date: time.Now()})
		if err := s.Hold(ctx, st.ID, "summary: unsupported name"); err != nil {
			t.Fatal(err)
		}
		if err := s.Hold(ctx, st.ID, "again"); err != nil {
			t.Fatal(err)
		}
		q, err := s.Queue(ctx, 10)
		if err != nil || len(q) != 1 || !q[0].Hidden || q[0].Open != 1 {
			t.Fatalf("queue = %+v, %v", q, err)
		}
		if list, _ := s.Stories(ctx, store.StoryFilter{}); len(list) != 0 {
			t.Errorf("a held story is listed")
		}
	})
}

func TestBacklog(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.AddSource(ctx, news.Source{URL: "https://a.example/feed"})
		s.AddArticle(ctx, news.Article{URL: "https://a.example/1", Text: "One.", Fetched: time.Now().Add(-time.Hour)})
		due, waiting, oldest, err := s.Backlog(ctx)
		if err != nil || due != 1 || waiting != 1 || oldest < 59*time.Minute || oldest > 2*time.Hour {
			t.Errorf("Backlog = %d due, %d waiting, oldest %s, %v", due, waiting, oldest, err)
		}
	})
}

func TestQueueOldestFlagTime(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		st, _ := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "H", Date: time.Now()})
		before := time.Now().Add(-time.Second)
		s.AddFlag(ctx, news.Flag{StoryID: st.ID, Reason: news.Spam, Reader: "r"}, store.FlagRules{})
		q, err := s.Queue(ctx, 10)
		if err != nil || len(q) != 1 || q[0].Oldest.Before(before) || q[0].Oldest.After(time.Now()) {
			t.Errorf("queue = %+v, %v: the oldest flag's time is lost", q, err)
		}
	})
}

func TestReopenKeepsSchemaAndData(t *testing.T) {
	forEachDSN(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddSource(ctx, news.Source{URL: "http://example.com/feed"}); err != nil {
			t.Fatal(err)
		}
		s.Close()
		s = open(t, dsn)
		srcs, err := s.Sources(ctx)
		if err != nil || len(srcs) != 1 {
			t.Fatalf("sources after reopen = %v, %v", srcs, err)
		}
	})
}

// Several processes starting at once on a new database: each migration is
// applied once, and every start succeeds.
func TestConcurrentOpensMigrateOnce(t *testing.T) {
	forEachDSN(t, func(t *testing.T, dsn string) {
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Go(func() {
				s, err := store.Open(context.Background(), dsn)
				if err == nil {
					err = s.Close()
				}
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("open: %v", err)
			}
		}
		s := open(t, dsn)
		if _, err := s.AddSource(context.Background(), news.Source{URL: "http://example.com/feed"}); err != nil {
			t.Errorf("after concurrent opens: %v", err)
		}
	})
}

func TestOpenErrorHidesPassword(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := store.Open(ctx, "postgres://u:secret@127.0.0.1:1/db?connect_timeout=5")
	if err == nil {
		t.Fatal("want an error")
	}
	if got := err.Error(); strings.Contains(got, "secret") {
		t.Errorf("error leaks the password: %s", got)
	}
}

// Concurrent flags of one reader on many items: the daily cap holds
// exactly.
func TestDailyCapUnderConcurrency(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		st, err := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "H", Date: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		const cap, tries = 5, 40
		var wg sync.WaitGroup
		var mu sync.Mutex
		limited := 0
		for i := range tries {
			wg.Go(func() {
				_, err := s.AddFlag(ctx, news.Flag{StoryID: st.ID, Item: news.AskedItem(int64(i + 1)), Reason: news.Spam, Reader: "r"},
					store.FlagRules{DailyCap: cap})
				mu.Lock()
				defer mu.Unlock()
				if errors.Is(err, store.ErrLimit) {
					limited++
				} else if err != nil {
					t.Errorf("AddFlag: %v", err)
				}
			})
		}
		wg.Wait()
		if n, _ := s.FlagCount(ctx, st.ID); n != cap || limited != tries-cap {
			t.Errorf("%d flags stored, %d refused; want %d and %d", n, limited, cap, tries-cap)
		}
	})
}

// The rest of the store's tables, once around.
func TestModerationUsersQuestions(t *testing.T) {
	forEachDB(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		u, err := s.AddUser(ctx, news.User{Name: "mod", Role: news.Moderator, Password: "hash"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddUser(ctx, news.User{Name: "mod", Role: news.Admin}); !errors.Is(err, store.ErrDuplicate) {
			t.Errorf("second user: %v, want ErrDuplicate", err)
		}
		if err := s.CreateSession(ctx, "tok", u.ID, time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if got, err := s.SessionUser(ctx, "tok"); err != nil || got.Name != "mod" || got.Role != news.Moderator {
			t.Errorf("SessionUser = %+v, %v", got, err)
		}
		if err := s.SetPassword(ctx, u.ID, "new"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SessionUser(ctx, "tok"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("session after password change: %v", err)
		}
		if got, err := s.UserByName(ctx, "mod"); err != nil || got.Password != "new" {
			t.Errorf("UserByName = %+v, %v", got, err)
		}
		s.AddLoginFailure(ctx, "mod")
		if n, err := s.LoginFailures(ctx, "mod", time.Now().Add(-time.Minute)); err != nil || n != 1 {
			t.Errorf("LoginFailures = %d, %v", n, err)
		}

		src, _ := s.AddSource(ctx, news.Source{URL: "https://a.example/feed"})
		if err := s.SetPaused(ctx, u.ID, src.ID, true, "noisy"); err != nil {
			t.Fatal(err)
		}
		if due, err := s.DueSources(ctx, time.Now(), true); err != nil || len(due) != 0 {
			t.Errorf("a paused source is due: %v, %v", due, err)
		}
		if got, _ := s.Source(ctx, src.ID); !got.Paused {
			t.Errorf("source not paused")
		}

		st, _ := s.SaveStory(ctx, news.Story{Section: news.World, Headline: "H", Date: time.Now()})
		rules := store.FlagRules{Threshold: 2}
		for _, r := range []string{"a", "b"} {
			if _, err := s.AddFlag(ctx, news.Flag{StoryID: st.ID, Reason: news.Inaccurate, Reader: r}, rules); err != nil {
				t.Fatal(err)
			}
		}
		states, err := s.ItemStates(ctx, st.ID)
		if err != nil || !states[news.StoryItem].Hidden || states[news.StoryItem].Score != 2 {
			t.Errorf("item states = %+v, %v", states, err)
		}
		if err := s.Decide(ctx, store.Decision{UserID: u.ID, StoryID: st.ID, Item: news.StoryItem, Action: store.Restore, Reason: "fine"}); err != nil {
			t.Fatal(err)
		}
		if states, _ := s.ItemStates(ctx, st.ID); states[news.StoryItem].Hidden || states[news.StoryItem].Reviewed.IsZero() {
			t.Errorf("after restore: %+v", states)
		}
		if q, err := s.Queue(ctx, 10); err != nil || len(q) != 0 {
			t.Errorf("queue after a decision = %+v, %v", q, err)
		}
		st.Headline = "H, corrected"
		if err := s.EditStory(ctx, u.ID, st, "typo"); err != nil {
			t.Fatal(err)
		}
		if c, err := s.Corrections(ctx, st.ID, 10); err != nil || len(c) != 1 || c[0].Headline != "H, corrected" {
			t.Errorf("corrections = %+v, %v", c, err)
		}
		if a, err := s.Audit(ctx, 0, 10); err != nil || len(a) != 3 || a[0].Action != "edit" || a[0].User != "mod" {
			t.Errorf("audit = %+v, %v", a, err)
		}

		q, err := s.AddReaderQuestion(ctx, news.ReaderQuestion{StoryID: st.ID, Reader: "a", Question: "Why?", Public: true}, 1)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddReaderQuestion(ctx, news.ReaderQuestion{StoryID: st.ID, Reader: "a", Question: "How?"}, 1); !errors.Is(err, store.ErrLimit) {
			t.Errorf("second question: %v, want ErrLimit", err)
		}
		if got, err := s.PublicReaderQuestions(ctx, st.ID, 10); err != nil || len(got) != 1 || got[0].ID != q.ID {
			t.Errorf("public questions = %+v, %v", got, err)
		}
		if err := s.Decide(ctx, store.Decision{UserID: u.ID, StoryID: st.ID, Item: news.AskedItem(q.ID), Action: store.Hide}); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.PublicReaderQuestions(ctx, st.ID, 10); len(got) != 0 {
			t.Errorf("a hidden question is listed")
		}

		secret, err := s.Secret(ctx, "cookie")
		if again, _ := s.Secret(ctx, "cookie"); err != nil || len(secret) == 0 || string(again) != string(secret) {
			t.Errorf("Secret = %q then %q, %v", secret, again, err)
		}
		runs := 0
		for range 2 {
			if err := s.Once(ctx, "job", func() error { runs++; return nil }); err != nil {
				t.Fatal(err)
			}
		}
		if runs != 1 {
			t.Errorf("Once ran %d times", runs)
		}
	})
}

func TestClaimSourcesAndLeases(t *testing.T) {
	forEachDSN(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		a, b := open(t, dsn), open(t, dsn) // two processes
		for i := 0; i < 5; i++ {
			a.AddSource(ctx, news.Source{URL: fmt.Sprintf("https://s%d.example/feed", i)})
		}
		now := time.Now()
		var mu sync.Mutex
		claimed := map[int64]int{}
		var wg sync.WaitGroup
		for _, s := range []*store.Store{a, b, a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				srcs, err := s.ClaimSources(ctx, now, false, time.Hour)
				if err != nil {
					t.Error(err)
				}
				mu.Lock()
				for _, src := range srcs {
					claimed[src.ID]++
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		if len(claimed) != 5 {
			t.Errorf("%d sources claimed, want 5", len(claimed))
		}
		for id, n := range claimed {
			if n != 1 {
				t.Errorf("source %d claimed %d times", id, n)
			}
		}
		if srcs, _ := a.ClaimSources(ctx, now.Add(2*time.Hour), false, time.Hour); len(srcs) != 5 {
			t.Errorf("after the hold the sources are due again: %d", len(srcs))
		}

		held, fresh, err := a.TryLease(ctx, "desk", "a", time.Minute)
		if err != nil || !held || !fresh {
			t.Fatalf("first lease: %v %v %v", held, fresh, err)
		}
		if held, _, _ := b.TryLease(ctx, "desk", "b", time.Minute); held {
			t.Errorf("b took a live lease of a")
		}
		if held, fresh, _ := a.TryLease(ctx, "desk", "a", time.Minute); !held || fresh {
			t.Errorf("a renewing: held %v, fresh %v", held, fresh)
		}
		if err := a.ReleaseLease(ctx, "desk", "a"); err != nil {
			t.Fatal(err)
		}
		if held, fresh, _ := a.TryLease(ctx, "desk", "a", time.Minute); !held || fresh {
			t.Errorf("a again after releasing: held %v, fresh %v (want not fresh: nobody else held it)", held, fresh)
		}
		a.ReleaseLease(ctx, "desk", "a")
		if held, fresh, _ := b.TryLease(ctx, "desk", "b", time.Minute); !held || !fresh {
			t.Errorf("b after a released: held %v, fresh %v", held, fresh)
		}
	})
}
