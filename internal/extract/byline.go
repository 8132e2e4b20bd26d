package extract

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	rxBylinePrefix = regexp.MustCompile(`(?i)^(written |words |story |text |reporting )?(by|von|par|por|door|di|av)[\s:]+`)
	rxBylineSplit  = regexp.MustCompile(`(?i)\s*(?:,|;|\||·|•|/|\s+(?:and|und|et|y|e)\s+|\s+&\s+|\s+[-–—]\s+)\s*`)
	// rxNotAName matches parts of a byline that are roles, dates or prompts.
	rxNotAName = regexp.MustCompile(`(?i)\b(reporter|correspondent|editor|writer|staff|contributor|columnist|journalist|producer|photographer|updated|published|posted|follow|email|twitter|news desk|newsroom|wire|agency|associated press|reuters|afp|agence france|bloomberg|press association|dpa|ansa|efe)\b|\d|@|https?:`)
)

// cleanByline reduces a byline to author names separated by ", ": it drops
// "By ", roles, dates, agencies, the site's name and anything that is not
// a name.
func cleanByline(s, site string) string {
	s = strings.Join(strings.Fields(s), " ")
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	var names []string
	seen := map[string]bool{}
	for _, part := range rxBylineSplit.Split(rxBylinePrefix.ReplaceAllString(s, ""), -1) {
		part = strings.Trim(rxBylinePrefix.ReplaceAllString(part, ""), " .:()[]")
		if !isName(part, site) || seen[strings.ToLower(part)] {
			continue
		}
		seen[strings.ToLower(part)] = true
		names = append(names, part)
	}
	return strings.Join(names, ", ")
}

// isName reports whether part of a byline can be a person's name.
func isName(part, site string) bool {
	words := len(strings.Fields(part))
	if words == 0 || words > 5 || rxNotAName.MatchString(part) || sameName(part, site) {
		return false
	}
	return hasUpperOrUncased(part)
}

// hasUpperOrUncased reports whether s has an upper-case letter or letters
// of a script without case: "opinion" is no name, "Jane Doe" and "王小明" may be.
func hasUpperOrUncased(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) {
			return true
		}
	}
	return false
}
