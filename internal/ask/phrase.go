package ask

import (
	"regexp"
	"strings"
	"unicode"

	"tidings/internal/text"
)

// phrases returns the capitalized phrases of a sentence (text.Entities)
// cleaned of what news text glues to names: a dateline or kicker before a
// spaced dash ("CAIRO -- An Egyptian court"), a bracket ("Goldman (GS"),
// an all-capitals lead-in ("NOT CONTENT WITH CHIPS Intel"), a "-based"
// place ("California-based Qualcomm") and a capitalized opening word
// that is no name ("Unlike Google Glass"). lower is the set of words the
// corpus writes in lower case. Each phrase's Text stays verbatim from the
// sentence, with its Span.
func phrases(sentence string, lower map[string]bool) []text.Entity {
	var out []text.Entity
	for _, e := range text.Entities(sentence) {
		for i, part := range dashSplit.Split(e.Text, -1) {
			start := e.Start + strings.Index(e.Text, part)
			part, start = trimLead(part, start, e.AtStart && i == 0, lower)
			if j := strings.IndexAny(part, "()[]"); j >= 0 {
				part = strings.TrimSpace(part[:j])
			}
			if i == 0 && e.AtStart && allCapsWords(part) && dashAfter.MatchString(sentence[start+len(part):]) {
				continue // a dateline: "BERLIN — A tourist ship ..."
			}
			if part == "" || monthAbbrev[strings.ToLower(part)] || i == 0 && e.AtStart && !strings.Contains(part, " ") && lower[strings.ToLower(part)] {
				continue
			}
			if i > 0 && !strings.Contains(part, " ") && lower[strings.ToLower(part)] {
				continue // "PARIS - Death": the sentence starts again after the dash
			}
			out = append(out, text.Entity{Text: part, Span: text.Span{Start: start, End: start + len(part)}, AtStart: e.AtStart && i == 0})
		}
	}
	return out
}

var monthAbbrev = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

var dashAfter = regexp.MustCompile(`^[\s,]*(?:\([^)]*\)\s*)?(?:-{1,2}|—|–)`)

func allCapsWords(p string) bool {
	for _, w := range strings.Fields(p) {
		if !allCaps(w) {
			return false
		}
	}
	return p != ""
}

// demonyms are words for a people or a faith, capitalized but seldom what
// a story is about.
var demonyms = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Dutch French Swiss Thai Greek Israeli Iraqi Pakistani Saudi Yemeni Kuwaiti
		Qatari Bangladeshi Afghan American African Mexican German Cuban Kenyan Venezuelan Tibetan Moroccan
		Libyan Muslim Muslims Jew Jews Catholic Catholics Christians Republican Republicans Democrat Democrats
		Democratic European Asian Arab Arabs Kurdish Kurds Latino`) {
		demonyms[w] = true
	}
}

// isDemonym reports whether a one-word name is a demonym: listed, or ending
// in -ian, -ish, -ese or -ean ("Russian", "Spanish", "Chinese", "Korean").
func isDemonym(w string) bool {
	return demonyms[w] || len(w) > 5 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ish") ||
		strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ians"))
}

var dashSplit = regexp.MustCompile(`\s+(?:-{1,2}|—|–)\s+`)

// openers are capitalized words that open a sentence without being part
// of the name after them.
var openers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`unlike dear like despite amid although though while whereas unless until
		according meanwhile however instead including inside outside across along beside besides beyond near
		toward towards upon within without via per than then today yesterday tonight earlier later also even
		former late new-look ex`) {
		openers[w] = true
	}
}

// trimLead drops, from the front of a phrase, an all-capitals run of two
// words or more before a word that is not all capitals, a "-based" word,
// a stopword (after a dash: "An Israeli court"), and at the start of a sentence an opener or a word the corpus writes in
// lower case. It returns the rest and where it starts.
func trimLead(p string, start int, atStart bool, lower map[string]bool) (string, int) {
	ws := strings.Fields(p)
	drop := 0
	caps := 0
	for caps < len(ws) && allCaps(ws[caps]) {
		caps++
	}
	if caps >= 2 && caps < len(ws) {
		drop = caps
	}
	for drop < len(ws)-1 {
		w := strings.ToLower(ws[drop])
		if strings.HasSuffix(w, "-based") || drop == 0 && text.IsStopword(w) || atStart && drop == 0 && (openers[w] || lower[w]) {
			drop++
			continue
		}
		break
	}
	if drop == 0 {
		return p, start
	}
	i := strings.Index(p, ws[drop])
	return p[i:], start + i
}

func allCaps(w string) bool {
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

// personCue reports whether the sources write e as people are written: an
// age after the name ("Peter Hattermann, 56,") or a lower-case word for a
// person before it ("rights activist Alaa Abdel-Fattah", "lawyer, Gaby
// Lasky").
func personCue(c *corpus, e *entity) bool {
	for _, p := range c.ps {
		for f := range e.forms {
			i := e.index(p.text, f, 0)
			if i < 0 {
				continue
			}
			if ageAfter.MatchString(p.text[i+len(f):]) {
				return true
			}
			if m := personBefore.FindStringSubmatch(p.text[:i]); m != nil && personNouns[m[1]] {
				return true
			}
		}
	}
	return false
}

var (
	ageAfter     = regexp.MustCompile(`^\s?,\s+\d{1,3}\s?,`)
	personBefore = regexp.MustCompile(`\b([a-z]+),?\s+$`)
)

var personNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`activist lawyer attorney blogger analyst student teenager girl boy man woman
		singer actor actress rapper player guard forward striker coach reporter journalist writer author wife
		husband son daughter mother father brother sister friend spokesman spokeswoman spokesperson director
		founder executive officer president minister secretary senator governor mayor professor scientist
		researcher doctor nurse pilot officer soldier victim suspect gunman witness resident leader chairman
		chief manager star veteran candidate defendant prosecutor judge astronaut economist strategist`) {
		personNouns[w] = true
	}
}
