package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// samplesDir returns the real-world feed samples of shared/data, found
// relative to this package (the repository sits beside shared/), and skips
// the test when they are not there. The samples are read in place, never
// copied into the repository.
func samplesDir(t *testing.T) string {
	t.Helper()
	for _, dir := range []string{
		filepath.Join("..", "..", "..", "shared", "data", "rss-feed-samples"),
		"/work/shared/data/rss-feed-samples",
	} {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
	}
	t.Skip("shared/data/rss-feed-samples not found beside the repository")
	return ""
}

// Samples that are not feeds Parse should read, and why.
var notFeeds = map[string]string{
	"unrecognized.rss":     "an HTML 'document moved' page",
	"allthis-partial.json": "a JSON Feed cut off in the middle",
	"ScriptingNews.json":   "RSS converted to JSON, not a JSON Feed",
}

// Samples that parse but have no usable item, and why.
var noItems = map[string]string{
	"incomplete-fields.atom":  "one empty entry",
	"missing-fields.atom":     "one entry without link or text",
	"authors.json":            "items without URLs",
	"jsonfeed-extension.json": "items without URLs",
}

func TestSamples(t *testing.T) {
	dir := samplesDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob(filepath.Join(dir, "*", "input", "*"))
	files = append(files, more...)
	var feeds int
	for _, path := range files {
		name := filepath.Base(path)
		if fi, err := os.Stat(path); err != nil || fi.IsDir() || name == "LICENSE" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			switch filepath.Ext(name) {
			case ".html":
				checkSampleHTML(t, name, data)
			case ".opml":
				checkSampleOPML(t, data)
			default:
				feeds++
				checkSampleFeed(t, name, data)
			}
		})
	}
	if feeds < 60 {
		t.Errorf("only %d feed samples found", feeds)
	}
}

func checkSampleFeed(t *testing.T, name string, data []byte) {
	f, err := Parse(data, "https://samples.example/feed")
	if why, ok := notFeeds[name]; ok {
		if !errors.Is(err, ErrNotFeed) {
			t.Errorf("Parse = %v, want ErrNotFeed: %s", err, why)
		}
		return
	}
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if _, ok := noItems[name]; !ok && len(f.Items) == 0 {
		t.Errorf("no items (feed %q)", f.Title)
	}
	for _, it := range f.Items {
		if !strings.HasPrefix(it.URL, "http://") && !strings.HasPrefix(it.URL, "https://") {
			t.Errorf("item URL %q", it.URL)
		}
		if it.GUID == "" {
			t.Errorf("item %s has no GUID", it.URL)
		}
	}
}

func checkSampleHTML(t *testing.T, name string, data []byte) {
	got := Discover(data, "https://samples.example/")
	t.Logf("%s announces %q", name, got)
	if name == "YouTubeTheVolvoRocks.html" || name == "DaringFireball.html" || name == "inessential.html" {
		if len(got) == 0 {
			t.Error("no feed discovered")
		}
	}
}

func checkSampleOPML(t *testing.T, data []byte) {
	outlines, err := ParseOPML(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(outlines) < 100 {
		t.Errorf("only %d outlines", len(outlines))
	}
}

// expectedItem is an item as rss-parser (github.com/rbren/rss-parser)
// parsed it, in the expected outputs that come with its samples.
type expectedItem struct {
	Title string `json:"title"`
	Link  string `json:"link"`
}

// TestSamplesAgreeWithRSSParser compares Parse with another parser's
// reading of the same feeds: every item that rss-parser found with an
// absolute link and a title must be among ours, with the same title.
func TestSamplesAgreeWithRSSParser(t *testing.T) {
	dir := filepath.Join(samplesDir(t), "rss-parser")
	outputs, _ := filepath.Glob(filepath.Join(dir, "output", "*.json"))
	if len(outputs) == 0 {
		t.Skip("no rss-parser outputs")
	}
	var compared int
	for _, out := range outputs {
		base := strings.TrimSuffix(filepath.Base(out), ".json")
		inputs, _ := filepath.Glob(filepath.Join(dir, "input", base+".*"))
		if len(inputs) != 1 {
			continue
		}
		t.Run(base, func(t *testing.T) {
			compared += compareWithExpected(t, inputs[0], out)
		})
	}
	if compared < 300 {
		t.Errorf("compared only %d items", compared)
	}
}

// compareWithExpected checks one feed against its expected output and
// returns how many items it compared.
func compareWithExpected(t *testing.T, input, output string) int {
	var want struct {
		Feed struct {
			Items []expectedItem `json:"items"`
		} `json:"feed"`
	}
	raw, err := os.ReadFile(output)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(data, "https://samples.example/feed")
	if err != nil {
		if _, ok := notFeeds[filepath.Base(input)]; !ok {
			t.Fatalf("Parse: %v", err)
		}
		return 0
	}
	n := 0
	for _, w := range want.Feed.Items {
		link, title := strings.TrimSpace(w.Link), clean(w.Title)
		if !strings.HasPrefix(link, "http") || title == "" {
			continue
		}
		n++
		i := slices.IndexFunc(got.Items, func(it Item) bool { return it.URL == link })
		switch {
		case i < 0:
			t.Errorf("item %s missing", link)
		case !sameTitle(got.Items[i].Title, title):
			t.Errorf("item %s: title %q, rss-parser has %q", link, got.Items[i].Title, title)
		}
	}
	return n
}

// sameTitle compares our title with rss-parser's. Where rss-parser failed
// to decode a Latin-1 feed (its title holds U+FFFD), only the ASCII
// letters are compared: Parse decodes those feeds correctly.
func sameTitle(ours, theirs string) bool {
	if !strings.ContainsRune(theirs, utf8.RuneError) {
		return ours == theirs
	}
	return asciiSkeleton(ours) == asciiSkeleton(theirs)
}

// asciiSkeleton keeps the printable ASCII of s, without spaces.
func asciiSkeleton(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < utf8.RuneSelf {
			return r
		}
		return -1
	}, s)
}
