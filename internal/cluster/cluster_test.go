package cluster

import (
	"reflect"
	"testing"

	"tidings/internal/news"
)

func TestGroup(t *testing.T) {
	tests := []struct {
		name     string
		articles []news.Article
		want     []int
	}{
		{"empty", nil, []int{}},
		{"all different", []news.Article{{URL: "a", Text: "x"}, {URL: "b", Text: "y"}}, []int{1, 2}},
		{"same url", []news.Article{{URL: "a", Text: "x"}, {URL: "b", Text: "y"}, {URL: "a", Text: "z"}}, []int{1, 2, 1}},
		{"same text, other spacing and case", []news.Article{{URL: "a", Text: "One  Two"}, {URL: "b", Text: "one two"}}, []int{1, 1}},
		{"chained through url then text", []news.Article{{URL: "a", Text: "x"}, {URL: "b", Text: "y"}, {URL: "a", Text: "y"}}, []int{1, 1, 1}},
		{"no url, no text: alone", []news.Article{{}, {}}, []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Group(tt.articles)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Group = %v, want %v", got, tt.want)
			}
		})
	}
}
