package feed

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/internal/news"
)

func TestParseOPML(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ParseOPML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "Top Level Feed", XMLURL: "https://top.example.com/feed", HTMLURL: "https://top.example.com/"},
		{Title: "Global Wire", XMLURL: "https://wire.example.com/rss", Category: "World news"},
		{Title: "Café Europe", XMLURL: "https://europe.example.com/atom", HTMLURL: "https://europe.example.com/", Category: "Regions"},
		{Title: "Tagged", XMLURL: "https://tagged.example.com/feed", Category: "Business/Markets"},
		{Title: "Feed with children", XMLURL: "https://parent.example.com/feed", Category: "World news"},
		{Title: "Child of a feed", XMLURL: "https://child.example.com/feed", Category: "World news"},
		{Title: "Latin-1 title: Crème", XMLURL: "https://latin.example.com/feed"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d outlines, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("outline %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestParseOPMLErrors(t *testing.T) {
	deep := `<opml><body>` + strings.Repeat(`<outline text="f">`, MaxOPMLDepth+1) +
		strings.Repeat(`</outline>`, MaxOPMLDepth+1) + `</body></opml>`
	var many strings.Builder
	many.WriteString(`<opml><body>`)
	for i := range MaxOPMLOutlines + 1 {
		fmt.Fprintf(&many, `<outline xmlUrl="https://e.com/%d"/>`, i)
	}
	many.WriteString(`</body></opml>`)
	big := `<opml><body><outline text="` + strings.Repeat("x", MaxOPMLBytes) + `"/></body></opml>`
	tests := []struct {
		name string
		doc  string
		want error
	}{
		{"empty", "", ErrNotOPML},
		{"rss", `<rss version="2.0"><channel/></rss>`, ErrNotOPML},
		{"html", `<html><body><outline xmlUrl="https://e.com/"/></body></html>`, ErrNotOPML},
		{"unclosed", `<opml><body><outline xmlUrl="https://e.com/">`, ErrNotOPML},
		{"mismatched", `<opml><body></head></opml>`, ErrNotOPML},
		{"too deep", deep, ErrOPMLLimit},
		{"too many", many.String(), ErrOPMLLimit},
		{"too big", big, ErrOPMLLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOPML(strings.NewReader(tt.doc))
			if !errors.Is(err, tt.want) {
				t.Fatalf("ParseOPML = %d outlines, %v; want %v", len(got), err, tt.want)
			}
		})
	}
}

func TestParseOPMLEntityBomb(t *testing.T) {
	doc := `<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<opml version="2.0"><body><outline text="&c;" xmlUrl="https://e.com/feed"/></body></opml>`
	got, err := ParseOPML(strings.NewReader(doc))
	if err != nil {
		return // refusing is safe too
	}
	if len(got) != 1 || got[0].Title != "&c;" {
		t.Fatalf("ParseOPML = %+v; want the entity left unexpanded", got)
	}
}

var testSources = []news.Source{
	{URL: "https://wire.example.com/rss", Title: "Global Wire", SiteURL: "https://wire.example.com/", Section: news.World},
	{URL: "https://any.example.com/feed", Title: "Anything <&> \"Goes\""},
	{URL: "https://money.example.com/feed", Title: "Money", Section: news.Business},
	{URL: "https://untitled.example.com/feed"},
	{URL: "https://politics.example.com/feed", Title: "Hill", Section: news.Politics},
	{URL: "https://world2.example.com/feed", Title: "Second World", Section: news.World},
}

func TestWriteOPML(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "Tidings sources", testSources); err != nil {
		t.Fatal(err)
	}
	golden(t, "sources.opml.golden", buf.Bytes())
}

// TestOPMLRoundTrip writes sources and reads them back: each keeps its
// URL, title, site and section.
func TestOPMLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "round trip", testSources); err != nil {
		t.Fatal(err)
	}
	outlines, err := ParseOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	byURL := map[string]Outline{}
	for _, o := range outlines {
		byURL[o.XMLURL] = o
	}
	for _, s := range testSources {
		o, ok := byURL[s.URL]
		if !ok {
			t.Errorf("%s lost", s.URL)
			continue
		}
		sec, _ := news.ParseSection(o.Category)
		wantTitle := s.Title
		if wantTitle == "" {
			wantTitle = s.URL
		}
		if o.Title != wantTitle || o.HTMLURL != s.SiteURL || sec != s.Section {
			t.Errorf("%s came back as %+v", s.URL, o)
		}
	}
}

func FuzzParseOPML(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`<opml><body><outline text="a"><outline xmlUrl="u" category="/x/,y"/></outline></body></opml>`))
	f.Add([]byte(`<opml><body><outline xmlUrl="u"></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		outlines, err := ParseOPML(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrNotOPML) && !errors.Is(err, ErrOPMLLimit) {
				t.Fatalf("error of no kind: %v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, o := range outlines {
			if o.XMLURL == "" || seen[o.XMLURL] {
				t.Fatalf("outline without URL or repeated: %+v", o)
			}
			seen[o.XMLURL] = true
		}
	})
}
