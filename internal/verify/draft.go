package verify

import (
	"fmt"
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
	"tidings/internal/write"
)

// Report is the gate's verdict on a draft.
type Report struct {
	Checked  int       `json:"checked"`  // sentences checked
	Failures []Failure `json:"failures"` // the sentences that are not supported, in draft order
}

// OK reports whether every sentence is supported: the draft may be published.
func (r Report) OK() bool { return len(r.Failures) == 0 }

// Failure is a written sentence that is not supported, and why.
type Failure struct {
	Part     string    `json:"part"` // "headline", "summary" or "body/N" (paragraph N, from 1)
	Sentence string    `json:"sentence"`
	Problems []Problem `json:"problems"`
}

func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d sentences checked, %d not supported", r.Checked, len(r.Failures))
	for _, f := range r.Failures {
		fmt.Fprintf(&b, "\n%s: %q", f.Part, f.Sentence)
		for _, p := range f.Problems {
			fmt.Fprintf(&b, "\n  - %s", p)
		}
	}
	return b.String()
}

// CheckDraft checks every sentence of d — the headline, the summary's and
// each body paragraph's — against the sources it was written from.
func CheckDraft(d write.Draft, sources []news.Article) Report {
	return NewSources(sources).CheckDraft(d)
}

// CheckDraft checks every sentence of d against s; see the package CheckDraft.
func (s *Sources) CheckDraft(d write.Draft) Report {
	var r Report
	check := func(part, sentence string) {
		r.Checked++
		if ps := s.Check(sentence); len(ps) > 0 {
			r.Failures = append(r.Failures, Failure{Part: part, Sentence: sentence, Problems: ps})
		}
	}
	if strings.TrimSpace(d.Headline) != "" {
		check("headline", d.Headline)
	}
	for _, sent := range text.Sentences(d.Summary) {
		check("summary", sent)
	}
	for i, p := range d.Body {
		for _, sent := range text.Sentences(p) {
			check(fmt.Sprintf("body/%d", i+1), sent)
		}
	}
	return r
}
