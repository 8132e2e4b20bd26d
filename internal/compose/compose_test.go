package compose

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"tidings/internal/news"
)

func TestCompose(t *testing.T) {
	c, err := New(3, nil)
	if err != nil {
		t.Fatal(err)
	}
	early := time.Date(2025, 5, 13, 8, 0, 0, 0, time.UTC)
	articles := []news.Article{
		{ID: 11, URL: "https://a.example/world/talks", Title: "Zelensky ready for direct talks with Putin in Istanbul",
			Published: early.Add(2 * time.Hour),
			Text: "ISTANBUL (Wire) — Ukrainian President Volodymyr Zelensky said on Tuesday he was ready to meet Russian " +
				"President Vladimir Putin in Istanbul.\n\nThe Kremlin said preparations for the negotiations were under way " +
				"but would not confirm whether Putin would attend.\n\n\"I will be waiting for Putin in Turkey,\" Zelensky said."},
		{ID: 12, URL: "https://b.example/news/istanbul", Title: "Kremlin cautious on Putin attending Istanbul talks",
			Published: early,
			Text: "The Kremlin declined on Tuesday to say whether Vladimir Putin would travel to Istanbul for talks with " +
				"Ukraine.\n\nUS President Donald Trump said he might attend if progress could be made, officials said."},
	}
	st, err := c.Compose(context.Background(), Input{Articles: articles, Section: news.Politics})
	if err != nil {
		t.Fatal(err)
	}
	if st.Section != news.Politics {
		t.Errorf("section %s: the configured section must win", st.Section)
	}
	if st.Dateline.Text != "Istanbul, Turkey" {
		t.Errorf("dateline %q", st.Dateline.Text)
	}
	if !st.Date.Equal(early) {
		t.Errorf("date %s, want the earliest article's %s", st.Date, early)
	}
	if st.Headline == "" || st.Summary == "" || len(st.Body) == 0 || len(st.BodyCitations) != len(st.Body) {
		t.Fatalf("story incomplete: %+v", st)
	}
	if strings.Contains(strings.Join(st.Body, " "), "(Wire)") {
		t.Errorf("the wire dateline was not stripped from the body: %q", st.Body)
	}
	ids := map[int64]bool{}
	for _, cites := range st.BodyCitations {
		for _, c := range cites {
			ids[c.ArticleID] = true
		}
	}
	if !ids[11] || !ids[12] {
		t.Errorf("the body does not draw on both sources: cited %v", ids)
	}
	if len(st.Questions) != 3 {
		t.Errorf("%d questions, want 3", len(st.Questions))
	}
	if st.Engine != "offline" {
		t.Errorf("engine %q, want offline", st.Engine)
	}
	if len(st.Articles) != 2 {
		t.Errorf("articles not kept: %d", len(st.Articles))
	}
}

func TestComposeWithoutText(t *testing.T) {
	c, err := New(3, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []Input{{}, {Articles: []news.Article{{ID: 1, Title: "Only a title"}}}} {
		if _, err := c.Compose(context.Background(), in); !errors.Is(err, ErrNoText) {
			t.Errorf("Compose(%+v) = %v, want ErrNoText", in, err)
		}
	}
}
