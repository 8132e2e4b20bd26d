package write

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/internal/news"
)

var update = flag.Bool("update", false, "rewrite the .golden files in testdata")

// fixture is a story as stored under testdata/stories: each article's text
// is given as its paragraphs.
type fixture struct {
	Articles []struct {
		ID         int64    `json:"id"`
		Site       string   `json:"site"`
		Title      string   `json:"title"`
		Paragraphs []string `json:"paragraphs"`
	} `json:"articles"`
}

func loadStory(t testing.TB, path string) []news.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f fixture
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []news.Article
	for _, a := range f.Articles {
		out = append(out, news.Article{ID: a.ID, Site: a.Site, Title: a.Title, Text: strings.Join(a.Paragraphs, "\n\n")})
	}
	return out
}

func stories(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "stories", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no stories in testdata: %v", err)
	}
	return paths
}

func TestWriteGolden(t *testing.T) {
	for _, path := range stories(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			d, err := Write(loadStory(t, path))
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("draft differs from %s (rerun with -update to accept):\n%s", golden, got)
			}
		})
	}
}
