package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestChoose(t *testing.T) {
	long := func(s string) string { return strings.Repeat(s+" ", 20) }
	a, b, c := long("alpha"), long("beta"), long("gamma")
	tests := []struct {
		name     string
		lib, alt []string
		wantAlt  bool
	}{
		{name: "no markup root", lib: []string{a}, alt: nil},
		{name: "readability found nothing", lib: []string{"short"}, alt: []string{a}, wantAlt: true},
		{name: "agree", lib: []string{a, b}, alt: []string{a}},
		{name: "alt much longer", lib: []string{a}, alt: []string{a, b, c}, wantAlt: true},
		{name: "disagree on the place", lib: []string{a, b}, alt: []string{c}, wantAlt: true},
		{name: "disagree, alt too small", lib: []string{a, b, c, a + b}, alt: []string{c[:100]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := choose(tt.lib, tt.alt)
			want := tt.lib
			if tt.wantAlt {
				want = tt.alt
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("choose = %q, want %q", got, want)
			}
		})
	}
}

func TestContentParagraphs(t *testing.T) {
	body := strings.Repeat("The council met on Thursday and voted on the plan. ", 8)
	page := `<html><body><div class="menu"><p>Home</p></div>
<div class="article-body"><p>` + body + `</p><div class="related"><p>Other story</p></div>
<div class="comments">` + strings.Repeat("<p>A long comment that goes on and on and on and on.</p>", 20) + `</div></div>
<footer><p>Imprint</p></footer></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := contentParagraphs(doc)
	if want := []string{strings.TrimSpace(body)}; !reflect.DeepEqual(got, want) {
		t.Errorf("contentParagraphs = %q, want %q", got, want)
	}
}

func TestDropLinkSections(t *testing.T) {
	long := strings.Repeat("word ", 30)
	got := dropLinkSections([]string{"Intro " + long, "Weitere Artikel", "Other story one", "Other story two", "Outro " + long, "Related:", "Link"})
	want := []string{"Intro " + long, "Outro " + long}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dropLinkSections = %q, want %q", got, want)
	}
}

func TestIsJunkDateLine(t *testing.T) {
	for _, p := range []string{"23.10.2018", "Stand: 05. Februar 2020", "16 marca 2021", "drukuj", "Weiterlesen"} {
		if !isJunk(p) {
			t.Errorf("isJunk(%q) = false, want true", p)
		}
	}
	for _, p := range []string{"Die Wahl 2021", "Results of the 2021 election were announced on Monday by the board."} {
		if isJunk(p) {
			t.Errorf("isJunk(%q) = true, want false", p)
		}
	}
}
