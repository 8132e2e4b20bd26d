package extract

import (
	"strings"
	"unicode"
)

// pickTitle returns the page title without the site's name, cut further
// to a headline that the page states on its own: when the JSON-LD
// headline, og:title, twitter:title or an <h1> is the title up to one of
// its separators, the parts after it are labels ("Headline - Author -
// Site"). A candidate of one word is not trusted to be the headline.
func pickTitle(title string, cands []string, site, host string) string {
	title = cleanTitle(title, site, host)
	for _, c := range cands {
		c = cleanTitle(c, site, host)
		if len(strings.Fields(c)) < 2 || len(c) >= len(title) || !strings.HasPrefix(title, c) {
			continue
		}
		rest := title[len(c):]
		for _, sep := range titleSeparators {
			if strings.HasPrefix(rest, sep) {
				return c
			}
		}
	}
	return title
}

// titleSeparators split a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "}

// cleanTitle removes the site's name from the start or end of title: a part
// after (or before) a separator that names the site or host is dropped, and
// so is a short last part after " | ", which sites use for their name and
// section.
func cleanTitle(title, site, host string) string {
	title = strings.Join(strings.Fields(title), " ")
	for range 2 {
		head, tail, sep := cutLast(title)
		names := sameName(tail, site) || sameName(tail, host)
		label := isPipe(sep) && len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 2
		if sep == "" || !names && !label {
			break
		}
		title = head
	}
	if head, tail, sep := cutFirst(title); sep != "" && (sameName(head, site) || sameName(head, host)) {
		title = tail
	}
	return title
}

func isPipe(sep string) bool { return sep == " | " || sep == " :: " || sep == " · " || sep == " • " }

// cutLast splits s at its last separator.
func cutLast(s string) (head, tail, sep string) {
	best := -1
	for _, sp := range titleSeparators {
		if i := strings.LastIndex(s, sp); i > best {
			best, sep = i, sp
		}
	}
	if best < 0 {
		return s, "", ""
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+len(sep):]), sep
}

// cutFirst splits s at its first separator.
func cutFirst(s string) (head, tail, sep string) {
	best := len(s)
	for _, sp := range titleSeparators {
		if i := strings.Index(s, sp); i >= 0 && i < best {
			best, sep = i, sp
		}
	}
	if sep == "" {
		return s, "", ""
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+len(sep):]), sep
}

// sameName reports whether a and b name the same site, ignoring case,
// spaces, punctuation and a domain ending, one may extend the other:
// "The Guardian" and "theguardian.com", "BBC News" and "bbc.co.uk".
func sameName(a, b string) bool {
	a, b = nameKey(a), nameKey(b)
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) || strings.HasSuffix(a, b) || strings.HasSuffix(b, a)
}

// nameKey reduces a site name or host name to lower-case letters and digits,
// a host name to its labels without "www" and the public ending.
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.Contains(s, " ") && strings.Contains(s, ".") {
		s = hostLabels(s)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// hostLabels returns the labels of host that name the site: "www.bbc.co.uk"
// gives "bbc".
func hostLabels(host string) string {
	labels := strings.Split(strings.TrimPrefix(host, "www."), ".")
	labels = labels[:len(labels)-1]
	if n := len(labels); n > 1 && len(labels[n-1]) <= 3 {
		labels = labels[:n-1] // "co" of co.uk, "com" of com.au
	}
	return strings.Join(labels, "")
}
