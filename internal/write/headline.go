package write

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/internal/news"
	"tidings/internal/text"
)

// title is a cleaned source title and what cleaning found.
type title struct {
	text    string
	slanted bool // opinion, shouting or clickbait in the original
}

// headline picks the shortest informative, neutral title among the
// articles, cleaned and cut to MaxHeadline characters. casing maps a
// lower-case word to its usual form in the texts.
func headline(articles []news.Article, casing map[string]string) string {
	var ts []title
	for _, a := range articles {
		if t := cleanTitle(a.Title, a.Site, casing); t.text != "" {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return ""
	}
	sort.SliceStable(ts, func(i, j int) bool { return better(ts[i], ts[j]) })
	return Shorten(ts[0].text, MaxHeadline)
}

// better orders titles: neutral before slanted, informative before not,
// then those that fit before those that must be cut, then shorter first.
func better(a, b title) bool {
	if a.slanted != b.slanted {
		return !a.slanted
	}
	if ia, ib := informativeTitle(a.text), informativeTitle(b.text); ia != ib {
		return ia
	}
	if fa, fb := len(a.text) <= MaxHeadline, len(b.text) <= MaxHeadline; fa != fb {
		return fa
	}
	return len(a.text) < len(b.text)
}

// informativeTitle: at least four content words and a name or a number.
func informativeTitle(t string) bool {
	return len(text.Terms(t)) >= 4 && (len(text.Entities(t)) > 0 || strings.ContainsAny(t, "0123456789"))
}

// CleanTitle returns a source title fit to be a headline: without the
// publisher's name (site, or a short capitalized tail after " | " or " - "),
// without kickers such as "LIVE:", "BREAKING:" or "Opinion:", emoji,
// clickbait punctuation or a trailing teaser, and with shouted words in
// their ordinary case.
func CleanTitle(title, site string) string { return cleanTitle(title, site, nil).text }

func cleanTitle(raw, site string, casing map[string]string) title {
	t := text.NormalizeSpace(dropSymbols(raw))
	t = dropSite(t, site)
	t, kicked := dropKickers(t)
	t, bait := dropTeaser(t)
	t, shouted := unshout(t, casing)
	t = strings.TrimRight(t, " ,;:-–—")
	question := strings.HasSuffix(t, "?")
	return title{text: t, slanted: kicked || bait || shouted || question}
}

// dropSymbols removes emoji and other pictographs.
func dropSymbols(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || unicode.Is(unicode.Cs, r) ||
			unicode.Is(unicode.Co, r) || r == '\u200d' || (r >= '\ufe00' && r <= '\ufe0f') || r == '\u20e3' {
			return -1
		}
		return r
	}, s)
}

var siteSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// dropSite removes the publisher's name from either end of t.
func dropSite(t, site string) string {
	for range 2 {
		cut := false
		for _, sep := range siteSeps {
			if i := strings.LastIndex(t, sep); i > 0 && siteLike(t[i+len(sep):], site) && text.WordCount(t[:i]) >= 3 {
				t, cut = t[:i], true
				break
			}
			if i := strings.Index(t, sep); i > 0 && strings.EqualFold(t[:i], site) {
				t, cut = t[i+len(sep):], true
				break
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// siteLike reports whether tail looks like a publisher's name: the site
// itself, or at most four words that all start with a capital.
func siteLike(tail, site string) bool {
	if site != "" && strings.EqualFold(strings.TrimSpace(tail), site) {
		return true
	}
	ws := strings.Fields(tail)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !strings.Contains(w, ".") {
			return false
		}
	}
	return true
}

var kickerRE = regexp.MustCompile(`(?i)^(live( updates| blog)?|watch|breaking( news)?|opinion|analysis|comment|editorial|exclusive|update[d]?|video|just in|in pictures|explainer|review|sponsored)\s*[:|]\s*`)

// dropKickers removes labels in front of a title; opinion-like labels mark
// the title as slanted.
func dropKickers(t string) (string, bool) {
	slanted := false
	for {
		m := kickerRE.FindStringSubmatch(t)
		if m == nil {
			return t, slanted
		}
		switch strings.ToLower(m[1]) {
		case "opinion", "analysis", "comment", "editorial", "review", "sponsored":
			slanted = true
		}
		t = t[len(m[0]):]
	}
}

var teaserRE = regexp.MustCompile(`[!?]{2,}|!|\.\.\.|…`)

// dropTeaser cuts a title at its first exclamation, run of '?' or '!', or
// ellipsis, dropping any teaser after it, and reports whether it cut.
func dropTeaser(t string) (string, bool) {
	loc := teaserRE.FindStringIndex(t)
	if loc == nil {
		return t, false
	}
	head := strings.TrimSpace(t[:loc[0]])
	if text.WordCount(head) < 3 {
		return t, false
	}
	return head, true
}

// unshout puts ALL-CAPS words into their usual case: the form the texts
// use, else lower case (short unseen words stay, as acronyms, unless the
// whole title shouts). It reports whether the title shouted.
func unshout(t string, casing map[string]string) (string, bool) {
	ws := strings.Fields(t)
	caps := 0
	for _, w := range ws {
		if isShout(w) {
			caps++
		}
	}
	shouting := caps*2 > len(ws) || caps >= 2
	for i, w := range ws {
		if isShout(w) {
			ws[i] = recase(w, casing, shouting)
		}
	}
	if len(ws) > 0 {
		ws[0] = upperFirst(ws[0])
	}
	return strings.Join(ws, " "), shouting
}

// isShout reports whether w has two or more letters, all upper case.
func isShout(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func recase(w string, casing map[string]string, shouting bool) string {
	core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	lower := strings.ToLower(core)
	form, seen := casing[lower]
	switch {
	case seen:
	case text.IsStopword(lower), shouting, utf8.RuneCountInString(core) > 4:
		form = lower
	default:
		form = core
	}
	return strings.Replace(w, core, form, 1)
}

func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// Shorten cuts t to at most max bytes at a word boundary, never inside a
// run of capitalized words (a name), never after a stopword, and without
// trailing punctuation. It returns t unchanged if it fits.
func Shorten(t string, max int) string {
	if len(t) <= max {
		return t
	}
	ws := strings.Fields(t)
	k, n := 0, -1
	for k < len(ws) && n+1+len(ws[k]) <= max {
		n += 1 + len(ws[k])
		k++
	}
	for k > 1 && k < len(ws) && capitalized(ws[k]) && capitalized(ws[k-1]) {
		k--
	}
	for k > 1 && text.IsStopword(strings.ToLower(strings.TrimRight(ws[k-1], ",;:"))) {
		k--
	}
	return strings.TrimRight(strings.Join(ws[:k], " "), " ,;:-–—")
}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"'“‘(`))
	return unicode.IsUpper(r)
}

// fallbackHeadline makes a headline from the summary's first sentence when
// no article has a title.
func fallbackHeadline(summary string) string {
	ss := text.Sentences(summary)
	if len(ss) == 0 {
		return ""
	}
	return Shorten(strings.TrimRight(ss[0], "."), MaxHeadline)
}

// casingOf maps each lower-case word of the sources to the form it most
// often has away from the start of a sentence.
func casingOf(srcs []*source) map[string]string {
	counts := map[string]map[string]int{}
	for _, src := range srcs {
		for _, s := range src.sents {
			for i, w := range strings.Fields(s.text) {
				w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
				if i == 0 || w == "" {
					continue
				}
				l := strings.ToLower(w)
				if counts[l] == nil {
					counts[l] = map[string]int{}
				}
				counts[l][w]++
			}
		}
	}
	out := make(map[string]string, len(counts))
	for l, forms := range counts {
		out[l] = mostCommon(forms)
	}
	return out
}

func mostCommon(forms map[string]int) string {
	best, n := "", -1
	for f, c := range forms {
		if c > n || (c == n && f > best) {
			best, n = f, c
		}
	}
	return best
}
