package corpus

import (
	"testing"

	"tidings/internal/news"
	"tidings/internal/section"
)

func TestLoadBBC(t *testing.T) {
	exs, err := Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	want := []section.Example{
		{Set: "bbc-news", Title: "Team wins cup", Text: "The team won the cup final.", Section: news.Sports},
		{Set: "bbc-news", Title: "Café owner wins race", Text: "A Latin-1 byte in the headline.", Section: news.Sports},
		{Set: "bbc-news", Title: "New phone launched", Text: "A phone maker launched a phone.", Section: news.Technology},
	}
	if len(exs) != len(want) {
		t.Fatalf("Load gave %d examples, want %d: %+v", len(exs), len(want), exs)
	}
	for i := range want {
		if exs[i] != want[i] {
			t.Errorf("example %d = %+v, want %+v", i, exs[i], want[i])
		}
	}
}

func TestLoadNothing(t *testing.T) {
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("Load of an empty folder: no error")
	}
}

func TestDedupe(t *testing.T) {
	tests := []struct {
		name string
		in   []section.Example
		want int
	}{
		{"exact repeat", []section.Example{{Title: "a", Section: news.World}, {Title: "a", Section: news.World}}, 1},
		{"conflicting labels", []section.Example{{Title: "a", Section: news.World}, {Title: "a", Section: news.Politics}}, 0},
		{"other set", []section.Example{{Set: "x", Title: "a", Section: news.World}, {Set: "y", Title: "a", Section: news.World}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dedupe(tt.in); len(got) != tt.want {
				t.Errorf("dedupe kept %d, want %d", len(got), tt.want)
			}
		})
	}
}

func TestMappingIsValid(t *testing.T) {
	for set, m := range Mapping {
		for l, s := range m {
			if _, ok := news.ParseSection(string(s)); !ok {
				t.Errorf("Mapping[%q][%q] = %q, not a section", set, l, s)
			}
		}
	}
}
