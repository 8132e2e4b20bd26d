package ask

import (
	"reflect"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/write"
)

// harbourStory is a lower-cased, PTB-tokenized story, as some corpora and
// feeds give text: no capitals to find names by.
var harbourStory = []news.Article{{ID: 7, Text: strings.Join([]string{
	"the harbour city council has approved a new flood barrier after storms damaged the old sea wall twice this winter .",
	"helen marsh , who chairs the council 's works committee , said the flood barrier would protect 4,000 homes .",
	"`` we can not wait for another storm , '' marsh said .",
	"the flood barrier will cost £ 40 million and work is expected to start next spring .",
	"residents near the sea wall say the council acted too slowly .",
	"marsh told reporters the council will publish the flood barrier plans next week .",
	"the sea wall was built in 1952 and has been repaired 11 times .",
}, "\n\n")}}

func TestQuestionsCaseless(t *testing.T) {
	d, err := write.Write(harbourStory)
	if err != nil {
		t.Fatal(err)
	}
	qs := Questions(d, harbourStory, Options{})
	if len(qs) != 3 {
		t.Fatalf("got %d questions, want 3: %+v", len(qs), qs)
	}
	checkQuestions(t, qs, harbourStory)
	text := strings.ToLower(harbourStory[0].Text)
	for _, q := range qs {
		if q.Answer == "" {
			t.Errorf("%q: no answer", q.Question)
		}
		if !namesTerm(q.Question, text) {
			t.Errorf("%q names nothing from the story", q.Question)
		}
	}
	for _, q := range qs {
		t.Logf("%s\n\t%s", q.Question, q.Answer)
	}
	if !strings.Contains(qs[0].Question+qs[1].Question+qs[2].Question, "Helen Marsh") {
		t.Errorf("no question names the speaker in title case: %+v", qs)
	}
}

// namesTerm reports whether q holds a word of three letters or more that
// is not a template's and that text uses.
func namesTerm(q, text string) bool {
	template := map[string]bool{"what": true, "is": true, "known": true, "about": true, "did": true, "say": true,
		"the": true, "happens": true, "next": true, "for": true, "who": true, "how": true, "many": true, "does": true,
		"have": true, "do": true, "sources": true}
	ws := strings.Fields(strings.ToLower(strings.TrimSuffix(q, "?")))
	for _, w := range ws {
		if !template[w] && len(w) >= 3 && indexWord(text, w, 0) >= 0 {
			return true
		}
	}
	return false
}

func TestSalientTerms(t *testing.T) {
	c := newCorpus(harbourStory)
	if !caseless(c) {
		t.Fatal("caseless = false for a lower-cased story")
	}
	ents := salientTerms(c, "", "")
	got := map[string]*entity{}
	for _, e := range ents {
		got[e.name] = e
	}
	if e := got["Helen Marsh"]; e == nil || e.kind != person || !e.forms["marsh"] {
		t.Errorf("no person Helen Marsh with the form marsh among %v", names(ents))
	}
	for _, want := range []string{"flood barrier", "sea wall"} {
		if e := got[want]; e == nil || e.titled {
			t.Errorf("no term %q written as in the text among %v", want, names(ents))
		}
	}
	if got["council"] != nil && got["council"].titled {
		t.Error(`"the council" taken for a name`)
	}
}

func names(ents []*entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.name)
	}
	return out
}

func TestCaselessOnCasedText(t *testing.T) {
	for _, path := range storyPaths(t) {
		if caseless(newCorpus(loadStory(t, path))) {
			t.Errorf("%s: caseless = true", path)
		}
	}
}

func TestToks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // words, "|" before a break, "'s" after a possessive
	}{
		{"ptb possessive", "koirala 's group said", []string{"|koirala's", "|group", "said"}},
		{"attached possessive", "koirala's group said", []string{"|koirala's", "|group", "said"}},
		{"ptb negation", "they do n't know", []string{"|they", "do", "|know"}},
		{"comma", "marsh , who chairs", []string{"|marsh", "|who", "chairs"}},
		{"quote", "'' marsh said", []string{"|marsh", "said"}},
		{"name with apostrophe", "martin o'neill said", []string{"|martin", "o'neill", "said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, k := range toks(tt.in) {
				w := k.w
				if k.brk {
					w = "|" + w
				}
				if k.poss {
					w += "'s"
				}
				got = append(got, w)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("toks(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTitleCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"anuradha koirala", "Anuradha Koirala"},
		{"alaa abdel-fattah", "Alaa Abdel-Fattah"},
		{"cnn", "CNN"},
		{"bank of england", "Bank of England"},
		{"henry vii", "Henry VII"},
	}
	for _, tt := range tests {
		if got := titleCase(tt.in); got != tt.want {
			t.Errorf("titleCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIndexWord(t *testing.T) {
	tests := []struct {
		s, f string
		want int
	}{
		{"the nepalese army in nepal", "nepal", 21},
		{"nepal", "nepal", 0},
		{"unnepal", "nepal", -1},
		{"nepal's capital", "nepal", 0},
	}
	for _, tt := range tests {
		if got := indexWord(tt.s, tt.f, 0); got != tt.want {
			t.Errorf("indexWord(%q, %q) = %d, want %d", tt.s, tt.f, got, tt.want)
		}
	}
}
