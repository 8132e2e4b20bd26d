package verify

import (
	"strings"
	"testing"

	"tidings/internal/news"
)

var story = []news.Article{
	{ID: 1, Title: "Rail strike talks end without deal", Text: "Transport Secretary Helen Marsh met leaders of the National Rail Workers Union in London on Tuesday, but the three-hour talks ended without an agreement to call off next week's strike.\n\n" +
		"The union, which represents about 40,000 signalling and maintenance staff, announced the walkout after members rejected a pay offer of 4 percent last month.\n\n" +
		"\"We had a frank discussion and we will keep talking,\" Marsh said after the meeting. \"Nobody wants to see passengers stranded.\"\n\n" +
		"Union general secretary Owen Pryce said the offer did not keep pace with the cost of living. \"Our members have had three years of real-terms pay cuts,\" he told reporters."},
	{ID: 2, Title: "Zelensky ready to meet Putin", Text: "Ukrainian President Volodymyr Zelensky said on Sunday he was ready to meet Vladimir Putin in Istanbul.\n\n" +
		"The European Union pledged $4.2bn in aid, and Corvant said it would invest 5m euros in São Paulo."},
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     Kind // "" if supported
	}{
		{"verbatim", "The union, which represents about 40,000 signalling and maintenance staff, announced the walkout after members rejected a pay offer of 4 percent last month.", ""},
		{"verbatim two sentences", `"We had a frank discussion and we will keep talking," Marsh said after the meeting. "Nobody wants to see passengers stranded."`, ""},
		{"trimmed appositive", "The union announced the walkout after members rejected a pay offer of 4 percent last month.", ""},
		{"percent sign", "Members rejected a pay offer of 4% last month, and the union announced the walkout.", ""},
		{"surname", "Marsh met leaders of the National Rail Workers Union in London on Tuesday.", ""},
		{"surname zelensky", "Zelensky said on Sunday he was ready to meet Putin in Istanbul.", ""},
		{"diacritics folded", "Corvant said it would invest 5 million euros in Sao Paulo.", ""},
		{"money normalized", "The European Union pledged 4.2 billion dollars in aid.", ""},
		{"headline", "Rail strike talks end without deal", ""},
		{"number changed", "The union announced the walkout after members rejected a pay offer of 5 percent last month.", Number},
		{"number word changed", "Transport Secretary Helen Marsh met union leaders on Tuesday, but the four-hour talks ended without an agreement.", Number},
		{"money changed", "The European Union pledged $4.5bn in aid.", Number},
		{"unit changed", "The European Union pledged £4.2bn in aid.", Number},
		{"name swapped", "Transport Secretary Helen Marsh met leaders of the National Rail Workers Union in Leeds on Tuesday.", Name},
		{"first name wrong", "Ukrainian President Petro Zelensky said on Sunday he was ready to meet Vladimir Putin in Istanbul.", Name},
		{"weekday changed", "Marsh met leaders of the National Rail Workers Union in London on Wednesday.", Name},
		{"name from elsewhere", "Owen Pryce met leaders of the National Rail Workers Union in London on Tuesday.", Name},
		{"quote altered", `"We had a frank discussion and we will stop talking," Marsh said after the meeting.`, Quote},
		{"attribution moved", `"We had a frank discussion and we will keep talking," Pryce said after the meeting.`, Attribution},
		{"negation added", "Union general secretary Owen Pryce said the offer did not keep pace with the cost of living, and he would never accept it.", Negation},
		{"negation dropped", "Union general secretary Owen Pryce said the offer did keep pace with the cost of living.", Negation},
		{"negation contracted dropped", "Pryce said the offer kept pace with the cost of living.", Negation},
		{"negation inserted", "The union, which represents about 40,000 staff, did not announce the walkout after members rejected a pay offer of 4 percent.", Negation},
		{"without flipped", "The three-hour talks ended with an agreement to call off next week's strike.", Negation},
		{"unrelated", "The central bank raised interest rates by a quarter point.", Unsupported},
	}
	src := NewSources(story)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := src.Check(tt.sentence)
			if tt.want == "" {
				if len(ps) > 0 {
					t.Errorf("held a supported sentence: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Kind == tt.want {
					return
				}
			}
			t.Errorf("want a %s problem, got %v", tt.want, ps)
		})
	}
}

func TestQuotations(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"pair", `he said "we won" today`, []string{"we won"}},
		{"two pairs", `"a b," she said. "c d."`, []string{"a b,", "c d."}},
		{"opens", `she said: "we will`, []string{"we will"}},
		{"closes", `we won," she said`, []string{"we won,"}},
		{"none", `no quotes`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotations(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotations(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	got := strings.Join(words("Didn't Zelenský’s “team” cannot"), " ")
	if want := "did not zelensky team can not"; got != want {
		t.Errorf("words = %q, want %q", got, want)
	}
}
