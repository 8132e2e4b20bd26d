package section_test

import (
	"os"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/section"
)

func TestSettle(t *testing.T) {
	us, india := "United States", "India"
	both := []news.Section{news.World, news.Politics}
	tests := []struct {
		name    string
		s       news.Section
		allowed []news.Section
		h       section.Hints
		want    news.Section
	}{
		{"politics abroad is world", news.Politics, nil, section.Hints{Home: india, Country: us}, news.World},
		{"world at home is politics", news.World, nil, section.Hints{Home: us, Country: us}, news.Politics},
		{"politics at home stays", news.Politics, nil, section.Hints{Home: india, Country: india}, news.Politics},
		{"world abroad stays", news.World, nil, section.Hints{Home: india, Country: us}, news.World},
		{"other sections untouched at home", news.Sports, nil, section.Hints{Home: us, Country: us}, news.Sports},
		{"other sections untouched abroad", news.Business, nil, section.Hints{Home: us, Country: india}, news.Business},
		{"no home: as today", news.Politics, nil, section.Hints{Country: us}, news.Politics},
		{"no country: as today", news.World, nil, section.Hints{Home: us}, news.World},
		{"blank strings are empty", news.World, nil, section.Hints{Home: " ", Country: " "}, news.World},
		{"case and spaces ignored", news.World, nil, section.Hints{Home: "united states ", Country: us}, news.Politics},
		{"both allowed", news.Politics, both, section.Hints{Home: india, Country: us}, news.World},
		{"world not allowed", news.Politics, []news.Section{news.Politics, news.Business}, section.Hints{Home: india, Country: us}, news.Politics},
		{"politics not allowed", news.World, []news.Section{news.World}, section.Hints{Home: us, Country: us}, news.World},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := section.Settle(tt.s, tt.allowed, tt.h); got != tt.want {
				t.Errorf("Settle(%s, %v, %+v) = %s, want %s", tt.s, tt.allowed, tt.h, got, tt.want)
			}
		})
	}
}

// debate is a story body that the model files under POLITICS with a
// posterior above 0.5.
const debate = `Lawmakers voted along party lines after a long debate. The
opposition leader accused the government of breaking its election promises,
and the ruling party's senators said the vote showed the coalition was
united. The prime minister's spokesman said ministers would campaign for the
bill before the next election, and opposition parties vowed to vote against
it in parliament.`

// TestClassifyHome checks the home-country rule's place among the other
// evidence. Each headline's section without a home country is checked
// first, so that a change of model cannot make a case pass vacuously.
func TestClassifyHome(t *testing.T) {
	c := newClassifier(t)
	const (
		senate = "Senate passes budget bill after late-night vote"
		war    = "Ukraine and Russia exchange prisoners as UN calls for ceasefire"
		tennis = "Serena Williams wins Wimbledon final"
	)
	for title, want := range map[string]news.Section{senate: news.Politics, war: news.World, tennis: news.Sports} {
		if got := c.Classify(title, "", section.Hints{}); got != want {
			t.Fatalf("Classify(%q) without hints = %s, want %s (scores %v)", title, got, want, c.Scores(title, ""))
		}
	}
	us, india, ukraine := "United States", "India", "Ukraine"
	tests := []struct {
		name  string
		title string
		h     section.Hints
		want  news.Section
	}{
		{"politics abroad goes to world", senate, section.Hints{Home: india, Country: us}, news.World},
		{"politics at home stays", senate, section.Hints{Home: us, Country: us}, news.Politics},
		{"world news at home goes to politics", war, section.Hints{Home: ukraine, Country: ukraine}, news.Politics},
		{"world news abroad stays", war, section.Hints{Home: india, Country: ukraine}, news.World},
		{"no home country: as today", senate, section.Hints{Country: us}, news.Politics},
		{"no dateline: as today", war, section.Hints{Home: ukraine}, news.World},
		{"other sections are not moved", tennis, section.Hints{Home: us, Country: us}, news.Sports},
		{"configured section wins", senate, section.Hints{Configured: news.Politics, Home: india, Country: us}, news.Politics},
		{"a single hinted section wins", senate, section.Hints{URL: "https://x.test/politics/1", Home: india, Country: us}, news.Politics},
		{"a hinted world section wins", war, section.Hints{Categories: []string{"World"}, Home: ukraine, Country: ukraine}, news.World},
		{"hinted pair: the rule picks", war, section.Hints{Categories: []string{"World", "Politics"}, Home: ukraine, Country: ukraine}, news.Politics},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(tt.title, "", tt.h); got != tt.want {
				t.Errorf("Classify(%q, %+v) = %s, want %s (scores %v)", tt.title, tt.h, got, tt.want, c.Scores(tt.title, ""))
			}
		})
	}
}

// TestClassifyHomeOverrule checks that a text sure enough to overrule a
// hinted section is still settled by the home country. The override
// threshold is lowered to 0.5 so that a short text can reach it.
func TestClassifyHomeOverrule(t *testing.T) {
	data, err := os.ReadFile("model.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := section.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	c := section.NewWithModel(m, 0.5)
	const title = "Senate passes budget bill after late-night vote"
	if p := c.Scores(title, debate); p[news.Politics] < 0.5 || p[news.Sports] > 0.5 {
		t.Fatalf("Scores = %v, want POLITICS >= 0.5 and SPORTS < 0.5", p)
	}
	tests := []struct {
		name string
		h    section.Hints
		want news.Section
	}{
		{"overruled, at home", section.Hints{Categories: []string{"Football"}, Home: "India", Country: "India"}, news.Politics},
		{"overruled, abroad", section.Hints{Categories: []string{"Football"}, Home: "India", Country: "United States"}, news.World},
		{"overruled, no home", section.Hints{Categories: []string{"Football"}, Country: "United States"}, news.Politics},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(title, debate, tt.h); got != tt.want {
				t.Errorf("Classify(%+v) = %s, want %s", tt.h, got, tt.want)
			}
		})
	}
}

// FuzzSettle checks Settle's contract for any strings: only WORLD and
// POLITICS are ever moved, only between each other, and only when both
// countries are given.
func FuzzSettle(f *testing.F) {
	f.Add(uint8(0), "India", "United States")
	f.Add(uint8(1), "united states ", "United States")
	f.Add(uint8(6), "", "")
	f.Fuzz(func(t *testing.T, i uint8, home, country string) {
		s := news.Sections[int(i)%len(news.Sections)]
		got := section.Settle(s, nil, section.Hints{Home: home, Country: country})
		switch {
		case got == s:
		case s != news.World && s != news.Politics:
			t.Fatalf("Settle moved %s to %s", s, got)
		case got != news.World && got != news.Politics:
			t.Fatalf("Settle moved %s to %s", s, got)
		case strings.TrimSpace(home) == "" || strings.TrimSpace(country) == "":
			t.Fatalf("Settle moved %s to %s without both countries (%q, %q)", s, got, home, country)
		}
	})
}
