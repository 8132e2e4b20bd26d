package write

import (
	"errors"
	"testing"

	"tidings/internal/news"
)

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		name, title, site, want string
	}{
		{"bbc suffix", "Rail strike talks fail - BBC News", "", "Rail strike talks fail"},
		{"reuters suffix", "Corvant raises outlook | Reuters", "Reuters", "Corvant raises outlook"},
		{"site prefix", "Reuters | Corvant raises outlook", "Reuters", "Corvant raises outlook"},
		{"lower tail kept", "Zelensky - Putin talks set for Istanbul", "", "Zelensky - Putin talks set for Istanbul"},
		{"live", "LIVE: Storm hits the east coast", "", "Storm hits the east coast"},
		{"watch", "WATCH: Okafor scores twice in final", "", "Okafor scores twice in final"},
		{"breaking and opinion", "BREAKING: Opinion: The deal is bad for workers", "", "The deal is bad for workers"},
		{"emoji", "Harbour City lift the cup 🏆🎉", "", "Harbour City lift the cup"},
		{"clickbait", "You won't believe these results!!!", "", "You won't believe these results"},
		{"teaser", "CORVANT SMASHES EXPECTATIONS!!! Is Your Portfolio Ready?", "", "Corvant smashes expectations"},
		{"acronym kept", "NATO leaders meet in Vilnius", "", "NATO leaders meet in Vilnius"},
		{"shouting", "NO DEAL IN RAIL TALKS", "", "No deal in rail talks"},
		{"ellipsis", "Talks end without deal...", "", "Talks end without deal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanTitle(tt.title, tt.site); got != tt.want {
				t.Errorf("CleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"fits", "Short title", 90, "Short title"},
		{"word boundary", "Talks between the government and the union end without agreement", 40, "Talks between the government"},
		{"not inside a name", "Union leaders meet Transport Secretary Helen Marsh", 45, "Union leaders meet"},
		{"no trailing comma", "Profit rises, shares jump, outlook raised", 28, "Profit rises, shares jump"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Shorten(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if len(got) > tt.max {
				t.Errorf("result %q longer than %d", got, tt.max)
			}
		})
	}
}

func TestWriteNoText(t *testing.T) {
	tests := []struct {
		name     string
		articles []news.Article
	}{
		{"none", nil},
		{"empty", []news.Article{{ID: 1, Title: "A title", Text: "  "}}},
		{"furniture only", []news.Article{{ID: 1, Text: "By Ann Lee\n\nAdvertisement\n\nSign up for our newsletter today please."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Write(tt.articles); !errors.Is(err, ErrNoText) {
				t.Errorf("err = %v, want ErrNoText", err)
			}
		})
	}
}

func TestLead3(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short", "One sentence only.", "One sentence only."},
		{"cut", "Mr. Smith came. He saw.\n\nHe won. Then he left.", "Mr. Smith came. He saw. He won."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lead3(tt.in); got != tt.want {
				t.Errorf("Lead3 = %q, want %q", got, tt.want)
			}
		})
	}
}
