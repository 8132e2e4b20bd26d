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

func TestMergeLead(t *testing.T) {
	long := func(s string) string { return strings.Repeat(s+" ", 30) }
	lead, a, b, note := long("lead"), long("alpha"), long("beta"), long("note")
	tests := []struct {
		name     string
		lib, alt []string
		want     []string
	}{
		{name: "lead put in front", lib: []string{a, b}, alt: []string{"Label", lead, a, b}, want: []string{lead, a, b}},
		{name: "short line before is furniture", lib: []string{a, b}, alt: []string{"Photo: AP", a, b}, want: []string{a, b}},
		{name: "text after the start left out", lib: []string{a, b}, alt: []string{a, note, b}, want: []string{a, b}},
		{name: "empty lib", lib: nil, alt: []string{lead}, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mergeLead(tt.lib, tt.alt); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mergeLead = %q, want %q", got, tt.want)
			}
		})
	}
	// choose merges only when alt holds all of lib.
	if got := choose([]string{a, b}, []string{lead, a, b}); !reflect.DeepEqual(got, []string{lead, a, b}) {
		t.Errorf("choose did not merge the lead: %q", got)
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

func TestIsJunk(t *testing.T) {
	for _, p := range []string{"23.10.2018", "Stand: 05. Februar 2020", "16 marca 2021", "drukuj", "Weiterlesen",
		"aja/PAP", "dpa / AFP", "Über den Autor", "Kommentare insgesamt: 0", "Lade weitere Inhalte ...",
		"Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
		"Golf im TV: Die Übertragungszeiten im Überblick. (Foto: Getty)",
		"Roman Prymula, photo: Archives du Gouvernement tchèque", "Abbildung 8: Vorgehensweise für grosse Ereignisse",
		"Czytaj też: Wyścig zbrojeń ruszył z kopyta", "Quelle: Landesregierung",
		"Never miss the latest news by signing up to our newsletter today!"} {
		if !isJunk(p) {
			t.Errorf("isJunk(%q) = false, want true", p)
		}
	}
	for _, p := range []string{"Die Wahl 2021", "Results of the 2021 election were announced on Monday by the board.",
		"The photo: a grey sky over the harbour, and the boats that never left it, as the strike went on for a week and longer than anyone in the town could remember.",
		"Km/h", "Die Quelle des Flusses liegt in den Bergen."} {
		if isJunk(p) {
			t.Errorf("isJunk(%q) = true, want false", p)
		}
	}
}
