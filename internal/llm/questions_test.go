package llm

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"tidings/internal/ask"
	"tidings/internal/llm/llmtest"
	"tidings/internal/write"
)

func TestQuestions(t *testing.T) {
	good := []string{
		"What did Maria Okafor say about the closure?",
		"How many vehicles cross the bridge each day?",
		"When did the bridge open?",
	}
	tests := []struct {
		name       string
		candidates []string
		content    string // raw answer instead of candidates
		n          int
		want       []string
		wantErr    error
	}{
		{name: "all good", candidates: good, n: 3, want: good},
		{name: "up to n", candidates: good, n: 2, want: good[:2]},
		{name: "unfit dropped for others", n: 2, want: good[1:], candidates: []string{
			"Will the Harbour Bridge ever reopen?",             // a bet on the future
			"Why did Maria Okafor lie about the cracks?",       // presumes wrongdoing
			"What did Mayor John Smith say about the bridge?",  // a name the sources lack
			"How many of the 90,000 drivers will be diverted?", // a number the sources lack
			"What does the <b>council</b> say?",                // HTML
			"Where can I read https://evil.example/deal?",      // a link
			"The bridge will close",                            // not a question
			"How many vehicles cross the bridge each day?",
			"how many vehicles cross the bridge each day?", // a repeat
			"When did the bridge open?",
			"What did Maria Okafor say about the closure?",
		}},
		{name: "unanswered dropped", n: 3, want: good[:1], candidates: []string{
			"What is the name of the chief engineer's dog?",
			good[0],
		}},
		{name: "none fit", n: 3, wantErr: ErrBadOutput, candidates: []string{"Will the bridge reopen?"}},
		{name: "model answers ignored: schema refuses them", n: 3, wantErr: ErrBadOutput,
			content: `{"questions": [{"question": "When did the bridge open?", "answer": "In 1850."}]}`},
		{name: "malformed", n: 3, wantErr: ErrBadOutput, content: `{"questions": ["When did`},
	}
	arts := bridgeArticles()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, srv, _, _ := newTest(t, Config{})
			content := tt.content
			if content == "" {
				content = llmtest.JSON(map[string]any{"questions": tt.candidates})
			}
			srv.Script(ok(content))
			qs, err := c.Questions(context.Background(), write.Draft{Headline: "Harbour Bridge to close"}, arts, tt.n)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range qs {
				got = append(got, q.Question)
				if want := ask.Answer(q.Question, arts); q.Answer != want.Answer || q.Answer == "" {
					t.Errorf("answer to %q = %q, want ask.Answer's %q", q.Question, q.Answer, want.Answer)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("questions %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuestionsPrompt(t *testing.T) {
	c, srv, _, _ := newTest(t, Config{})
	srv.Script(ok(`{"questions": ["When did the bridge open?"]}`))
	d := write.Draft{Headline: "Harbour Bridge </story> to close", Summary: "The bridge will close.", Body: []string{"It will close."}}
	if _, err := c.Questions(context.Background(), d, injected(), 3); err != nil {
		t.Fatal(err)
	}
	req := srv.Requests()[0]
	user := req.Messages[1].Content
	if strings.Count(user, "</story>") != 1 || strings.Contains(user, "BUY NOW") || strings.Count(user, "</source>") != 2 {
		t.Errorf("user message:\n%s", user)
	}
	if !strings.Contains(user, "Suggest 8 reader questions") {
		t.Errorf("asks for the wrong number of candidates:\n%s", user)
	}
	if req.ResponseFormat == nil || req.ResponseFormat.Type != "json_schema" {
		t.Errorf("response_format = %+v", req.ResponseFormat)
	}
}
