package evaluate

import (
	"fmt"
	"io"
	"strings"
	"time"
)

func (r *result) print(w io.Writer) {
	fmt.Fprintf(w, "%s: %d stories (%s)\n", r.set.name, len(r.set.items), r.set.about)
	if !r.set.cased {
		fmt.Fprintf(w, "  lower-cased text: no capitals to find names by; ask finds the salient terms instead\n")
	}
	if r.noDraft > 0 {
		fmt.Fprintf(w, "  %d stories without a draft (write.ErrNoText), left out\n", r.noDraft)
	}
	fmt.Fprintf(w, "  questions                      %d, %.2f per story; stories with 0/1/2/3: %d/%d/%d/%d\n",
		r.questions, ratio(r.questions, r.stories), r.byCount[0], r.byCount[1], r.byCount[2], r.byCount[3])
	fmt.Fprintf(w, "  answered from the sources      %s%s\n", share(r.answered, r.questions), r.verdict(ratio(r.answered, r.questions) >= answeredTarget, ">= 90%"))
	fmt.Fprintf(w, "    of those, on topic           %s\n", share(r.onTopic, r.answered))
	if r.unverbatim > 0 {
		fmt.Fprintf(w, "  answers with a citation not verbatim in the sources: %d\n", r.unverbatim)
	}
	fmt.Fprintf(w, "  lint failures                  %d%s\n", r.lintFails, r.verdict(r.lintFails == 0, "0"))
	fmt.Fprintf(w, "  near-duplicate pairs           %d in %d stories%s\n", r.dupPairs, r.dupStories, r.verdict(r.dupPairs == 0, "0"))
	fmt.Fprintf(w, "  stories of 3+ sentences with %d questions  %s%s\n", questionsWant, share(r.longFull, r.long), r.verdict(r.longFull == r.long, "all"))
	if short := r.stories - r.long; short > 0 {
		fmt.Fprintf(w, "  stories of 1-2 sentences       %d, %.2f questions each\n", short, ratio(r.shortQs, short))
	}
	fmt.Fprintf(w, "  time per story                 ask %s mean, %s max; write %s mean\n",
		mean(r.askTime, r.stories), r.askMax.Round(time.Microsecond), mean(r.writeTime, r.stories+r.noDraft))
	for _, ex := range r.examples {
		fmt.Fprintf(w, "  example %s: %q\n", ex.story, ex.headline)
		for _, q := range ex.questions {
			a := q.Answer
			if a == "" {
				a = "The sources don't say yet."
			}
			fmt.Fprintf(w, "    Q: %s\n       A: %s\n", q.Question, clip(a, 40))
		}
	}
}

// verdict marks a figure against its target.
func (r *result) verdict(ok bool, target string) string {
	if ok {
		return "   target " + target + ": met"
	}
	return "   target " + target + ": NOT met"
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func share(n, d int) string { return fmt.Sprintf("%5.1f%% (%d/%d)", 100*ratio(n, d), n, d) }

func mean(d time.Duration, n int) time.Duration {
	if n == 0 {
		return 0
	}
	return (d / time.Duration(n)).Round(time.Microsecond)
}

// clip cuts s to n words.
func clip(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) <= n {
		return s
	}
	return strings.Join(ws[:n], " ") + " …"
}
