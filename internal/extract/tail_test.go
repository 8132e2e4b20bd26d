package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTrimTail(t *testing.T) {
	body := "The council voted on Thursday to close the old bridge to cars from the spring."
	more := "Work on the new bridge starts in May and should take two years, the mayor said."
	tests := []struct {
		name       string
		paras, out []string
	}{
		{"ends with a sentence", []string{body, more}, []string{body, more}},
		{"label after the text", []string{body, more, "Share this:"}, []string{body, more}},
		{"lines after the text, one after another", []string{body, more, "Related topics", "Bridges", "Traffic"}, []string{body, more}},
		{"short last sentence kept", []string{body, more, "Nobody was hurt."}, []string{body, more, "Nobody was hurt."}},
		{"quotation kept", []string{body, more, "“We will manage.”"}, []string{body, more, "“We will manage.”"}},
		{"aside kept", []string{body, more, "(With reporting by wire services)"}, []string{body, more, "(With reporting by wire services)"}},
		{"question kept", []string{body, more, "What comes next?"}, []string{body, more, "What comes next?"}},
		{"long last line kept", []string{body, more, "Read the full report of the city council on its new plans for traffic here"},
			[]string{body, more, "Read the full report of the city council on its new plans for traffic here"}},
		{"Chinese sentence kept", []string{body, more, "市政府表示，新桥将于明年开放。"}, []string{body, more, "市政府表示，新桥将于明年开放。"}},
		{"Chinese label dropped", []string{body, more, "责任编辑"}, []string{body, more}},
		{"short text left alone", []string{"abc", "def ghi"}, []string{"abc", "def ghi"}},
		{"never below minText", []string{"Bridge closed", "Traffic", "Bridges"}, []string{"Bridge closed", "Traffic", "Bridges"}},
		{"one paragraph", []string{"Bridges"}, []string{"Bridges"}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimTail(tt.paras); !reflect.DeepEqual(got, tt.out) {
				t.Errorf("trimTail(%q) = %q, want %q", tt.paras, got, tt.out)
			}
		})
	}
}

func TestDropAuthorNote(t *testing.T) {
	body := "The council voted on Thursday to close the old bridge to cars from the spring."
	note := "Maria Lopez covers city hall for the Courier. She joined the paper in 2019."
	long := "Maria Lopez " + strings.Repeat("said the bridge would stay open for buses and bicycles. ", 12)
	tests := []struct {
		name, byline string
		paras, out   []string
	}{
		{"note about the author", "Maria Lopez", []string{body, note}, []string{body}},
		{"note about the first of two authors", "Maria Lopez, John Roe", []string{body, note}, []string{body}},
		{"no byline", "", []string{body, note}, []string{body, note}},
		{"note about another person", "John Roe", []string{body, note}, []string{body, note}},
		{"name not at the start", "Maria Lopez", []string{body, "The mayor thanked Maria Lopez."}, []string{body, "The mayor thanked Maria Lopez."}},
		{"longer name that starts alike", "Maria Lope", []string{body, note}, []string{body, note}},
		{"long paragraph is prose", "Maria Lopez", []string{body, long}, []string{body, long}},
		{"only paragraph kept", "Maria Lopez", []string{note}, []string{note}},
		{"note not last", "Maria Lopez", []string{note, body}, []string{note, body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropAuthorNote(tt.paras, tt.byline); !reflect.DeepEqual(got, tt.out) {
				t.Errorf("dropAuthorNote(%q, %q) = %q, want %q", tt.paras, tt.byline, got, tt.out)
			}
		})
	}
}

