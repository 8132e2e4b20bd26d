package ask

import (
	"path/filepath"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/write"
)

func TestAnswer(t *testing.T) {
	arts := loadStory(t, filepath.Join(storyDir, "rail-talks.json"))
	tests := []struct {
		name     string
		question string
		want     string // a phrase the answer must hold; "" for no answer
	}{
		{"who", "Who is Owen Pryce?", "general secretary"},
		{"when next", "When will both sides meet again?", "Thursday"},
		{"why", "Why did the union reject the pay offer?", "fell short of inflation"},
		{"trains", "How many trains will run during the strike?", "one in five"},
		{"cost", "What could the strike cost the economy?", "£120 million"},
		{"unrelated", "What is the capital of Peru?", ""},
		{"nothing", "?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Answer(tt.question, arts)
			if got.Question != tt.question {
				t.Errorf("Question = %q", got.Question)
			}
			if tt.want == "" {
				if got.Answer != "" || got.Citations != nil {
					t.Errorf("Answer(%q) = %q, want none", tt.question, got.Answer)
				}
				return
			}
			if !strings.Contains(got.Answer, tt.want) {
				t.Errorf("Answer(%q) = %q, want it to hold %q", tt.question, got.Answer, tt.want)
			}
			checkQuestions(t, []news.Question{got}, arts)
		})
	}
}

func TestAnswerTrimsToSixtyWords(t *testing.T) {
	long := strings.Repeat("The council approved the harbour budget again ", 12) + "today."
	got := Answer("What did the council approve for the harbour?", []news.Article{{ID: 1, Text: long}})
	if n := len(strings.Fields(got.Answer)); n > maxAnswerWord || !strings.HasSuffix(got.Answer, "…") {
		t.Errorf("answer has %d words: %q", n, got.Answer)
	}
	if len(got.Citations) != 1 || got.Citations[0].Quote != strings.TrimSpace(long) {
		t.Errorf("citation is not the whole sentence: %+v", got.Citations)
	}
}

func TestQuestionsContract(t *testing.T) {
	for _, path := range storyPaths(t) {
		arts := loadStory(t, path)
		d, err := write.Write(arts)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 3, 6} {
			t.Run(filepath.Base(path), func(t *testing.T) {
				qs := Questions(d, arts, Options{N: n})
				want := n
				if n == 0 {
					want = 3
				}
				if len(qs) != want {
					t.Errorf("N=%d: got %d questions", n, len(qs))
				}
				checkQuestions(t, qs, arts)
				for _, q := range qs {
					if !namesSomething(q.Question) {
						t.Errorf("%q names nothing from the story", q.Question)
					}
				}
			})
		}
	}
}

// namesSomething reports whether q holds a capitalized word after its
// first, or a number: a name from the story.
func namesSomething(q string) bool {
	ws := strings.Fields(q)
	for _, w := range ws[1:] {
		if w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

func TestQuestionsFillWithUnanswered(t *testing.T) {
	arts := loadStory(t, filepath.Join(storyDir, "cup-final.json"))
	d, err := write.Write(arts)
	if err != nil {
		t.Fatal(err)
	}
	qs := Questions(d, arts, Options{N: 20})
	checkQuestions(t, qs, arts)
	unanswered := 0
	for i, q := range qs {
		if q.Answer == "" {
			unanswered++
		} else if unanswered > 0 {
			t.Errorf("answered question %d %q after an unanswered one", i, q.Question)
		}
	}
	if unanswered == 0 {
		t.Errorf("no unanswered question among %d; want the fill to reach them", len(qs))
	}
}

func TestQuestionsWithoutNames(t *testing.T) {
	arts := []news.Article{{ID: 1, Text: "it rained all day and the roads were closed for hours in the evening."}}
	if qs := Questions(write.Draft{}, arts, Options{}); len(qs) != 0 {
		t.Errorf("got %+v, want no questions for a story that names nothing", qs)
	}
}
