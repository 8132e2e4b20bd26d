package ask

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Errors of Lint. Each returned error wraps one of them.
var (
	// ErrNotQuestion: the text is empty or does not end with '?'.
	ErrNotQuestion = errors.New("not a question")
	// ErrLoaded: the question is loaded, leading or speculative.
	ErrLoaded = errors.New("loaded question")
)

// loadedRule is a pattern of loaded framing and why it is rejected.
type loadedRule struct {
	re     *regexp.Regexp
	reason string
}

var loadedRules = []loadedRule{
	{regexp.MustCompile(`\b(secret|secretly|conspiracy|conspiracies|cover[- ]?up|cover for|set-?up|hiding|hidden agenda|really behind|false flag|puppet|hoax|rigged|staged|so-called|get away with)\b`), "loaded word"},
	{regexp.MustCompile(`\breally\b`), "insinuating 'really'"},
	{regexp.MustCompile(`\bto distract\b|\bdistraction\b`), "presumes a hidden motive"},
	{regexp.MustCompile(`^could\b.*\bbe\b`), "speculative 'Could ... be'"},
	{regexp.MustCompile(`^(what if|if|suppose|imagine)\b`), "speculative condition"},
	{regexp.MustCompile(`\bfinally\b`), "presumes a long-awaited outcome"},
	{regexp.MustCompile(`^(will|won't|shall)\b|^(is|are)\b.*\bgoing to\b|^(can|could)\b.*\b(win|lose|survive|beat)\b`), "yes/no bet on the future"},
	{regexp.MustCompile(`^(isn't|aren't|wasn't|weren't|don't|doesn't|didn't|wouldn't|shouldn't|couldn't|won't)\b`), "leading negative question"},
	{regexp.MustCompile(`^(why|when|how long)\b.*\b(lie|lied|lies|lying|cheat|cheated|cheating|steal|stole|stealing|betray|betrayed|deceive|deceived|mislead|misled|bribe|bribed|corrupt|fraud|hide|hid|hiding)\b`), "presumes wrongdoing"},
}

// Lint returns nil if question is fit to show a reader. It returns an error
// wrapping ErrNotQuestion if question is empty or does not end with '?',
// and one wrapping ErrLoaded, with the reason, if it uses loaded words
// ("secret", "cover-up", "really behind"), insinuates a hidden motive ("to
// distract"), speculates ("Could ... be ...?", "What if"), bets on the
// future ("Will X win?"), leads ("Isn't it ...?") or presumes wrongdoing
// ("Why did X lie?").
func Lint(question string) error {
	q := strings.TrimSpace(question)
	if q == "" || !strings.HasSuffix(q, "?") {
		return fmt.Errorf("%w: %q", ErrNotQuestion, question)
	}
	lower := strings.ToLower(strings.ReplaceAll(q, "’", "'"))
	for _, r := range loadedRules {
		if r.re.MatchString(lower) {
			return fmt.Errorf("%w: %s", ErrLoaded, r.reason)
		}
	}
	return nil
}
