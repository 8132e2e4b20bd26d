package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, got)
	}
}

// toJSON returns v as indented JSON, HTML left unescaped for reading.
func toJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseGolden(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		feedURL string
	}{
		{"rss 2.0", "rss2.xml", "https://news.example.com/feed.xml"},
		{"atom", "atom.xml", "https://science.example.org/atom.xml"},
		{"json feed", "jsonfeed.json", "https://sports.example.net/feed.json"},
		{"rss 1.0", "rdf.xml", "https://old.example.com/index.rdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(readTestdata(t, tt.file), tt.feedURL)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".golden", toJSON(t, f))
		})
	}
}

// TestParseRules checks the rules that the golden files show, so that an
// -update cannot quietly drop them.
func TestParseRules(t *testing.T) {
	f, err := Parse(readTestdata(t, "rss2.xml"), "https://news.example.com/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "The Daily Example" || f.SiteURL != "https://news.example.com/" {
		t.Errorf("feed = %q, %q", f.Title, f.SiteURL)
	}
	var urls []string
	for _, it := range f.Items {
		urls = append(urls, it.URL)
	}
	want := []string{
		"https://news.example.com/2025/05/13/bridge",
		"https://news.example.com/2025/05/12/market",
		"https://news.example.com/2025/05/11/library",
		"https://news.example.com/2025/05/10/note",
	}
	if strings.Join(urls, " ") != strings.Join(want, " ") {
		t.Fatalf("item URLs = %q, want %q", urls, want)
	}
	first := f.Items[0]
	if first.GUID != "bridge-2025-05-13" || first.Author != "Ada Reporter" ||
		strings.Join(first.Categories, ",") != "Local,Politics" ||
		!strings.HasPrefix(first.Content, "<p>The council") || !strings.Contains(first.Summary, "<b>for</b>") ||
		first.Published.Format("2006-01-02T15:04:05Z07:00") != "2025-05-13T07:30:00Z" {
		t.Errorf("first item = %+v", first)
	}
	if f.Items[1].GUID != f.Items[1].URL {
		t.Errorf("GUID without guid = %q, want the URL", f.Items[1].GUID)
	}

	a, err := Parse(readTestdata(t, "atom.xml"), "https://science.example.org/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Items[0].Published.Format("2006-01-02T15:04:05Z"); got != "2025-05-13T02:15:00Z" {
		t.Errorf("published, not updated: got %s", got)
	}
	if got := a.Items[1].Published.Format("2006-01-02"); got != "2025-05-11" {
		t.Errorf("updated when not published: got %s", got)
	}
	if !a.Items[2].Published.IsZero() {
		t.Errorf("no date: got %v", a.Items[2].Published)
	}
	if a.Items[1].Author != "Science Desk" {
		t.Errorf("feed author not inherited: %q", a.Items[1].Author)
	}
}

func TestParseNotFeed(t *testing.T) {
	tests := []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"spaces", "  \n\t "},
		{"html page", string(readTestdata(t, "page.html"))},
		{"plain text", "hello, world"},
		{"other xml", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>`},
		{"truncated rss", string(readTestdata(t, "malformed.xml"))},
		{"json array", "[1, 2, 3]"},
		{"broken json", `{"version": "https://jsonfeed.org/version/1", "items": [`},
		{"redirect page", "<head><title>Document Moved</title></head><body>here</body>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.data), "https://example.com/feed")
			if !errors.Is(err, ErrNotFeed) {
				t.Fatalf("Parse = %+v, %v; want ErrNotFeed", f, err)
			}
			if !strings.HasPrefix(err.Error(), "not a feed: ") {
				t.Errorf("error %q does not start with \"not a feed: \"", err)
			}
		})
	}
}

// TestParseEntityBomb checks that custom entities, the stuff of "billion
// laughs" and external-entity attacks, are never expanded: encoding/xml
// does not read DTDs.
func TestParseEntityBomb(t *testing.T) {
	data := readTestdata(t, "bomb.xml")
	f, err := Parse(data, "https://bomb.example.com/feed")
	if err != nil {
		return // refusing the document is safe too
	}
	size := len(f.Title)
	for _, it := range f.Items {
		size += len(it.Title) + len(it.Summary) + len(it.Content)
		if strings.Contains(it.Summary, "root:") {
			t.Fatal("external entity expanded")
		}
	}
	if !strings.Contains(f.Title, "&lol9;") {
		t.Errorf("title %q: the unknown entity should stay as text", f.Title)
	}
	if size > len(data) {
		t.Fatalf("parsed text has %d bytes from a %d-byte document: entities expanded", size, len(data))
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "atom.xml", "jsonfeed.json", "rdf.xml", "malformed.xml", "bomb.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"items":[{"url":"x","title":"t"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse(data, "https://example.com/feed")
		if err != nil {
			if !errors.Is(err, ErrNotFeed) {
				t.Fatalf("error of no kind: %v", err)
			}
			return
		}
		for _, it := range feed.Items {
			if !strings.HasPrefix(it.URL, "http://") && !strings.HasPrefix(it.URL, "https://") {
				t.Fatalf("item URL %q is not absolute http(s)", it.URL)
			}
			if it.Title == "" && it.Summary == "" && it.Content == "" {
				t.Fatalf("empty item kept: %+v", it)
			}
		}
	})
}

func TestParseRepairs(t *testing.T) {
	tests := []struct {
		name      string
		data      []byte
		wantTitle string
		wantItem  Item
	}{
		{
			name:      "windows-1252 without declaration",
			data:      readTestdata(t, "latin1-undeclared.xml"),
			wantTitle: "Últimas Notícias",
			wantItem:  Item{Title: "Café à noite", Summary: "Pão “quente”"},
		},
		{
			name: "json feed tags as a string",
			data: []byte(`{"version":"https://jsonfeed.org/version/1","title":"T","items":[` +
				`{"id":"1","url":"https://e.com/1","title":"One","tags":"a, b,,c"}]}`),
			wantTitle: "T",
			wantItem:  Item{Title: "One", Categories: []string{"a", "b", "c"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.data, "https://e.com/feed")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.wantTitle || len(f.Items) != 1 {
				t.Fatalf("Parse = %+v", f)
			}
			it := f.Items[0]
			if it.Title != tt.wantItem.Title || it.Summary != tt.wantItem.Summary ||
				strings.Join(it.Categories, ",") != strings.Join(tt.wantItem.Categories, ",") {
				t.Errorf("item = %+v, want %+v", it, tt.wantItem)
			}
		})
	}
}
