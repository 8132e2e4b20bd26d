package extract

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	rxBylinePrefix = regexp.MustCompile(`(?i)^(written |words |story |text |reporting )?(by|von|par|por|door|di|av)[\s:]+`)
	rxBylineSplit  = regexp.MustCompile(`(?i)\s*(?:,|;|\||·|•|/|\n|\(|\)|\s+(?:and|und|et|y|e|with|avec|mit|con)\s+|\s+&\s+|\s+[-–—]\s+)\s*`)
	// rxBylineJoin matches a word that joins a name to the one before:
	// "(avec Damien Leloup" after the split at the bracket.
	rxBylineJoin = regexp.MustCompile(`(?i)^(and|und|et|y|e|with|avec|mit|con)\s+`)
	// rxBylineStop matches where the names of a byline end and a date, a
	// time or an editor's credit begins: "By Jane Doe March 25, 2015",
	// "Jane Doe Updated 3:45 PM", "Written by Ann Lee Edited by Bo Chan".
	rxBylineStop = regexp.MustCompile(`(?i)\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(updated|published|posted|edited|last updated|am|on)\b.*$`)
	// rxBylineURL matches a web address in a byline, with the brackets
	// around it: "Jane Doe (https://jane.example/)".
	rxBylineURL = regexp.MustCompile(`\(?\bhttps?://\S*`)
	// rxNotAName matches parts of a byline that are roles, dates or prompts.
	rxNotAName = regexp.MustCompile(`(?i)\b(reporter|correspondent|editor|edited|writer|staff|contributor|columnist|journalist|producer|photographer|photos?|illustrations?|updated|published|posted|follow|email|twitter|news desk|newsroom|wire|agency|associated press|reuters|afp|agence france|bloomberg|press association|dpa|ansa|efe)\b|\d|@|https?:`)
)

// cleanByline reduces a byline to author names separated by ", ": it drops
// "By ", roles, dates, agencies, web addresses, the site's name and
// anything that is not a name. Lines, brackets and "with" separate names:
// "By Jane Doe\nMarch 3, 2025" gives "Jane Doe", "Ann Lee (avec Bo Chan)"
// gives "Ann Lee, Bo Chan".
func cleanByline(s, site string) string {
	s = strings.TrimSpace(rxBylineURL.ReplaceAllString(s, ""))
	var names []string
	seen := map[string]bool{}
	for _, part := range rxBylineSplit.Split(rxBylinePrefix.ReplaceAllString(s, ""), -1) {
		part = strings.Join(strings.Fields(part), " ")
		if loc := rxBylineStop.FindStringIndex(part); loc != nil {
			part = part[:loc[0]]
		}
		part = rxBylineJoin.ReplaceAllString(rxBylinePrefix.ReplaceAllString(part, ""), "")
		part = strings.Trim(part, " .:()[]")
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
