package dateline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestEvalNewsCluster runs Find over the Giveme5W1H news_cluster articles in
// the shared data (absent on some machines: then it skips) and logs how many
// got a place, how many from a wire dateline, and some examples. It asserts
// only what must hold for any text: a found place has a Text, and the
// cleaned text is the text less a prefix-side cut.
func TestEvalNewsCluster(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "giveme5w1h-news-cluster", "news_cluster")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no shared data at %s", dir)
	}
	f := newFinder(t)
	var found, wire, countryOnly int
	for i, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var a struct{ Title, Text string }
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		d, cleaned, ok := f.Find(a.Title, a.Text)
		if !ok {
			if cleaned != a.Text {
				t.Errorf("%s: no place but the text changed", path)
			}
			if testing.Verbose() {
				t.Logf("none   %.60q | %.80q", a.Title, a.Text)
			}
			continue
		}
		found++
		if d.Text == "" || d.Country == "" && d.Place == "" {
			t.Errorf("%s: empty dateline %+v", path, d)
		}
		if d.Place == "" {
			countryOnly++
		}
		kind := "infer"
		if cleaned != a.Text {
			wire++
			kind = "wire"
			if len(cleaned) >= len(a.Text) {
				t.Errorf("%s: the cleaned text is not shorter", path)
			}
		}
		if testing.Verbose() || i%25 == 0 {
			t.Logf("%-6s %-40s %.60q | %.60q", kind, d.Text, a.Title, a.Text)
		}
	}
	t.Logf("%d articles: %d with a place (%d from a wire dateline, %d country only), %d without",
		len(files), found, wire, countryOnly, len(files)-found)
}
