package section_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"tidings/internal/news"
	"tidings/internal/section"
)

func newClassifier(t *testing.T) *section.Classifier {
	t.Helper()
	c, err := section.New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestClassifyHeadlines(t *testing.T) {
	c := newClassifier(t)
	tests := []struct {
		name  string
		title string
		want  news.Section
		also  news.Section // a second right answer, "" if none
	}{
		{"football", "Manchester United beat Chelsea 2-1 in Premier League thriller", news.Sports, ""},
		{"tennis", "Serena Williams wins Wimbledon final", news.Sports, ""},
		{"phone", "Apple unveils new iPhone with faster chip and better camera", news.Technology, ""},
		{"congress", "Senate passes budget bill after late-night vote", news.Politics, ""},
		// No country named: AG News and Giveme5W1H file such a story under
		// World, BBC and MasakhaNEWS under Politics.
		{"parliament", "Prime minister faces no-confidence vote in parliament", news.Politics, news.World},
		{"rates", "Stocks fall as Federal Reserve signals more interest rate hikes", news.Business, ""},
		{"oil", "Oil prices surge after OPEC cuts output", news.Business, ""},
		{"astronomy", "Astronomers discover Earth-sized planet orbiting nearby star", news.Science, ""},
		{"fossil", "Scientists sequence genome of ancient fossil species", news.Science, ""},
		{"sleep", "New study links poor sleep to higher risk of heart disease", news.Health, ""},
		{"flu", "Hospitals struggle with flu outbreak as vaccine shortage grows", news.Health, ""},
		{"pop", "Taylor Swift announces world tour dates", news.Entertainment, ""},
		{"drama", "Oscar-winning actor stars in new Netflix drama series", news.Entertainment, ""},
		{"war", "Ukraine and Russia exchange prisoners as UN calls for ceasefire", news.World, ""},
		{"quake", "Earthquake kills dozens in Indonesia", news.World, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(tt.title, "", section.Hints{}); got != tt.want && got != tt.also {
				t.Errorf("Classify(%q) = %s, want %s (scores %v)", tt.title, got, tt.want, c.Scores(tt.title, ""))
			}
		})
	}
}

const matchReport = `The striker scored twice in the second half as the club won the league
title. The manager praised the defence and the goalkeeper after the match, and fans
celebrated the championship.`

func TestClassifyHints(t *testing.T) {
	c := newClassifier(t)
	tests := []struct {
		name  string
		title string
		text  string
		hints section.Hints
		want  news.Section
	}{
		{"configured wins over everything", "Club wins league title", matchReport,
			section.Hints{Configured: news.Business, Categories: []string{"Sport"}, URL: "https://x.test/sport/1"}, news.Business},
		{"configured in any case", "Club wins league title", matchReport,
			section.Hints{Configured: "health"}, news.Health},
		{"invalid configured is ignored", "Club wins league title", matchReport,
			section.Hints{Configured: "weather"}, news.Sports},
		{"category wins over unsure text", "Ministers meet over stadium funding", "",
			section.Hints{Categories: []string{"Football"}}, news.Sports},
		{"URL segment wins over unsure text", "What the new rules mean for you", "",
			section.Hints{URL: "https://www.example.com/money/2024/05/rules"}, news.Business},
		{"BBC-style id segment", "What the new rules mean for you", "",
			section.Hints{URL: "https://www.bbc.com/news/health-61880859"}, news.Health},
		{"host label", "What the new rules mean for you", "",
			section.Hints{URL: "https://sports.example.com/story/123"}, news.Sports},
		{"near-certain text overrules a wrong category", "Club wins league title", matchReport,
			section.Hints{Categories: []string{"Business"}}, news.Sports},
		{"two hinted sections: text picks among them", "Astronomers discover Earth-sized planet orbiting nearby star", "",
			section.Hints{Categories: []string{"Sci/Tech"}}, news.Science},
		{"us-news says nothing", "Serena Williams wins Wimbledon final", "",
			section.Hints{Categories: []string{"U.S. News"}}, news.Sports},
		{"slug words are not evidence", "Serena Williams wins Wimbledon final", "",
			section.Hints{URL: "https://x.test/2024/07/politics-of-tennis"}, news.Sports},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(tt.title, tt.text, tt.hints); got != tt.want {
				t.Errorf("Classify(%q, %+v) = %s, want %s (scores %v)", tt.title, tt.hints, got, tt.want, c.Scores(tt.title, tt.text))
			}
		})
	}
}

func TestHintSections(t *testing.T) {
	tests := []struct {
		name  string
		hints section.Hints
		want  []news.Section
	}{
		{"none", section.Hints{}, nil},
		{"category", section.Hints{Categories: []string{" Politics "}}, []news.Section{news.Politics}},
		{"synonyms", section.Hints{Categories: []string{"Wellness", "markets"}}, []news.Section{news.Business, news.Health}},
		{"ampersand", section.Hints{Categories: []string{"Arts & Culture"}}, []news.Section{news.Entertainment}},
		{"breadcrumb", section.Hints{Categories: []string{"News > Sport"}}, []news.Section{news.Sports}},
		{"sci/tech", section.Hints{Categories: []string{"Sci/Tech"}}, []news.Section{news.Technology, news.Science}},
		{"us-news", section.Hints{Categories: []string{"U.S. News", "us-news"}}, nil},
		{"unknown", section.Hints{Categories: []string{"Opinion"}}, nil},
		{"url path", section.Hints{URL: "https://www.theguardian.com/world/2024/may/13/story"}, []news.Section{news.World}},
		{"url id", section.Hints{URL: "https://www.bbc.com/news/uk-politics-12345"}, []news.Section{news.Politics}},
		{"url host", section.Hints{URL: "https://money.example.com/a/b"}, []news.Section{news.Business}},
		{"url slug", section.Hints{URL: "https://x.test/sport-stars-in-politics"}, nil},
		{"bad url", section.Hints{URL: "://%%"}, nil},
		{"both", section.Hints{Categories: []string{"tech"}, URL: "https://x.test/science/"}, []news.Section{news.Technology, news.Science}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := section.HintSections(tt.hints); !slices.Equal(got, tt.want) {
				t.Errorf("HintSections(%+v) = %v, want %v", tt.hints, got, tt.want)
			}
		})
	}
}

