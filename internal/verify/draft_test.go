package verify

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/write"
)

// The stories are write's fixtures: one set of sources for every stage.
const storyDir = "../write/testdata/stories"

func loadStory(t testing.TB, name string) []news.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(storyDir, name+".json"))
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
		t.Fatal(err)
	}
	var out []news.Article
	for _, a := range f.Articles {
		out = append(out, news.Article{ID: a.ID, Site: a.Site, Title: a.Title, Text: strings.Join(a.Paragraphs, "\n\n")})
	}
	return out
}

func TestCheckDraft(t *testing.T) {
	arts := loadStory(t, "rail-talks")
	d, err := write.Write(arts)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		edit   func(d write.Draft) write.Draft
		failed []string // parts that must fail
	}{
		{"as written", func(d write.Draft) write.Draft { return d }, nil},
		{"headline number", func(d write.Draft) write.Draft {
			d.Headline = "Rail strike: 40 talks between Helen Marsh and union fail"
			return d
		}, []string{"headline"}},
		{"body negation", func(d write.Draft) write.Draft {
			d.Body = append([]string{}, d.Body...)
			d.Body[0] = strings.Replace(d.Body[0], "ended without an agreement", "ended with an agreement", 1)
			return d
		}, []string{"body/1"}},
		{"summary name", func(d write.Draft) write.Draft {
			d.Summary = strings.Replace(d.Summary, "Helen Marsh", "Grant Shapps", 1)
			return d
		}, []string{"summary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := CheckDraft(tt.edit(d), arts)
			var got []string
			for _, f := range r.Failures {
				got = append(got, f.Part)
			}
			if strings.Join(got, ",") != strings.Join(tt.failed, ",") {
				t.Errorf("failed parts %q, want %q\n%s", got, tt.failed, r)
			}
			if r.OK() != (len(tt.failed) == 0) || r.Checked == 0 {
				t.Errorf("OK() = %v with %d checked", r.OK(), r.Checked)
			}
		})
	}
}

func BenchmarkCheckDraft(b *testing.B) {
	arts := loadStory(b, "rail-talks")
	d, err := write.Write(arts)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if r := CheckDraft(d, arts); !r.OK() {
			b.Fatal(r)
		}
	}
}

// BenchmarkCheckEdited checks sentences that are not verbatim, so that
// every test runs, against prebuilt Sources.
func BenchmarkCheckEdited(b *testing.B) {
	src := NewSources(loadStory(b, "rail-talks"))
	s := "Marsh met leaders of the National Rail Workers Union in London on Tuesday, but the talks ended without an agreement."
	b.ReportAllocs()
	for b.Loop() {
		if ps := src.Check(s); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

func ExampleCheck() {
	sources := []news.Article{{ID: 1, Text: "Ukrainian President Volodymyr Zelensky said on Sunday that Kyiv would not accept the $4.2bn offer."}}
	for _, s := range []string{
		"Zelensky said Kyiv would not accept the 4.2 billion dollar offer.",
		"Zelensky said Kyiv would accept the $4.2bn offer.",
		"Zelensky said on Monday that Kyiv would not accept the $5bn offer.",
	} {
		fmt.Println(Check(s, sources))
	}
	// Output:
	// []
	// [negation "not": dropped from the source's "Ukrainian President Volodymyr Zelensky said on Sunday that Kyiv would not accept the $4.2bn offer."]
	// [number "$5bn": not in the matching source sentences name "Monday": date not in the matching source sentences]
}
