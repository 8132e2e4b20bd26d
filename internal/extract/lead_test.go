package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestAddStandfirst(t *testing.T) {
	desc := "The council voted to close the old bridge to cars from June."
	body := []string{"The vote came after a year of study.", "Repairs will cost 4 million."}
	tests := []struct {
		name       string
		paras, all []string
		desc       string
		want       []string
	}{
		{name: "shown before the text", paras: body, all: append([]string{"Menu", "Bridge to close", desc}, body...), desc: desc,
			want: append([]string{desc}, body...)},
		{name: "not shown on the page", paras: body, all: append([]string{"Menu"}, body...), desc: desc, want: body},
		{name: "shown after the text starts", paras: body, all: append(append([]string{}, body...), desc), desc: desc, want: body},
		{name: "already in the text", paras: append([]string{desc}, body...), all: append([]string{desc}, body...), desc: desc,
			want: append([]string{desc}, body...)},
		{name: "too short", paras: body, all: append([]string{"Bridge closes"}, body...), desc: "Bridge closes", want: body},
		{name: "text not found on the page", paras: body, all: []string{desc, "Other text."}, desc: desc, want: body},
		{name: "after a heading", paras: append([]string{"Bridge to close"}, body...), all: append([]string{"Bridge to close", desc}, body...), desc: desc,
			want: append([]string{"Bridge to close", desc}, body...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := addStandfirst(tt.paras, tt.all, []string{"", tt.desc}); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("addStandfirst = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPickTitle(t *testing.T) {
	tests := []struct {
		name, title string
		cands       []string
		want        string
	}{
		{"author label cut by og:title", "Samantha and the Lie - John Welch - Medium", []string{"", "Samantha and the Lie"}, "Samantha and the Lie"},
		{"h1 confirms the headline", "Bridge to close - Local News - City Post", []string{"Site menu", "Bridge to close"}, "Bridge to close"},
		{"a candidate cut inside the headline is refused", "Biden - Trump debate draws record audience", []string{"Biden"}, "Biden - Trump debate draws record audience"},
		{"a candidate that is not a prefix is refused", "Bridge to close | City Post", []string{"Other story entirely"}, "Bridge to close"},
		{"no separator after the candidate", "Bridge to close for repairs", []string{"Bridge to close"}, "Bridge to close for repairs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pickTitle(tt.title, tt.cands, "City Post", "citypost.example"); got != tt.want {
				t.Errorf("pickTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPickByline(t *testing.T) {
	tests := []struct {
		name  string
		cands []string
		want  string
	}{
		{"first when none agree", []string{"Ann Lee", "Bo Chan", ""}, "Ann Lee"},
		{"agreed over first", []string{"Ann Lee", "Bo Chan", "Bo Chan, Cy Diaz"}, "Bo Chan"},
		{"first empty", []string{"", "", "Cy Diaz"}, "Cy Diaz"},
		{"none", []string{"", ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pickByline(tt.cands...); got != tt.want {
				t.Errorf("pickByline(%q) = %q, want %q", tt.cands, got, tt.want)
			}
		})
	}
}

// TestLinkParagraphs checks which paragraphs made of links are kept: those
// citing other sites, not teasers of the page's own site nor share buttons.
func TestLinkParagraphs(t *testing.T) {
	page := `<div><p>The city published the figures on Monday and the council will vote on them next week.</p>
<ul><li><a href="https://bugs.example.org/1">Bug 1677080 - Fullscreen window is affected by switching source</a></li>
<li><a href="https://citypost.example/news/other">Mayor opens new library in the old station building</a></li>
<li><a href="/news/more">Ten things to do in the city this weekend with children</a></li>
<li><a href="https://www.facebook.com/sharer?u=x">Share this story with your friends on Facebook now</a></li>
<li><a href="https://www.amp.citypost.example/x">Council meets again on Thursday to vote on the plan</a></li>
<li><a href="https://journal.example/paper">Study</a></li></ul>
<h3><a href="https://maker.example/game">“Rez” ($30)</a></h3><h3><a href="/news/teaser">Our review</a></h3></div>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := walkParagraphs(doc, []string{"citypost.example"})
	want := []string{
		"The city published the figures on Monday and the council will vote on them next week.",
		"Bug 1677080 - Fullscreen window is affected by switching source",
		"“Rez” ($30)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walkParagraphs = %q, want %q", got, want)
	}
}

// TestCreatedElements checks that elements built without an atom, as
// readability builds the <p> it puts in place of <br> runs, still end a
// paragraph.
func TestCreatedElements(t *testing.T) {
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, s := range []string{"First paragraph.", "Second paragraph."} {
		p := &html.Node{Type: html.ElementNode, Data: "p"} // no DataAtom
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		div.AppendChild(p)
	}
	if got, want := walkParagraphs(div, nil), []string{"First paragraph.", "Second paragraph."}; !reflect.DeepEqual(got, want) {
		t.Errorf("walkParagraphs = %q, want %q", got, want)
	}
}

func TestClassNames(t *testing.T) {
	tests := []struct{ class, want string }{
		{"item no_caption wide", "item wide"},
		{"item No-Sidebar", "item"},
		{"without-share story", "story"},
		{"caption notice", "caption notice"},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tt.class}}}
		if got := classNames(n); got != tt.want {
			t.Errorf("classNames(%q) = %q, want %q", tt.class, got, tt.want)
		}
	}
}

func TestWordsIn(t *testing.T) {
	tests := []struct {
		p    string
		want int
	}{
		{"Three plain words", 3},
		{"据报道", 4}, // one run between spaces, three characters
		{"", 0},
	}
	for _, tt := range tests {
		if got := wordsIn(tt.p); got != tt.want {
			t.Errorf("wordsIn(%q) = %d, want %d", tt.p, got, tt.want)
		}
	}
}

// TestTableRows checks that a data table's row is one paragraph, even when
// its cells hold blocks, while a layout table's long cell keeps its
// paragraphs.
func TestTableRows(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("The council met on Thursday and voted on the plan. ", 5))
	page := `<table><tr><th><p>App</p></th><th><p>Size</p></th></tr>
<tr><td><div>Maps</div></td><td><p>32.7 MB</p><p>(-46%)</p></td></tr></table>
<table><tr><td><p>` + long + `</p><p>` + long + `</p></td></tr></table>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := walkParagraphs(doc, nil)
	want := []string{"App Size", "Maps 32.7 MB (-46%)", long, long}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walkParagraphs = %q, want %q", got, want)
	}
}
