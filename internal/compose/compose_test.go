package compose

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"tidings/internal/news"
	"tidings/internal/write"
)

func TestCompose(t *testing.T) {
	c, err := New(Options{})
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
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []Input{{}, {Articles: []news.Article{{ID: 1, Title: "Only a title"}}}} {
		if _, err := c.Compose(context.Background(), in); !errors.Is(err, ErrNoText) {
			t.Errorf("Compose(%+v) = %v, want ErrNoText", in, err)
		}
	}
}

func TestGate(t *testing.T) {
	sources := []news.Article{{ID: 1, Title: "Council approves tram line",
		Text: "The council approved a tram line on Monday.\n\nThe line will cost 40 million euros, officials said."}}
	tests := []struct {
		name     string
		draft    write.Draft
		wantBody int
		held     bool
	}{
		{"faithful", write.Draft{Headline: "Council approves tram line", Summary: "The council approved a tram line on Monday.",
			Body: []string{"The council approved a tram line on Monday.", "The line will cost 40 million euros, officials said."}}, 2, false},
		{"a paragraph with an invented number is dropped", write.Draft{Headline: "Council approves tram line",
			Summary: "The council approved a tram line on Monday.",
			Body:    []string{"The council approved a tram line on Monday.", "The line will cost 90 million euros, officials said."}}, 1, false},
		{"an invented summary holds the story", write.Draft{Headline: "Council approves tram line",
			Summary: "Mayor Jonathan Pemberton resigned after the vote.",
			Body:    []string{"The council approved a tram line on Monday."}}, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := gate(tt.draft, sources)
			if held := errors.Is(err, ErrUnsupported); held != tt.held {
				t.Errorf("held = %v (%v), want %v", held, err, tt.held)
			}
			if len(d.Body) != tt.wantBody {
				t.Errorf("%d paragraphs kept, want %d", len(d.Body), tt.wantBody)
			}
		})
	}
}

func TestGateAnswers(t *testing.T) {
	sources := []news.Article{{ID: 1, Text: "The council approved a tram line on Monday.\n\nIt will cost 40 million euros."}}
	qs := gateAnswers([]news.Question{
		{Question: "What did the council approve?", Answer: "The council approved a tram line on Monday.",
			Citations: []news.Citation{{ArticleID: 1, Quote: "The council approved a tram line on Monday."}}},
		{Question: "How much will it cost?", Answer: "It will cost 90 million euros.",
			Citations: []news.Citation{{ArticleID: 1, Quote: "It will cost 90 million euros."}}},
	}, sources)
	if qs[0].Answer == "" {
		t.Errorf("a supported answer was withdrawn")
	}
	if qs[1].Answer != "" || qs[1].Citations != nil {
		t.Errorf("an unsupported answer was kept: %+v", qs[1])
	}
}

// TestComposeHomeCountry checks that the newsroom's home country reaches
// the section: a senate vote in Washington is POLITICS for an American
// newsroom and WORLD for an Indian one, and an unknown country fails New.
func TestComposeHomeCountry(t *testing.T) {
	a := news.Article{ID: 1, URL: "https://a.example/2025/05/13/vote", Title: "Senate passes budget bill after all-night session",
		Text: "WASHINGTON (Wire) — The Senate passed the budget bill on Tuesday by 51 votes to 49 after an all-night " +
			"session, sending it to the House of Representatives.\n\nSenators from both parties said the vote was " +
			"the closest of the year, and the majority leader said the House would take it up next week."}
	tests := []struct {
		home string
		want news.Section
	}{
		{"", news.Politics},
		{"United States", news.Politics},
		{"usa", news.Politics},
		{"India", news.World},
	}
	for _, tt := range tests {
		t.Run(tt.home, func(t *testing.T) {
			c, err := New(Options{Home: tt.home})
			if err != nil {
				t.Fatal(err)
			}
			st, err := c.Compose(context.Background(), Input{Articles: []news.Article{a}})
			if err != nil {
				t.Fatal(err)
			}
			if st.Section != tt.want {
				t.Errorf("home %q: section %s, want %s (dateline %q)", tt.home, st.Section, tt.want, st.Dateline.Text)
			}
		})
	}
	if _, err := New(Options{Home: "Atlantis"}); err == nil || !strings.Contains(err.Error(), "Atlantis") {
		t.Errorf("New with home Atlantis = %v, want an error naming it", err)
	}
}
