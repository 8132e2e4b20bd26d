package dateline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wire is a wire dateline as written at the start of a text:
//
//	PLACE[/PLACE] [, QUALIFIER]... [, DATE] [(AGENCY)] SEPARATOR
//
// "LONDON, Nov 3 (Reuters) -", "KYIV, Ukraine —", "PARIS:". It is only
// syntax; Finder.fromWire decides whether the place is one.
type wire struct {
	start, end int      // span in the text, the separator and following spaces included
	places     []string // as written: "TOKYO", "SEOUL"
	quals      []string // qualifiers as written: "Ukraine", "Pa."
	agency     bool     // an "(AP)"-like group before the separator
	caps       bool     // every place in capitals
	colon      bool     // the separator is a colon
	rest       string   // the line after the separator
}

// maxHead is the longest a dateline may be, in bytes.
const maxHead = 100

// parseWire finds a wire dateline at the start of text. Up to two short
// leading lines ("Photo", "By Jane Doe") may stand before it.
func parseWire(text string) (wire, bool) {
	pos := 0
	for try := 0; try < 3; try++ {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t') {
			pos++
		}
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text) - pos
		}
		line := text[pos : pos+end]
		if w, ok := parseWireLine(line); ok {
			w.start += pos
			w.end += pos
			return w, true
		}
		if len(line) > 60 || len(strings.Fields(line)) > 6 || strings.ContainsAny(line, ".!?") {
			return wire{}, false
		}
		pos += end
	}
	return wire{}, false
}

// parseWireLine parses a dateline at the start of one line.
func parseWireLine(line string) (wire, bool) {
	i, after, colon, ok := findSeparator(line)
	if !ok {
		return wire{}, false
	}
	w := wire{end: after, colon: colon, rest: line[after:]}
	head := strings.TrimSpace(line[:i])
	if strings.HasSuffix(head, ")") {
		j := strings.LastIndexByte(head, '(')
		if j < 0 || !agencyName(head[j+1:len(head)-1]) {
			return wire{}, false
		}
		head, w.agency = strings.TrimSpace(head[:j]), true
	}
	parts := strings.Split(head, ",")
	if n := len(parts); n > 1 && strings.TrimSpace(parts[n-1]) == "" {
		parts = parts[:n-1] // "WASHINGTON, June 19, -"
	}
	if n := len(parts); n > 1 && agencySignOff[strings.ToLower(strings.TrimSpace(parts[n-1]))] {
		parts, w.agency = parts[:n-1], true // "WASHINGTON, March 25, Reuter -"
	}
	if len(parts) > 4 {
		return wire{}, false
	}
	dated := false
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		switch {
		case datePart.MatchString(p):
			dated = dated || (!weekday.MatchString(p) && !isDigitByte(p[0])) // a month, not "Monday" or "2024"
		case qualifierText(p):
			w.quals = append(w.quals, p)
		default:
			return wire{}, false
		}
	}
	w.caps = true
	for _, p := range strings.Split(parts[0], "/") {
		p = strings.TrimSpace(p)
		caps, ok := placeText(p, dated)
		if !ok {
			return wire{}, false
		}
		w.caps = w.caps && caps
		w.places = append(w.places, p)
	}
	if colon && !w.caps && !w.agency {
		return wire{}, false // "Paris: a city transformed" is a title
	}
	return w, true
}

// findSeparator finds the dash or colon that ends a dateline and returns its
// offset, the offset of the story after it, and whether it is a colon.
func findSeparator(line string) (at, after int, colon, ok bool) {
	limit := min(len(line), maxHead)
	for i := 1; i < limit; {
		r, size := utf8.DecodeRuneInString(line[i:])
		n := 0
		switch {
		case r == '—' || r == '–':
			n = size
		case strings.HasPrefix(line[i:], " -- "):
			n = 3
		case strings.HasPrefix(line[i:], " - "):
			n = 2
		case r == ':' && strings.HasPrefix(line[i+1:], " "):
			n, colon = 1, true
		case r == '-' && isDigitByte(line[i-1]) && strings.HasPrefix(line[i+1:], " "):
			n = 1 // "WASHINGTON, June 18- The"
		case r == '(' || r == ')' || r == ',' || r == '/' || r == '.' || r == '\'' || r == '’' || r == '-' ||
			r == ' ' || unicode.IsLetter(r) || unicode.IsDigit(r):
			i += size
			continue
		default:
			return 0, 0, false, false // quotes, semicolons...: not a dateline
		}
		after := i + n
		for after < len(line) && line[after] == ' ' {
			after++
		}
		if !hasLetter(line[after:]) {
			return 0, 0, false, false
		}
		return i, after, colon, true
	}
	return 0, 0, false, false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// datePart matches the date or day of a dateline: "Nov 3", "March 4",
// "Sept. 12", "Monday", "2024".
var datePart = regexp.MustCompile(`^(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s+\d{1,2})?|(mon|tues|wednes|thurs|fri|satur|sun)day|\d{4})$`)

// weekday matches a dateline's day name, which, unlike a month and day,
// does not make a lower-case place a dateline.
var weekday = regexp.MustCompile(`^(?i:(mon|tues|wednes|thurs|fri|satur|sun)day)$`)

// agencySignOff names the agency when it stands as a dateline's last part:
// "WASHINGTON, March 25, Reuter -".
var agencySignOff = set("reuter", "reuters")

// placeText reports whether s can be the place of a dateline: one to five
// words of letters, in capitals ("NEW YORK", reported as caps) or capitalized
// ("Mexico City"), or in any case when the dateline has a month and day
// ("omaha, april 7 -").
func placeText(s string, dated bool) (caps, ok bool) {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 40 {
		return false, false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" .'’-", r) {
			return false, false
		}
	}
	if allCaps(s) && utf8.RuneCountInString(s) >= 2 {
		return true, true
	}
	return false, dated || capitalized(tokenize(s))
}

// qualifierText reports whether s can be a dateline's qualifier: one to
// four capitalized words ("Ukraine", "West Bank", "Pa.", "D.C.").
func qualifierText(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" .'’-", r) {
			return false
		}
	}
	return capitalized(tokenize(s))
}

// agencyName reports whether s can be a news agency in parentheses:
// "Reuters", "AP", "AFP", "Thomson Reuters Foundation".
func agencyName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" .&'-", r) {
			return false
		}
	}
	return true
}

// titleCase turns "OFER PRISON" into "Ofer Prison".
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '/'
	}
	return b.String()
}
