package web

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"tidings/internal/news"
)

// Whatever a feed or a page puts in a story's text, titles, sites, URLs,
// questions or answers, the rendered story page carries no markup of its
// own: no element or attribute that could run script, and no link to a
// javascript: URL.
func FuzzStoryPage(f *testing.F) {
	f.Add("Council approves tram line", "The council voted.", "https://herald.example/a", "Herald", "Who voted?")
	f.Add(`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, "javascript:alert(1)", `</title><svg onload=1>`, `<a href="javascript:x">q</a>?`)
	f.Add("x", "y", "data:text/html,<script>1</script>", "&lt;b&gt;", "\u202e?")
	s, err := New(Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		f.Fatal(err)
	}
	render := func(headline, body, link, site, question string) (map[string]int, []html.Token, bool) {
		a := news.Article{ID: 1, URL: link, Site: site, Title: headline, Published: time.Unix(1e9, 0)}
		st := news.Story{ID: 7, Section: news.World, Headline: headline, Summary: body, Date: time.Unix(1e9, 0),
			Body:          []string{body, body + " " + headline, site},
			BodyCitations: [][]news.Citation{{{ArticleID: 1, Quote: body}}},
			Dateline:      news.Dateline{Text: site},
			Questions:     []news.Question{{Question: question, Answer: body, Citations: []news.Citation{{ArticleID: 1, Quote: headline}}}},
			Articles:      []news.Article{a},
		}
		page, err := newStoryPage(st)
		if err != nil {
			return nil, nil, false // not valid UTF-8 for JSON-LD, say: the page is not rendered
		}
		var buf bytes.Buffer
		if err := s.pages["story"].ExecuteTemplate(&buf, "layout", page); err != nil {
			f.Fatalf("render: %v", err)
		}
		counts := map[string]int{}
		var toks []html.Token
		z := html.NewTokenizer(&buf)
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
				tok := z.Token()
				counts[tok.Data]++
				toks = append(toks, tok)
			}
		}
		return counts, toks, true
	}
	want, _, _ := render("Council approves tram line", "The council voted.", "https://herald.example/a", "Herald", "Who voted?")
	f.Fuzz(func(t *testing.T, headline, body, link, site, question string) {
		got, toks, ok := render(headline, body, link, site, question)
		if !ok {
			return
		}
		for tag, n := range got {
			if n > want[tag] {
				t.Fatalf("%d <%s> elements, the page's own template has %d: markup got through", n, tag, want[tag])
			}
		}
		for _, tok := range toks {
			for _, at := range tok.Attr {
				v := strings.ToLower(strings.TrimSpace(at.Val))
				if strings.HasPrefix(at.Key, "on") || (at.Key == "href" || at.Key == "src" || at.Key == "action") &&
					(strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:")) {
					t.Fatalf("injected %s=%q on <%s>", at.Key, at.Val, tok.Data)
				}
			}
		}
	})
}
