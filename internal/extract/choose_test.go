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
	// choose merges when alt is longer and holds lib's start and most of it.
	if got := choose([]string{a, b}, []string{lead, a, b}); !reflect.DeepEqual(got, []string{lead, a, b}) {
		t.Errorf("choose did not merge the lead: %q", got)
	}
}

func TestLeadShared(t *testing.T) {
	long := func(s string) string { return strings.Repeat(s+" ", 20) }
	a, b, c := long("alpha"), long("beta"), long("gamma")
	tests := []struct {
		name     string
		lib, alt []string
		want     bool
	}{
		{name: "alt holds all", lib: []string{a, b}, alt: []string{c, a, b}, want: true},
		{name: "alt splits the last paragraph", lib: []string{a, b, "Gamma one. Gamma two."}, alt: []string{a, b, "Gamma one.", "Gamma two."}, want: true},
		{name: "alt misses lib's start", lib: []string{a, b}, alt: []string{c, b}},
		{name: "alt holds too little", lib: []string{a, b, c}, alt: []string{a}},
		{name: "empty lib", lib: nil, alt: []string{a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leadShared(tt.lib, tt.alt); got != tt.want {
				t.Errorf("leadShared = %v, want %v", got, tt.want)
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
	got := contentParagraphs(doc, []string{"citypost.example"})
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
		"aja/PAP", "dpa / AFP", "Über den Autor", "3 Kommentare", "Mehr laden ...", "Lire la suite", "5 min read", "Lesezeit: 4 Min.",
		"Share this article", "Artikel drucken", "Nach oben", "Zurück", "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
		"Skiers at the finish in Wengen. © AFP / Jane Roe",
		"Das Stadion am Abend. (Foto: Getty)",
		"Le ministre à Prague, photo: Archives", "Abbildung 2: Aufbau der Anlage",
		"Czytaj też: Nowy budżet miasta", "Quelle: Statistisches Bundesamt", "Leia também: O novo orçamento",
		"Alle Rechte vorbehalten.", "Dieser Beitrag enthält Affiliate-Links.", "Este artigo contém links de afiliados.", "Publicité : liens affiliés Amazon", "This website uses cookies to improve your experience.",
		"Never miss the latest news by signing up to our newsletter today!"} {
		if !isJunk(p) {
			t.Errorf("isJunk(%q) = false, want true", p)
		}
	}
	for _, p := range []string{"Die Wahl 2021", "Results of the 2021 election were announced on Monday by the board.",
		"The photo: a grey sky over the harbour, and the boats that never left it, as the strike went on for a week and longer than anyone in the town could remember.",
		"Km/h", "Die Quelle des Flusses liegt in den Bergen.", "Zurück in die Zukunft: wie die Stadt ihre Straßenbahn wiederentdeckt",
		"Teilen ist das neue Haben, sagen die Gründer.", "The retailer removed affiliate links from its pages last year.", "据报道，2023年5月至2024年3月期间，该市新建了十二所学校和三家医院。"} {
		if isJunk(p) {
			t.Errorf("isJunk(%q) = true, want false", p)
		}
	}
}
