package text

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"basic", "Hello, World!", []string{"hello", "world"}},
		{"joiners", "Don't cut 12,000 jobs in the U.S. at 3.5%", []string{"don't", "cut", "12,000", "jobs", "in", "the", "u.s", "at", "3.5"}},
		{"hyphen", "face-to-face, 30-day", []string{"face", "to", "face", "30", "day"}},
		{"trailing comma", "one, two", []string{"one", "two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStemMeetsInflections(t *testing.T) {
	tests := []struct {
		name  string
		words []string
	}{
		{"talk", []string{"talk", "talks", "talked", "talking"}},
		{"raise", []string{"raise", "raises", "raised", "raising"}},
		{"company", []string{"company", "companies"}},
		{"stop", []string{"stop", "stopped", "stopping", "stops"}},
		{"meet", []string{"meet", "meeting", "meetings"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := Stem(tt.words[0])
			for _, w := range tt.words[1:] {
				if got := Stem(w); got != want {
					t.Errorf("Stem(%q) = %q, Stem(%q) = %q", w, got, tt.words[0], want)
				}
			}
		})
	}
}

func TestTermsDropStopwordsAndPossessives(t *testing.T) {
	got := Terms("The Kremlin's talks with Ukraine")
	want := []string{"kremlin", "talk", "ukrain"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"names", "Ukrainian President Volodymyr Zelensky met Recep Tayyip Erdogan in Ankara.", []string{"Ukrainian President Volodymyr Zelensky", "Recep Tayyip Erdogan", "Ankara"}},
		{"joiner", "The Bank of England raised rates on Tuesday.", []string{"Bank of England"}},
		{"possessive", "Russia's Deputy Foreign Minister Sergei Ryabkov spoke.", []string{"Russia", "Deputy Foreign Minister Sergei Ryabkov"}},
		{"comma breaks", "Britain, France and Germany agreed.", []string{"Britain", "France", "Germany"}},
		{"quote", `"We are ready," said Jane Doe of Acme Corp.`, []string{"Jane Doe of Acme Corp"}},
		{"abbrev", "The U.S. Senate voted.", []string{"U.S. Senate"}},
		{"none", "it was quiet.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Entities(tt.in) {
				if tt.in[e.Start:e.End] != e.Text {
					t.Errorf("span %v does not slice %q", e.Span, e.Text)
				}
				got = append(got, e.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Entities(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIndexSearch(t *testing.T) {
	ix := NewIndex([]string{
		"The central bank raised interest rates by a quarter point.",
		"The football club won the cup final on Saturday.",
		"Rates were raised because inflation stayed high.",
	})
	hits := ix.Search("Why were interest rates raised?", 0)
	if len(hits) != 2 || hits[0].Doc != 0 {
		t.Fatalf("hits = %+v, want docs 0 then 2", hits)
	}
	if hits[0].Coverage <= 0.5 || hits[0].Coverage > 1 {
		t.Errorf("coverage = %v, want in (0.5, 1]", hits[0].Coverage)
	}
	if got := ix.Search("volcano", 0); len(got) != 0 {
		t.Errorf("unrelated query hits %+v", got)
	}
}

func TestSimilarity(t *testing.T) {
	a := TermVector("Zelensky wants direct talks with Putin in Istanbul.")
	b := TermVector("Zelensky wants talks with Putin in Istanbul, directly.")
	c := TermVector("The cup final ended in a draw.")
	if Jaccard(a, b) < 0.5 || Cosine(a, b) < 0.6 {
		t.Errorf("near duplicates: jaccard %v cosine %v", Jaccard(a, b), Cosine(a, b))
	}
	if Jaccard(a, c) != 0 || Cosine(a, c) != 0 {
		t.Errorf("unrelated: jaccard %v cosine %v", Jaccard(a, c), Cosine(a, c))
	}
}

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"byline", "By Jane Smith", true},
		{"byline and", "By Jane Smith and Tom Jones, Reuters", true},
		{"by in prose", "By the end of the day, the talks had stalled.", false},
		{"photo", "Photo: Getty Images", true},
		{"image", "Image: a crowd gathers outside parliament.", true},
		{"click", "Click here to read our live coverage.", true},
		{"signup", "Sign up for our morning newsletter.", true},
		{"ad", "Advertisement", true},
		{"wire", "LONDON (Reuters) - Shares fell.", true},
		{"colon", "Here is what we know:", true},
		{"credit", "Reporting by Tom Jones; Editing by Ann Lee", true},
		{"news", "The minister said the plan would be published in June.", false},
		{"handle", "Follow her on X @janesmith", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Boilerplate(tt.in); got != tt.want {
				t.Errorf("Boilerplate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
