package ask

import (
	"errors"
	"testing"
)

// The reference page's questions, copied from shared/reference/seed-page.txt:
// the framing Tidings must never show.
var referenceQuestions = []string{
	"If the talks in Istanbul go well, will there be a joint press conference with Zelensky and Putin sharing jokes and laughing together?",
	"Could the 30-day ceasefire be a cover for covert operations by either side during the talks?",
	"Is the meeting in Istanbul a setup to distract from secret negotiations happening elsewhere?",
}

func TestLintRejectsReferenceQuestions(t *testing.T) {
	for _, q := range referenceQuestions {
		if err := Lint(q); !errors.Is(err, ErrLoaded) {
			t.Errorf("Lint(%q) = %v, want ErrLoaded", q, err)
		}
	}
}

func TestLint(t *testing.T) {
	tests := []struct {
		name string
		q    string
		want error
	}{
		{"say", "What did Owen Pryce say about the strike?", nil},
		{"why with reason", "Why has Corvant raised its full-year revenue forecast?", nil},
		{"next", "What happens next for Harbour City?", nil},
		{"define", "What is the National Rail Workers Union?", nil},
		{"how many", "How many jobs will Corvant cut?", nil},
		{"when", "When will the two sides meet again?", nil},
		{"where", "Where will the talks take place?", nil},
		{"set up verb is fine", "Who set up the fund?", nil},
		{"covered is fine", "Which regions are covered by the strike?", nil},
		{"empty", "", ErrNotQuestion},
		{"statement", "Helen Marsh met union leaders.", ErrNotQuestion},
		{"cover for", "Is the strike a cover for a political campaign?", ErrLoaded},
		{"secretly", "Did the minister secretly agree to the deal?", ErrLoaded},
		{"secret", "What secret deal was made?", ErrLoaded},
		{"setup", "Was the vote a setup?", ErrLoaded},
		{"set-up", "Was the vote a set-up?", ErrLoaded},
		{"really behind", "Who is really behind the strike?", ErrLoaded},
		{"conspiracy", "Is there a conspiracy against the union?", ErrLoaded},
		{"hiding", "What is Corvant hiding?", ErrLoaded},
		{"cover-up", "Was there a cover-up at the ministry?", ErrLoaded},
		{"could be", "Could the pay offer be a trick?", ErrLoaded},
		{"distract", "Is the summit a stunt to distract voters?", ErrLoaded},
		{"will finally", "Will the government finally act?", ErrLoaded},
		{"what if", "What if the talks collapse?", ErrLoaded},
		{"presumed lie", "Why did Helen Marsh lie about the offer?", ErrLoaded},
		{"presumed misled", "Why has the company misled investors?", ErrLoaded},
		{"future bait", "Will Harbour City win the league?", ErrLoaded},
		{"going to", "Is Corvant going to collapse?", ErrLoaded},
		{"leading negative", "Isn't the offer unfair?", ErrLoaded},
		{"curly negative", "Isn’t the offer unfair?", ErrLoaded},
		{"get away", "How did the club get away with it?", ErrLoaded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Lint(tt.q)
			if (tt.want == nil) != (err == nil) || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("Lint(%q) = %v, want %v", tt.q, err, tt.want)
			}
		})
	}
}
