package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata")

// pageURLs are the addresses the testdata pages were "fetched" from.
var pageURLs = map[string]string{
	"wire-dateline": "https://www.reuters.com/markets/rates-bonds/turkeys-central-bank-holds-rates-2025-05-13/",
	"full-page":     "https://dailycourier.example/news/storm-floods-coastal-towns",
	"time-only":     "https://riversidegazette.example/library-hours",
	"url-date":      "https://www.nordkurier.example/lokales/2024/03/15/stadtrat-beschliesst-haushalt.html",
}

func TestGolden(t *testing.T) {
	for name, pageURL := range pageURLs {
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Extract(page, pageURL)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(res, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(got)+"\n" != string(want) {
				t.Errorf("Extract(%s) differs from %s; got:\n%s", name, golden, got)
			}
		})
	}
}

// TestMetadata checks each metadata source and its order of trust on
// small pages.
func TestMetadata(t *testing.T) {
	body := "<article><p>" + strings.Repeat("The council met on Thursday and voted on the plan. ", 12) + "</p></article>"
	tests := []struct {
		name, head, url string
		want            Result
	}{
		{
			name: "JSON-LD before meta tags",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council votes","datePublished":"2025-05-13T10:00:00+02:00","author":["Ann Lee","Bo Chan"],"publisher":{"@type":"Organization","name":"City Post"},"image":["https://img.example/a.jpg"]}</script>
				<meta property="article:published_time" content="2020-01-01T00:00:00Z">`,
			url:  "https://citypost.example/a",
			want: Result{Title: "Council votes", Byline: "Ann Lee, Bo Chan", Site: "City Post", Published: date("2025-05-13T08:00:00Z"), ImageURL: "https://img.example/a.jpg"},
		},
		{
			name: "meta tags, relative image, site suffix",
			head: `<title>Council votes | City Post</title><meta property="og:site_name" content="City Post">
				<meta name="author" content="By Ann Lee | Staff Writer"><meta property="article:published_time" content="2025-05-13">
				<meta property="og:image" content="/img/a.jpg"><meta property="og:locale" content="en_GB">`,
			url:  "https://citypost.example/news/a",
			want: Result{Title: "Council votes", Byline: "Ann Lee", Site: "City Post", Published: date("2025-05-13T00:00:00Z"), Lang: "en-GB", ImageURL: "https://citypost.example/img/a.jpg"},
		},
		{
			name: "time element only, host as site",
			head: `<title>Council votes - citypost.example</title>`,
			url:  "https://www.citypost.example/a",
			want: Result{Title: "Council votes", Site: "citypost.example", Published: date("2024-11-08T00:00:00Z")},
		},
		{
			name: "date in URL path",
			head: `<title>Council votes</title>`,
			url:  "https://citypost.example/2023/07/04/council-votes/",
			want: Result{Title: "Council votes", Site: "citypost.example", Published: date("2023-07-04T00:00:00Z")},
		},
		{
			name: "undivided date in URL path",
			head: `<title>Council votes</title>`,
			url:  "https://citypost.example/news/20230704-council-votes",
			want: Result{Title: "Council votes", Site: "citypost.example", Published: date("2023-07-04T00:00:00Z")},
		},
		{
			name: "no date anywhere; impossible date in URL",
			head: `<title>Council votes</title>`,
			url:  "https://citypost.example/2023/02/30/council-votes/",
			want: Result{Title: "Council votes", Site: "citypost.example"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := body
			if strings.Contains(tt.name, "time element") {
				b = `<article><time datetime="2024-11-08">Nov 8</time>` + body[len("<article>"):]
			}
			page := "<html><head>" + tt.head + "</head><body>" + b + "</body></html>"
			got, err := Extract([]byte(page), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			got.Paragraphs = nil
			if !got.Published.Equal(tt.want.Published) {
				t.Errorf("Published = %v, want %v", got.Published, tt.want.Published)
			}
			got.Published, tt.want.Published = time.Time{}, time.Time{}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ name, title, site, host, want string }{
		{"pipe suffix", "Stocks rally | Reuters", "Reuters", "reuters.com", "Stocks rally"},
		{"dash site", "Stocks rally - The Guardian", "", "theguardian.com", "Stocks rally"},
		{"dash not site", "Biden - Trump debate draws record audience", "CNN", "cnn.com", "Biden - Trump debate draws record audience"},
		{"section and site", "Stocks rally | Markets | Reuters", "Reuters", "reuters.com", "Stocks rally"},
		{"site prefix", "BBC News - Stocks rally in Asia", "BBC News", "bbc.co.uk", "Stocks rally in Asia"},
		{"site after one word", "Live | Reuters", "Reuters", "reuters.com", "Live"},
		{"label after one word kept", "Live | Markets", "Reuters", "reuters.com", "Live | Markets"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanTitle(tt.title, tt.site, tt.host); got != tt.want {
				t.Errorf("cleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"by prefix", "By Jane Doe", "Jane Doe"},
		{"two authors and agency", "By Jane Doe and John Roe, Reuters", "Jane Doe, John Roe"},
		{"role", "Jane Doe | Senior Reporter", "Jane Doe"},
		{"time after", "By Jane Doe Updated 3:45 PM", "Jane Doe"},
		{"date after", "By Nathan Willis March 25, 2015", "Nathan Willis"},
		{"date only", "April 28, 2019 at 6:01 am", ""},
		{"editor after", "Written by Ann Lee Edited by Bo Chan", "Ann Lee"},
		{"with, in brackets", "Ann Lee (avec Bo Chan et Cy Diaz)", "Ann Lee, Bo Chan, Cy Diaz"},
		{"web address", "Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn"},
		{"lines", "By Jane Doe\n  March 3", "Jane Doe"},
		{"url", "https://www.facebook.com/janedoe", ""},
		{"site name", "City Post Staff", ""},
		{"german", "Von Petra Sommer", "Petra Sommer"},
		{"duplicates", "Jane Doe, Jane Doe", "Jane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanByline(tt.in, "City Post"); got != tt.want {
				t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFragment(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain text", "Just a summary.", []string{"Just a summary."}},
		{"blocks and inline", "<p>First <b>bold</b> para.</p><div>Second&nbsp;one &amp; more.</div>", []string{"First bold para.", "Second one & more."}},
		{"script and style dropped", "<p>Text<script>alert(1)</script> goes on.</p><style>p{}</style>", []string{"Text goes on."}},
		{"double br breaks", "Line one<br>still one<br><br>Line two", []string{"Line one still one", "Line two"}},
		{"caption dropped", "<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure><p>Body text here.</p>", []string{"Body text here."}},
		{"heading is a paragraph", "<h2>Background</h2>Body text here.", []string{"Background", "Body text here."}},
		{"wordpress footer dropped", "<p>Body text here.</p><p>The post Storm hits coast appeared first on City Post.</p>", []string{"Body text here."}},
		{"read more dropped", `<p>Body text here.</p><p><a href="/x">Read more</a></p>`, []string{"Body text here."}},
		{"whitespace collapsed", "<p>  a \n\t b  </p>", []string{"a b"}},
		{"unclosed tags", "<p>one<p>two<li>three", []string{"one", "two", "three"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fragment(tt.in)
			if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
				t.Errorf("Fragment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanParagraphs(t *testing.T) {
	r := Result{Title: "Storm floods towns", Byline: "Maria Lopez", Site: "The Daily Courier"}
	in := []string{
		"Storm floods towns", "By Maria Lopez", "Advertisement", "ISTANBUL, May 13 (Reuters) - The bank held rates.",
		"By Monday morning, firefighters had carried 140 people from their homes.",
		"Sign up for our newsletter to get the day's top stories.", "Photo: Jane Smith/Courier",
		"Evan Vucci/AP", "Click here to read more.", "We use cookies to improve your experience.", "•",
		"Published May 13, 2025", "May 13, 2025", "Share this article", "Advertisement",
		"Współpraca Anna Nowak, Jan Kowalski", "Von: Petra Sommer", "Meistgelesene Artikel", "Other story",
	}
	want := []string{
		"ISTANBUL, May 13 (Reuters) - The bank held rates.",
		"By Monday morning, firefighters had carried 140 people from their homes.",
	}
	if got := cleanParagraphs(in, r); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cleanParagraphs kept %q, want %q", got, want)
	}
}

func TestText(t *testing.T) {
	r := Result{Paragraphs: []string{"One.", "Two."}}
	if got := r.Text(); got != "One.\n\nTwo." {
		t.Errorf("Text() = %q", got)
	}
}

func TestNoContent(t *testing.T) {
	res, err := Extract([]byte(`<html><head><title>Gallery | Site</title><meta property="article:published_time" content="2025-01-02"></head><body><img src="a.jpg"></body></html>`), "https://site.example/g")
	if !errors.Is(err, ErrNoContent) {
		t.Fatalf("err = %v, want ErrNoContent", err)
	}
	if res.Title != "Gallery" || res.Published.IsZero() {
		t.Errorf("metadata not kept with ErrNoContent: %+v", res)
	}
	res, err = Extract([]byte(`<html><body><article><p>Twelve photos of the week.</p></article></body></html>`), "https://site.example/g")
	if !errors.Is(err, ErrNoContent) {
		t.Fatalf("short text: err = %v, want ErrNoContent", err)
	}
	if want := []string{"Twelve photos of the week."}; !reflect.DeepEqual(res.Paragraphs, want) {
		t.Errorf("short text not kept with ErrNoContent: %q, want %q", res.Paragraphs, want)
	}
}

func TestBadURL(t *testing.T) {
	if _, err := Extract([]byte("<p>x</p>"), "http://[::1"); err == nil {
		t.Error("Extract accepted an unparsable page URL")
	}
}

// TestTooComplex checks that pages over the bounds return ErrTooComplex
// rather than hang or exhaust memory.
func TestTooComplex(t *testing.T) {
	var attack strings.Builder
	attack.WriteString("<p>")
	for i := range 300 {
		attack.WriteString(`<b id="` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `">`)
	}
	attack.WriteString(strings.Repeat("</p>x", 20000))
	tests := []struct{ name, page string }{
		{"million elements", "<html><body>" + strings.Repeat("<p>a</p>", 1_000_000) + "</body></html>"},
		{"5000 nested tables", strings.Repeat("<table><tr><td>", 5000) + "deep" + strings.Repeat("</td></tr></table>", 5000)},
		{"deep divs", strings.Repeat("<div>", 100_000) + "deep"},
		{"over the size bound", "<p>" + strings.Repeat("a", MaxInputBytes) + "</p>"},
		{"re-created formatting elements", attack.String()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract([]byte(tt.page), "https://example.com/a")
			if !errors.Is(err, ErrTooComplex) {
				t.Errorf("err = %v, want ErrTooComplex", err)
			}
		})
	}
}

// TestFragmentLarge checks that Fragment takes hostile input in its stride.
func TestFragmentLarge(t *testing.T) {
	got := Fragment(strings.Repeat("<table><tr><td>", 5000) + "deep")
	if len(got) != 1 || got[0] != "deep" {
		t.Errorf("Fragment(nested tables) = %q", got)
	}
}

// TestConcurrent runs Extract from several goroutines, for the race detector.
func TestConcurrent(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "full-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Extract(page, pageURLs["full-page"])
	done := make(chan Result)
	for range 4 {
		go func() {
			r, _ := Extract(page, pageURLs["full-page"])
			done <- r
		}()
	}
	for range 4 {
		if got := <-done; got.Text() != want.Text() {
			t.Error("concurrent Extract gave a different text")
		}
	}
}

func FuzzExtract(f *testing.F) {
	for name := range pageURLs {
		page, err := os.ReadFile(filepath.Join("testdata", name+".html"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(page)
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":{"@id":"x"}},{"@id":"x","name":"A"}]}</script><time datetime="2025-13-45">`))
	f.Add([]byte("<p><b id=1><b id=2></p>x</p>y<table><td><font>z</td>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		res, err := Extract(page, "https://example.com/2024/01/02/a")
		if err != nil && !errors.Is(err, ErrNoContent) {
			if errors.Is(err, ErrTooComplex) {
				return
			}
			t.Fatalf("unexpected error: %v", err)
		}
		for _, p := range res.Paragraphs {
			if p == "" || p != strings.Join(strings.Fields(p), " ") {
				t.Fatalf("paragraph not clean: %q", p)
			}
		}
	})
}

func FuzzFragment(f *testing.F) {
	f.Add("<p>One</p><p>Two &amp; three</p>")
	f.Add("a<br><br>b<script>x</script><figcaption><figcaption>c</figcaption></figcaption>d")
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range Fragment(s) {
			if p == "" || p != strings.Join(strings.Fields(p), " ") {
				t.Fatalf("paragraph not clean: %q", p)
			}
		}
	})
}
