package ask

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/write"
)

var update = flag.Bool("update", false, "rewrite the .golden files in testdata")

// The stories are write's fixtures: one set of sources for both stages.
const storyDir = "../write/testdata/stories"

func loadStory(t testing.TB, path string) []news.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Articles []struct {
			ID         int64    `json:"id"`
			Site       string   `json:"site"`
			Title      string   `json:"title"`
			Paragraphs []string `json:"paragraphs"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []news.Article
	for _, a := range f.Articles {
		out = append(out, news.Article{ID: a.ID, Site: a.Site, Title: a.Title, Text: strings.Join(a.Paragraphs, "\n\n")})
	}
	return out
}

func storyPaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(storyDir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no stories in %s: %v", storyDir, err)
	}
	return paths
}

func TestQuestionsGolden(t *testing.T) {
	for _, path := range storyPaths(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			arts := loadStory(t, path)
			d, err := write.Write(arts)
			if err != nil {
				t.Fatal(err)
			}
			qs := Questions(d, arts, Options{N: 4})
			checkQuestions(t, qs, arts)
			got, err := json.MarshalIndent(qs, "", "  ")
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
				t.Errorf("questions differ from %s (rerun with -update to accept):\n%s", golden, got)
			}
		})
	}
}

// checkQuestions asserts the contract of Questions: lint-clean, short,
// ending in '?', and every citation verbatim from its article.
func checkQuestions(t *testing.T, qs []news.Question, arts []news.Article) {
	t.Helper()
	texts := map[int64]string{}
	for _, a := range arts {
		texts[a.ID] = strings.Join(strings.Fields(a.Text), " ")
	}
	for _, q := range qs {
		if err := Lint(q.Question); err != nil {
			t.Errorf("%q: %v", q.Question, err)
		}
		if n := len(strings.Fields(q.Question)); n > 15 {
			t.Errorf("%q has %d words", q.Question, n)
		}
		if (q.Answer == "") != (len(q.Citations) == 0) {
			t.Errorf("%q: answer %q with %d citations", q.Question, q.Answer, len(q.Citations))
		}
		for _, c := range q.Citations {
			if !strings.Contains(texts[c.ArticleID], c.Quote) {
				t.Errorf("%q: citation %q not in article %d", q.Question, c.Quote, c.ArticleID)
			}
		}
	}
}