func TestLeadInLines(t *testing.T) {
	body := "<p>The council voted on Thursday to close the old bridge to cars from the spring.</p>"
	tests := []struct {
		name, page string
		want       []string
	}{
		{"lead-in goes with its links",
			body + `<p><strong>Read these too:</strong></p><ul><li><a href="/a">Mayor opens library</a></li><li><a href="/b">New bus lines</a></li></ul>`,
			[]string{"The council voted on Thursday to close the old bridge to cars from the spring."}},
		{"lead-in over prose kept",
			body + `<p>The plan has three parts:</p><ul><li>a new bridge for buses</li><li>wider pavements</li></ul>`,
			[]string{"The council voted on Thursday to close the old bridge to cars from the spring.", "The plan has three parts:", "a new bridge for buses", "wider pavements"}},
		{"lead-in over cited sources kept",
			body + `<p>Sources:</p><p><a href="https://stats.example.org/report">Annual traffic report of the region</a></p>`,
			[]string{"The council voted on Thursday to close the old bridge to cars from the spring.", "Sources:", "Annual traffic report of the region"}},
		{"long line with a colon kept",
			body + `<p>This is what the mayor told the council on Thursday evening about the plan for the bridge:</p><p><a href="/video">Video</a></p>`,
			[]string{"The council voted on Thursday to close the old bridge to cars from the spring.", "This is what the mayor told the council on Thursday evening about the plan for the bridge:"}},
		{"line without a colon kept",
			body + `<p>More from the city</p><p><a href="/a">Mayor opens library</a></p>`,
			[]string{"The council voted on Thursday to close the old bridge to cars from the spring.", "More from the city"}},
		{"only the first link paragraph takes it",
			`<p>See also:</p><p><a href="/a">Mayor opens library</a></p>` + body + `<p><a href="/b">New bus lines</a></p>`,
			[]string{"The council voted on Thursday to close the old bridge to cars from the spring."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWalk(t, tt.page, tt.want) })
	}
}

func TestBoilerClass(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"author-box", true},
		{"author-box--content", true},
		{"authorbio", true},
		{"about-author", true},
		{"entry-meta", true},
		{"post-meta small", true},
		{"postmetadata alt", true},
		{"socials datetime", true},
		{"disclosure-text", true},
		{"entry-content", false},
		{"post-metrics", false},
		{"authority", false},
		{"social-sciences-article", true}, // "social" was matched before
		{"closure", false},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<div class="` + tt.class + `">A short line of text.</div>`))
			if err != nil {
				t.Fatal(err)
			}
			var div *html.Node
			walkElements(doc, func(n *html.Node, _ bool) {
				if div == nil && n.Data == "div" {
					div = n
				}
			})
			if got := isBoilerplate(div); got != tt.want {
				t.Errorf("isBoilerplate(class=%q) = %v, want %v", tt.class, got, tt.want)
			}
		})
	}
}

func TestFollowLines(t *testing.T) {
	body := "<p>The council voted on Thursday to close the old bridge to cars from the spring.</p>"
	first := "The council voted on Thursday to close the old bridge to cars from the spring."
	tests := []struct {
		name, page string
		want       []string
	}{
		{"follow us line dropped",
			body + `<p>Follow us on <a href="https://www.facebook.com/citypost">Facebook</a>, <a href="https://twitter.com/CityPost/">Twitter</a> and <a href="https://t.me/citypost">Telegram</a> to get all our news as it happens in the city.</p>`,
			[]string{first}},
		{"one network kept",
			body + `<p>The mayor announced it on <a href="https://www.facebook.com/mayor">Facebook</a> late on Thursday evening, after the vote.</p>`,
			[]string{first, "The mayor announced it on Facebook late on Thursday evening, after the vote."}},
		{"mentions kept",
			body + `<p><a href="https://twitter.com/jane">@jane</a> and <a href="https://twitter.com/john">@john</a> said the bridge should stay open for bicycles.</p>`,
			[]string{first, "@jane and @john said the bridge should stay open for bicycles."}},
		{"posts kept",
			body + `<p>She posted <a href="https://twitter.com/jane/status/1">a photo</a> and <a href="https://www.youtube.com/watch?v=x">a video</a> of the closed bridge and the long queue of cars.</p>`,
			[]string{first, "She posted a photo and a video of the closed bridge and the long queue of cars."}},
		{"long paragraph kept",
			body + `<p>Follow us on <a href="https://www.facebook.com/citypost">Facebook</a> and <a href="https://twitter.com/CityPost">Twitter</a>` + strings.Repeat(" and read on", 10) + `.</p>`,
			[]string{first, "Follow us on Facebook and Twitter" + strings.Repeat(" and read on", 10) + "."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWalk(t, tt.page, tt.want) })
	}
}

// checkWalk checks the paragraphs walkParagraphs finds in page, on the
// site citypost.example.
func checkWalk(t *testing.T, page string, want []string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<div>" + page + "</div>"))
	if err != nil {
		t.Fatal(err)
	}
	if got := walkParagraphs(doc, []string{"citypost.example"}); !reflect.DeepEqual(got, want) {
		t.Errorf("walkParagraphs = %q, want %q", got, want)
	}
}
