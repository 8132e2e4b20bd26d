package text

import (
	"regexp"
	"strings"
)

// Boilerplate reports whether sentence is page furniture rather than
// reporting: a byline, a photo or video caption, a promotion ("Click here",
// "Sign up", "Advertisement"), a wire tag such as "(Reuters)", a credit line,
// or a lead-in that ends with ':'.
func Boilerplate(sentence string) bool {
	s := strings.TrimSpace(sentence)
	if s == "" || strings.HasSuffix(s, ":") {
		return true
	}
	return bylineRE.MatchString(s) || furnitureRE.MatchString(s)
}

var (
	bylineRE = regexp.MustCompile(`^(?i:by|words by|reporting by)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*(,|and|in|\||$)|\s*$)`)

	furnitureRE = regexp.MustCompile(`(?i)^(photo|image|picture|video|watch|listen|credit|caption|file photo|related|read more|see also|advertisement|sponsored|update)\s*[:|]` +
		`|(?i)\b(click here|sign up|subscribe (now|today|to)|newsletter|advertisement|all rights reserved|digital access|subscription service|deliverable area|click to read|getty images|ap photo|afp via getty|follow us|share this|download (our|the) app|cookies? policy|contributed to this report|editing by|reporting by|writing by|additional reporting)\b` +
		`|\((reuters|ap|afp|upi|bloomberg|cnn|pa)\)` +
		`|(?i)^(copyright|\(c\)|©)\s` +
		`|@\w`)
)