func TestScoresSumToOne(t *testing.T) {
	c := newClassifier(t)
	for _, title := range []string{"", "Senate passes budget bill", "x"} {
		p := c.Scores(title, matchReport)
		var sum float64
		for _, s := range news.Sections {
			v, ok := p[s]
			if !ok || v < 0 || v > 1 {
				t.Fatalf("Scores(%q)[%s] = %v, %v", title, s, v, ok)
			}
			sum += v
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("Scores(%q) sum to %v", title, sum)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"lower and stopwords", "The Fed RAISES rates", []string{"fed", "raises", "rates"}},
		{"possessive", "Apple's iPhone’s chip", []string{"apple", "iphone", "chip"}},
		{"digits and short", "3 a I 2-1 win in 2024", []string{"win"}},
		{"punctuation", "U.K.-based, (AP) — firm", []string{"based", "ap", "firm"}},
		{"unicode", "Café Zürich", []string{"café", "zürich"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := section.Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestModelRoundTrip(t *testing.T) {
	exs := []section.Example{
		{Title: "Striker scores winning goal", Text: "The match ended with a late goal.", Section: news.Sports},
		{Title: "Shares slide on profit warning", Text: "The company's stock fell sharply.", Section: news.Business},
		{Title: "Vaccine trial shows promise", Text: "Patients in the clinical trial recovered.", Section: news.Health},
	}
	opts := section.DefaultOptions()
	opts.Bits = 12
	m := section.Train(exs, opts)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := section.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range exs {
		if p := got.Predict(ex.Title, ""); p != ex.Section {
			t.Errorf("round-tripped model: Predict(%q) = %s, want %s", ex.Title, p, ex.Section)
		}
		want, have := m.Posterior(ex.Title, ex.Text), got.Posterior(ex.Title, ex.Text)
		if math.Abs(want[ex.Section]-have[ex.Section]) > 0.05 {
			t.Errorf("Posterior(%q)[%s]: %v before, %v after quantizing", ex.Title, ex.Section, want[ex.Section], have[ex.Section])
		}
	}
	if p := got.Predict("goal match", "", news.Business, news.Health); p == news.Sports {
		t.Errorf("Predict with allowed sections returned %s", p)
	}
}

func TestLoadBadModel(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("not gzip"), gzipped(t, "TDSC\x09")} {
		if _, err := section.Load(data); !errors.Is(err, section.ErrBadModel) {
			t.Errorf("Load(%q) error = %v, want ErrBadModel", data, err)
		}
	}
}

func FuzzHintSections(f *testing.F) {
	f.Add("News > Sport", "https://www.bbc.com/news/business-61880859")
	f.Add("U.S. News", "://%%")
	f.Fuzz(func(t *testing.T, category, url string) {
		for _, s := range section.HintSections(section.Hints{Categories: []string{category}, URL: url}) {
			if _, ok := news.ParseSection(string(s)); !ok {
				t.Fatalf("HintSections returned %q", s)
			}
		}
	})
}

func FuzzTokens(f *testing.F) {
	f.Add("Apple's iPhone’s chip, 2-1 (AP)")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range section.Tokens(s) {
			if len(tok) < 2 {
				t.Fatalf("Tokens(%q) gave %q", s, tok)
			}
		}
	})
}

func TestClassifyOutOfDomain(t *testing.T) {
	c := newClassifier(t)
	german := `Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die
Förderung von Wärmepumpen neu regelt. Nach Angaben des Ministeriums sollen Haushalte mit
geringem Einkommen stärker unterstützt werden. Kritik kam von der Opposition, die das
Vorhaben für zu teuer hält und eine bessere Abstimmung mit den Ländern fordert.`
	tests := []struct {
		name  string
		title string
		text  string
		hints section.Hints
		want  news.Section
	}{
		{"german text goes to the general section", "Neues Gesetz beschlossen", german, section.Hints{}, news.World},
		{"german text follows the hint", "Neues Gesetz beschlossen", german, section.Hints{URL: "https://x.test/politik/wirtschaft/"}, news.World},
		{"german text with a section hint", "Neues Gesetz beschlossen", german, section.Hints{Categories: []string{"Business"}}, news.Business},
		{"no words", "", "", section.Hints{}, news.World},
		{"digits and punctuation only", "2024 - 3:1", "", section.Hints{}, news.World},
		{"english headline is judged", "Serena Williams wins Wimbledon final", "", section.Hints{}, news.Sports},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(tt.title, tt.text, tt.hints); got != tt.want {
				t.Errorf("Classify(%q) = %s, want %s", tt.title, got, tt.want)
			}
		})
	}
}
