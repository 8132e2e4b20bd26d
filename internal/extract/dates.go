package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// layouts are the date forms tried before the general parser.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate parses a date as pages write it and returns it in UTC. A date
// without a zone is taken as UTC. Dates before 1900 or after 2100 are
// refused as mistakes.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	t, ok := parseLayouts(s)
	if !ok {
		var err error
		t, err = dateparse.ParseIn(s, time.UTC)
		ok = err == nil
	}
	if !ok || t.Year() < 1900 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t.UTC(), true
}

func parseLayouts(s string) (time.Time, bool) {
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// rxPathDate finds a date in a URL path: /2024/05/13/, /2024-05-13-, /20240513/.
var rxPathDate = regexp.MustCompile(`(?:^|/)((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2]|[1-9])([/-]?)(0[1-9]|[12]\d|3[01]|[1-9])(?:[/_.-]|$)`)

// dateFromPath returns the first valid date in a URL path, or the zero time.
func dateFromPath(path string) time.Time {
	for _, m := range rxPathDate.FindAllStringSubmatch(path, 4) {
		if m[2] != m[4] || m[2] == "" && (len(m[3]) != 2 || len(m[5]) != 2) {
			continue // separators must agree; undivided dates need two digits each
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[3])
		d, _ := strconv.Atoi(m[5])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			return t
		}
	}
	return time.Time{}
}
