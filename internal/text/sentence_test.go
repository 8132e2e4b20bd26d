package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "  \n ", nil},
		{"plain", "One two. Three four! Five six?", []string{"One two.", "Three four!", "Five six?"}},
		{"title", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"initials", "J. K. Rowling wrote it. George W. Bush read it.", []string{"J. K. Rowling wrote it.", "George W. Bush read it."}},
		{"us mid", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"us end", "He flew to the U.S. The trip was long.", []string{"He flew to the U.S.", "The trip was long."}},
		{"month", "It opened on Jan. 5 in Paris. Crowds came.", []string{"It opened on Jan. 5 in Paris.", "Crowds came."}},
		{"number", "He lives at No. 10 Downing St. in London. Yes.", []string{"He lives at No. 10 Downing St. in London.", "Yes."}},
		{"street end", "They met on Main St. The mayor came.", []string{"They met on Main St.", "The mayor came."}},
		{"decimal", "Growth was 3.5 percent. Prices rose 0.2%.", []string{"Growth was 3.5 percent.", "Prices rose 0.2%."}},
		{"quote end", `He said, "We will win." Then he left.`, []string{`He said, "We will win."`, "Then he left."}},
		{"quote continues", `"Will we win?" he asked. Nobody knew.`, []string{`"Will we win?" he asked.`, "Nobody knew."}},
		{"curly quotes", "“It is over.” The crowd cheered.", []string{"“It is over.”", "The crowd cheered."}},
		{"pm", "It starts at 3 p.m. on Friday. Come early.", []string{"It starts at 3 p.m. on Friday.", "Come early."}},
		{"paragraphs", "No stop here\n\nNext paragraph. Yes", []string{"No stop here", "Next paragraph.", "Yes"}},
		{"single newline", "Line one\ncontinues. Done.", []string{"Line one\ncontinues.", "Done."}},
		{"ellipsis", "Wait... Then go. Hmm… Fine.", []string{"Wait...", "Then go.", "Hmm…", "Fine."}},
		{"inc end", "He joined Acme Inc. The firm grew.", []string{"He joined Acme Inc.", "The firm grew."}},
		{"inc mid", "Acme Inc. Chief Executive Jane Doe spoke.", []string{"Acme Inc. Chief Executive Jane Doe spoke."}},
		{"lower after", "It rose 5 pct. in May. Then fell.", []string{"It rose 5 pct. in May.", "Then fell."}},
		{"bracket", "It ended (finally.) Next one.", []string{"It ended (finally.)", "Next one."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSentenceSpans(f *testing.F) {
	for _, s := range []string{"Mr. Smith went. He said \"no.\" Then", "U.S. a.m. 3.5 ...\n\n!?", "“Hi.” ‘x’ …", "\xff. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := SentenceSpans(s)
		covered := make([]bool, len(s))
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			sent := s[sp.Start:sp.End]
			if strings.TrimSpace(sent) != sent {
				t.Fatalf("untrimmed sentence %q", sent)
			}
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
			prev = sp.End
		}
		for i, r := range s {
			if !covered[i] && !unicode.IsSpace(r) {
				t.Fatalf("byte %d (%q) of %q in no sentence", i, r, s)
			}
		}
	})
}
