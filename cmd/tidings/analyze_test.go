package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAnalyzeFilter(t *testing.T) {
	page := func(name, url string) string {
		html := strings.ReplaceAll(readFixture(t, name), "{{BASE}}", "https://herald.example")
		b, _ := json.Marshal(map[string]any{"id": name, "url": url, "html": html})
		return string(b)
	}
	text, _ := json.Marshal(map[string]any{
		"id": 7, "url": "https://wire.example/norvex", "title": "Norvex lifts forecast",
		"text": "Norvex Semiconductor raised its full-year revenue forecast on Thursday after quarterly sales beat " +
			"expectations.\n\nRevenue for the quarter rose 38% to $4.2 billion, the company said. Net profit climbed " +
			"to $910 million from $560 million a year ago.\n\n\"Demand is running ahead of what we can ship,\" chief " +
			"executive Lin Mei-hua told analysts on a call.",
		"published": "2025-10-30T06:00:00Z", "source": "Wire",
	})
	input := strings.Join([]string{
		page("geneva.html", "https://herald.example/world/2025/05/13/geneva-climate-finance-talks"),
		page("berlin.html", "https://herald.example/sport/2025/09/21/berlin-marathon-chebet"),
		string(text),
		`{"id": "broken", "url": `,
		`{"id": "empty", "url": "https://x.example/a", "text": "  "}`,
		"",
		page("geneva.html", "https://herald.example/world/2025/05/13/geneva-climate-finance-talks?utm_source=x"),
		`{"id": "baddate", "url": "https://x.example/b", "text": "Something happened.", "published": "yesterday"}`,
	}, "\n")

	out := tidings(t, env(t, false), input, "analyze")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d output lines, want 7 (one per non-blank input line):\n%s", len(lines), out)
	}
	var docs []map[string]any
	for _, l := range lines {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, l)
		}
		docs = append(docs, d)
	}
	wantIDs := []any{"geneva.html", "berlin.html", 7.0, nil, "empty", "geneva.html", "baddate"}
	for i, d := range docs {
		if d["id"] != wantIDs[i] {
			t.Errorf("line %d: id %v, want %v", i+1, d["id"], wantIDs[i])
		}
	}
	for _, i := range []int{3, 4, 6} {
		if docs[i]["error"] == nil || docs[i]["error"] == "" {
			t.Errorf("line %d: no error field: %v", i+1, docs[i])
		}
	}
	for _, i := range []int{0, 1, 2, 5} {
		d := docs[i]
		if d["error"] != nil {
			t.Errorf("line %d: error %v", i+1, d["error"])
			continue
		}
		for _, k := range []string{"url", "title", "text", "section", "dateline", "date", "headline", "summary", "body", "questions", "story"} {
			if v, ok := d[k]; !ok || v == "" || v == nil {
				t.Errorf("line %d: no %s", i+1, k)
			}
		}
	}
	if docs[0]["story"] != docs[5]["story"] {
		t.Errorf("the same page twice got stories %v and %v", docs[0]["story"], docs[5]["story"])
	}
	if docs[0]["story"] == docs[1]["story"] || docs[1]["story"] == docs[2]["story"] {
		t.Errorf("different events share a story: %v %v %v", docs[0]["story"], docs[1]["story"], docs[2]["story"])
	}
	if dl, _ := docs[0]["dateline"].(map[string]any); dl["text"] != "Geneva, Switzerland" {
		t.Errorf("Geneva dateline = %v", docs[0]["dateline"])
	}
	if docs[0]["published"] != "2025-05-13T08:30:00Z" || docs[0]["date"] != "2025-05-13" {
		t.Errorf("Geneva published %v, date %v", docs[0]["published"], docs[0]["date"])
	}
	if docs[1]["section"] != "SPORTS" {
		t.Errorf("Berlin section = %v", docs[1]["section"])
	}
	qs, _ := docs[2]["questions"].([]any)
	for _, q := range qs {
		for _, c := range q.(map[string]any)["citations"].([]any) {
			if id := c.(map[string]any)["id"]; id != 7.0 {
				t.Errorf("citation id %v, want the input's id 7", id)
			}
		}
	}
}

func TestSourcesOPMLRoundTrip(t *testing.T) {
	getenv := env(t, false)
	opml := `<?xml version="1.0"?>
<opml version="2.0"><head><title>mine</title></head><body>
<outline text="Sport"><outline type="rss" text="Runners" xmlUrl="https://runners.example/feed.xml" htmlUrl="https://runners.example/"/></outline>
<outline type="rss" text="Wire" xmlUrl="https://wire.example/rss"/>
<outline text="no feed here"/>
</body></opml>`
	out := tidings(t, getenv, opml, "sources", "import", "-")
	if !strings.Contains(out, "imported 2 sources") {
		t.Errorf("import said %q", out)
	}
	out = tidings(t, getenv, opml, "sources", "import", "-")
	if !strings.Contains(out, "imported 0 sources (2 already subscribed") {
		t.Errorf("second import said %q", out)
	}
	list := tidings(t, getenv, "", "sources", "list")
	if !strings.Contains(list, "https://runners.example/feed.xml") || !strings.Contains(list, "SPORTS") {
		t.Errorf("list:\n%s", list)
	}
	exported := tidings(t, getenv, "", "sources", "export")
	for _, want := range []string{`xmlUrl="https://runners.example/feed.xml"`, `xmlUrl="https://wire.example/rss"`} {
		if !strings.Contains(exported, want) {
			t.Errorf("export lacks %s:\n%s", want, exported)
		}
	}
}
