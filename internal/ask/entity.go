package ask

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// kind is what a story entity names, as far as cheap cues tell.
type kind int

const (
	thing kind = iota
	person
	org
)

// entity is a name the story's sources use, with its mentions merged.
type entity struct {
	name     string // canonical: "Helen Marsh", "Corvant", "National Rail Workers Union"
	kind     kind
	mentions int
	salience float64
	the      bool            // written "the <name>" more often than not
	forms    map[string]bool // surface forms that refer to it: "Marsh", "Corvant Inc."
	theCount int
	inside   int  // mentions not opening a sentence
	caseless bool // found in lower-cased text (salientTerms): forms match whole words only
	titled   bool // a caseless term with evidence of being a name, so named in title case
}

// index is where s first mentions e by its form f at or after byte from,
// or -1: anywhere for a capitalized name, at word boundaries for a caseless
// term ("nepal" is not in "nepalese").
func (e *entity) index(s, f string, from int) int {
	if e.caseless {
		return indexWord(s, f, from)
	}
	if i := strings.Index(s[from:], f); i >= 0 {
		return from + i
	}
	return -1
}

// roleWords are titles and roles that precede a name in a capitalized run.
var roleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president prime minister secretary chief executive deputy foreign general
		manager coach striker midfielder defender goalkeeper forward captain chairman chairwoman chair director
		senator governor mayor chancellor mr mrs ms dr sir dame lord lady king queen prince princess pope judge
		justice officer sheriff lawyer attorney activist astrophysicist spokesperson spokesman spokeswoman leader commissioner ambassador envoy professor prof
		sergeant admiral colonel detective inspector chipmaker transport health finance defence defense interior
		home education state vice opposition union party founder analyst economist chef ceo cfo coo rep sen gov
		ukrainian russian american british french german chinese turkish`) {
		roleWords[w] = true
	}
}

var orgWords = regexp.MustCompile(`\b(Inc|Corp|Ltd|plc|LLC|Union|Council|Party|Bank|Ministry|Department|Rail|Network|Capital|Group|Company|FC|Club|Agency|Commission|Committee|Government|Court|Police|League|University|Institute|Association|Federation|Foundation|Authority|Office|Service|Parliament|Senate|Congress|Kremlin|Reserve|Fund|Airlines|Motors|Systems|Partners|Holdings|Rovers|United|City)\b`)

var corpSuffix = regexp.MustCompile(`\s+(Inc\.?|Corp\.?|Ltd\.?|plc|LLC|Co\.|Group)$`)

// entities finds the story's entities in the corpus, most salient first.
// Names in the headline and summary weigh more.
func entities(c *corpus, headline, summary string) []*entity {
	lower := lowerWords(c)
	byName := map[string]*entity{}
	for _, p := range c.ps {
		for _, e := range phrases(p.text, lower) {
			name, k := canonical(e.Text)
			if name == "" {
				continue
			}
			ent := byName[name]
			if ent == nil {
				ent = &entity{name: name, forms: map[string]bool{}}
				byName[name] = ent
			}
			ent.mentions++
			if !e.AtStart {
				ent.inside++
			}
			ent.forms[e.Text] = true
			if k > ent.kind {
				ent.kind = k
			}
			if strings.HasSuffix(strings.ToLower(p.text[:e.Start]), "the ") {
				ent.theCount++
			}
		}
	}
	merged := mergeShort(byName)
	for _, e := range merged {
		e.the = e.theCount*2 > e.mentions
		if e.kind == thing && strings.Contains(e.name, " ") && (attributedTo(c, e) || personCue(c, e)) {
			e.kind = person
		}
		e.salience = float64(e.mentions)
		if strings.Contains(headline, e.name) || mentionsAny(headline, e.forms) {
			e.salience += 3
		}
		if mentionsAny(summary, e.forms) {
			e.salience++
		}
	}
	sort.SliceStable(merged, func(i, j int) bool {
		if merged[i].salience != merged[j].salience {
			return merged[i].salience > merged[j].salience
		}
		return merged[i].name < merged[j].name
	})
	return merged
}

// canonical strips leading role words and a corporate suffix from a
// capitalized phrase, and tells what the stripping suggests it names.
func canonical(s string) (string, kind) {
	k := thing
	if orgWords.MatchString(s) || isAcronym(s) {
		k = org
	}
	if corpSuffix.MatchString(s) {
		s, k = corpSuffix.ReplaceAllString(s, ""), org
	}
	ws := strings.Fields(s)
	stripped := 0
	for len(ws) > 1 && roleWords[strings.ToLower(ws[0])] {
		ws, stripped = ws[1:], stripped+1
	}
	if stripped > 0 && len(ws) >= 2 && !orgWords.MatchString(strings.Join(ws, " ")) {
		k = person
	}
	if len(ws) == 1 && roleWords[strings.ToLower(ws[0])] {
		return "", k
	}
	name := strings.Join(ws, " ")
	if before, _, ok := strings.Cut(name, " of "); ok && k == person && strings.Contains(before, " ") {
		name = before // "Manuel Valls of France"
	}
	return name, k
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// mergeShort folds a one-word name into the only longer name that ends
// with it: a surname ("Marsh" into "Helen Marsh") or a short form ("City"
// into "Harbour City"). The longer name's kind wins if it has one. A
// name's last word, if no other name ends with it, becomes one of its forms.
func mergeShort(byName map[string]*entity) []*entity {
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		short := byName[n]
		if strings.Contains(n, " ") {
			continue
		}
		var into *entity
		for _, m := range names {
			long := byName[m]
			if long != nil && m != n && strings.HasSuffix(m, " "+n) {
				if into != nil {
					into = nil
					break
				}
				into = long
			}
		}
		if into != nil && !(short.titled && !into.titled) { // a caseless name joins no longer term that is no name
			if into.kind == thing {
				into.kind = short.kind
			}
			into.mentions += short.mentions
			into.theCount += short.theCount
			into.inside += short.inside
			into.titled = into.titled || short.titled
			for f := range short.forms {
				into.forms[f] = true
			}
			delete(byName, n)
		}
	}
	out := make([]*entity, 0, len(byName))
	lasts := map[string]int{}
	for _, n := range names {
		if e := byName[n]; e != nil {
			out = append(out, e)
			lasts[lastWord(n)]++
		}
	}
	for _, e := range out {
		if l := lastWord(e.name); l != e.name && lasts[l] == 1 {
			e.forms[l] = true
		}
	}
	return out
}

func lastWord(s string) string { return s[strings.LastIndex(s, " ")+1:] }

// attributedTo reports whether some sentence has e speaking: "<e> said",
// "said <e>", "<e>, who ...", "<e>, the ...".
func attributedTo(c *corpus, e *entity) bool {
	for _, p := range c.ps {
		for f := range e.forms {
			i := e.index(p.text, f, 0)
			if i < 0 {
				continue
			}
			after := p.text[i+len(f):]
			if speakerAfter.MatchString(after) || strings.HasSuffix(p.text[:i], "said ") {
				return true
			}
		}
	}
	return false
}

var speakerAfter = regexp.MustCompile(`^(\s+(said|says|told|added|warned)\b|\s?,\s+(who|the)\b)`)

func mentionsAny(s string, forms map[string]bool) bool {
	for f := range forms {
		if strings.Contains(s, f) {
			return true
		}
	}
	return false
}

// lowerWords is the set of words the corpus uses in lower case.
func lowerWords(c *corpus) map[string]bool {
	out := map[string]bool{}
	for _, p := range c.ps {
		for _, w := range strings.Fields(p.text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if w != "" && w == strings.ToLower(w) {
				out[w] = true
			}
		}
	}
	return out
}

// mentionedIn reports whether s refers to e by any of its forms.
func (e *entity) mentionedIn(s string) bool {
	if e.caseless {
		for f := range e.forms {
			if indexWord(s, f, 0) >= 0 {
				return true
			}
		}
		return false
	}
	return strings.Contains(s, e.name) || mentionsAny(s, e.forms)
}

// display is how a question names e: "the National Rail Workers Union".
func (e *entity) display() string {
	if e.the {
		return "the " + e.name
	}
	return e.name
}
