package ask

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/internal/text"
)

// caseless reports whether the corpus is written without capitals, as
// some feeds and corpora lower-case everything: fewer than one word in
// fifty starts with a capital, where news capitalizes one in six or so.
func caseless(c *corpus) bool {
	words, caps := 0, 0
	for _, p := range c.ps {
		for _, w := range strings.Fields(p.text) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) {
				words++
				if unicode.IsUpper(r) {
					caps++
				}
			}
		}
	}
	return words > 0 && caps*50 < words
}

// tok is a word of a caseless sentence.
type tok struct {
	w     string // as written, lower case
	start int    // byte offsets in the sentence
	end   int
	brk   bool   // punctuation, a quote or a clitic comes between it and the word before
	gap   string // the punctuation between it and the word before
	poss  bool   // a possessive 's follows it
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?`)

// toks splits a sentence into words, marking where punctuation breaks the
// run of words. A clitic, alone as PTB writes it ("koirala 's", "do n't")
// or attached ("koirala's"), breaks the run; a possessive marks the word
// before it.
func toks(s string) []tok {
	var out []tok
	prevEnd, brk := 0, true
	for _, m := range wordRE.FindAllStringIndex(s, -1) {
		w := strings.ToLower(s[m[0]:m[1]])
		gap := strings.TrimSpace(s[prevEnd:m[0]])
		prevEnd = m[1]
		if clitics[w] && (strings.HasSuffix(s[:m[0]], "'") || strings.HasSuffix(s[:m[0]], "’")) {
			// a clitic standing alone, as PTB writes it: "koirala 's", "they 're"
			if w == "s" && len(out) > 0 {
				out[len(out)-1].poss = true
			}
			brk = true
			continue
		}
		if base, clitic := splitClitic(w); clitics[clitic] {
			if clitic == "s" && base != "" {
				out = append(out, tok{w: base, start: m[0], end: m[0] + len(base), brk: brk || gap != "", poss: true})
			}
			brk = true // "n't", "it's" and the like: no term
			continue
		}
		out = append(out, tok{w: w, start: m[0], end: m[1], brk: brk || gap != "", gap: gap})
		brk = false
	}
	return out
}

// clitics are the English clitics after an apostrophe.
var clitics = map[string]bool{"s": true, "t": true, "re": true, "ll": true, "ve": true, "m": true, "d": true}

// splitClitic cuts an English clitic from the end of a word: "koirala's"
// is "koirala" and "s", "n't" is "n" and "t".
func splitClitic(w string) (string, string) {
	i := strings.LastIndexAny(w, "'’")
	if i < 0 {
		return w, ""
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return w[:i], w[i+size:]
}

// gram is a run of one to three words that may name something.
type gram struct {
	key     string // the words, space-separated
	n       int    // words
	count   int
	sents   map[int]bool
	at      []gramAt // every occurrence
	written string   // as first written in the text
}

type gramAt struct{ sent, tok int }

// determinerWords before a term show it is a common noun ("the group").
var determinerWords = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"every": true, "each": true, "some": true, "any": true, "no": true, "another": true}

// nameJoiners may stand inside a name or term: "bank of england".
var nameJoiners = map[string]bool{"of": true, "de": true, "van": true, "von": true, "al": true, "bin": true, "da": true, "del": true}

// weakWords are never the edge of a term: time words, vague quantities
// and words that news uses of everything.
var weakWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday january february
		march april june july august september october november december today yesterday tomorrow tonight night
		morning afternoon evening ago later earlier last next first second third former new old one two three four
		five six seven eight nine ten dozen hundreds thousands many several per cent percent year years month months
		week weeks day days time times way thing things lot lots part end number people man woman men women back
		like well even really just also told says said say added asked according including called made make
		get got go going went come came take took see seen know known think want wanted need use used
		mr mrs ms dr sir n't pictured photo image video`) {
		weakWords[w] = true
	}
}

// edgeWord reports whether w may start or end a term.
func edgeWord(w string) bool {
	if len(w) < 2 || text.IsStopword(w) || determinerWords[w] || nameJoiners[w] || weakWords[w] || generic[w] || strings.HasSuffix(w, "ly") ||
		unicode.IsDigit(rune(w[0])) {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// salientTerms finds the salient names and terms of a caseless story: the
// runs of one to three words (no stopword at either edge) that the sources
// repeat, ranked by their count times their IDF over the sentences, more
// for those shared by the lead (the first three sentences) and the rest
// and for those in the headline. A term the text treats as a name (see
// nameEvidence) reads in title case and gets the kind its cues suggest;
// any other is written as in the text.
func salientTerms(c *corpus, headline, summary string) []*entity {
	sents := make([][]tok, len(c.ps))
	for i, p := range c.ps {
		sents[i] = toks(p.text)
	}
	grams := collectGrams(c, sents)
	kept := keepGrams(grams, sents)
	ev := nameEvidence(c, sents, kept)
	byName := map[string]*entity{}
	headTerms := " " + strings.Join(strings.Fields(strings.ToLower(headline)), " ") + " "
	lead := 3
	for _, g := range kept {
		e := &entity{name: g.key, forms: map[string]bool{g.key: true}, caseless: true}
		if k, ok := ev[g.key]; ok {
			e.kind, e.titled = k, true
		}
		for _, at := range g.at {
			e.mentions++
			e.inside++
			t := sents[at.sent]
			if at.tok > 0 && !t[at.tok].brk && t[at.tok-1].w == "the" {
				e.theCount++
			}
		}
		idf := math.Log(1 + (float64(len(c.ps))-float64(len(g.sents))+0.5)/(float64(len(g.sents))+0.5))
		e.salience = float64(g.count) * idf * (1 + 0.3*float64(g.n-1))
		inLead, inRest := false, false
		for s := range g.sents {
			inLead, inRest = inLead || s < lead, inRest || s >= lead
		}
		if inLead && inRest {
			e.salience *= 1.5
		}
		if strings.Contains(headTerms, " "+g.key+" ") {
			e.salience += 3
		}
		byName[g.key] = e
	}
	extendNames(c, sents, byName, ev)
	merged := mergeShort(byName)
	nameWords := map[string]bool{}
	for _, e := range merged {
		if e.kind == person {
			for f := range e.forms {
				for _, w := range strings.Fields(f) {
					nameWords[w] = true
				}
			}
		}
	}
	var out []*entity
	for _, e := range merged {
		if ws := strings.Fields(e.name); e.kind != person && len(ws) > 1 && (nameWords[ws[0]] || nameWords[ws[len(ws)-1]]) {
			continue // a name and the word after it: "finn believes"
		}
		e.the = e.theCount*2 > e.mentions
		if e.titled {
			e.name = titleCase(e.name)
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].salience != out[j].salience {
			return out[i].salience > out[j].salience
		}
		return out[i].name < out[j].name
	})
	return out
}

// collectGrams counts every run of one to three words in the sentences
// whose edges are edgeWords and whose middle word, if any, is an edgeWord
// or a nameJoiner.
func collectGrams(c *corpus, sents [][]tok) map[string]*gram {
	grams := map[string]*gram{}
	for si, t := range sents {
		for i := range t {
			if !edgeWord(t[i].w) {
				continue
			}
			for n := 1; n <= 3 && i+n <= len(t); n++ {
				j := i + n - 1
				if n > 1 && (t[j].brk || t[j-1].poss) {
					break
				}
				if n == 3 && !edgeWord(t[i+1].w) && !nameJoiners[t[i+1].w] {
					break
				}
				if !edgeWord(t[j].w) || modifier(t[j].w) || n > 1 && peopleWord(t[j].w) {
					continue
				}
				words := make([]string, n)
				for k := range n {
					words[k] = t[i+k].w
				}
				key := strings.Join(words, " ")
				g := grams[key]
				if g == nil {
					g = &gram{key: key, n: n, sents: map[int]bool{}, written: c.ps[si].text[t[i].start:t[j].end]}
					grams[key] = g
				}
				g.count++
				g.sents[si] = true
				g.at = append(g.at, gramAt{si, i})
			}
		}
	}
	return grams
}

// modifierEnd matches words that end as adjectives and participles do,
// which leave a run of words unfinished ("series of gruesome").
var modifierEnd = regexp.MustCompile(`(..(ous|ful|less|some)|...(able|ible)|..[^e]ed)$`)

// modifier reports whether w ends as adjectives and participles do
// (modifierEnd), "united" aside.
func modifier(w string) bool { return w != "united" && modifierEnd.MatchString(w) }

// keepGrams keeps the grams that the text repeats, longest first: a
// three-word run needs three uses, or "of" inside, and a shorter run
// counts only its uses outside the longer runs kept ("league" outside
// "champions league"), and needs two of them.
func keepGrams(grams map[string]*gram, sents [][]tok) []*gram {
	var all []*gram
	for _, g := range grams {
		if g.count >= 2 {
			all = append(all, g)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].key < all[j].key
	})
	covered := make([][]bool, len(sents))
	for i, t := range sents {
		covered[i] = make([]bool, len(t))
	}
	var kept []*gram
	for _, g := range all {
		if g.n == 3 && g.count < 3 && !strings.Contains(g.key, " of ") {
			continue
		}
		var free []gramAt
		for _, at := range g.at {
			clear := true
			for k := range g.n {
				clear = clear && !covered[at.sent][at.tok+k]
			}
			if clear {
				free = append(free, at)
			}
		}
		if len(free) < 2 {
			continue
		}
		for _, at := range free {
			for k := range g.n {
				covered[at.sent][at.tok+k] = true
			}
		}
		g.at, g.count, g.sents = free, len(free), map[int]bool{}
		for _, at := range free {
			g.sents[at.sent] = true
		}
		kept = append(kept, g)
	}
	return kept
}

// speakerNouns are common nouns that say things in news without being
// names: "officials said", "police told".
var speakerNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`officials police authorities witnesses investigators prosecutors experts
		researchers scientists analysts doctors residents sources critics organizers organisers officers lawyers
		friends relatives neighbors neighbours family families parents students fans supporters players reports
		statement study survey spokesman spokeswoman spokesperson source boss hero star reporters colleagues
		staff workers teachers members leaders campaigners activists protesters rescuers troops soldiers`) {
		speakerNouns[w] = true
	}
}

// nameEvidence tells which kept grams the text treats as names, and of
// what kind, from cues that survive lower-casing:
//
//   - a speaker: "<g> said|says|told" or "said <g>," with no determiner
//     before g ("the company said" is no name);
//   - a person's apposition: "<g>, who", "<g>, 56,";
//   - a title or role before it: "mr carroll", "coach mike smith";
//   - a possessive with no determiner before it: "nepal's", "koirala's".
//
// A gram that the text also writes after a determiner, or one that ends
// with a common noun of people, has no evidence.
func nameEvidence(c *corpus, sents [][]tok, kept []*gram) map[string]kind {
	out := map[string]kind{}
	for _, g := range kept {
		if !nameable(g.key) {
			continue
		}
		k, found, common := thing, false, false
		for _, at := range g.at {
			t, s := sents[at.sent], c.ps[at.sent].text
			i, j := at.tok, at.tok+g.n // g is t[i:j]
			before, after := "", ""
			if i > 0 && !t[i].brk {
				before = t[i-1].w
			}
			if j < len(t) && !t[j].brk {
				after = t[j].w
			}
			if determinerWords[before] {
				common = true
				continue
			}
			free := before == "" || text.IsStopword(before) || roleWords[before] || personNouns[before]
			rest := s[t[j-1].end:]
			switch {
			case free && (after == "said" || after == "says" || after == "told") && !t[j-1].poss:
				k, found = person, true
			case (before == "said" || before == "says") && (j == len(t) || t[j].brk || after == "who"):
				k, found = person, true
			case personAfter.MatchString(rest):
				k, found = person, true
			case roleWords[before] || personNouns[before]:
				k, found = person, true
			case free && t[j-1].poss:
				found = true
			}
		}
		if found && !common {
			if orgWords.MatchString(titleCase(g.key)) {
				k = org
			}
			out[g.key] = k
		}
	}
	return out
}

var personAfter = regexp.MustCompile(`^\s*,\s+(who\s|\d{1,3}\s*,)`)

// peopleWord reports whether w is a common word for a person or people.
func peopleWord(w string) bool {
	return speakerNouns[w] || personNouns[w] || roleWords[w] || familyWords[w]
}

// familyWords are more common words for people, seldom part of a name.
var familyWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mum dad mom mother father grandmother grandfather grandma grandad boyfriend
		girlfriend fiancee fiance partner baby child children kids pupil pupils teacher chef owner fan rebels
		businessman businessmen businesswoman militants fighters gunmen rebel militant victims passengers
		tourists driver drivers midfielder defender winger keeper cricketer boxer rider creator contestant
		colleague assistant girl girls boy boys couple`) {
		familyWords[w] = true
	}
}

// nameable reports whether a gram could be a name: none of its words a
// word for people, a role, or a weak word.
func nameable(key string) bool {
	for _, w := range strings.Fields(key) {
		if peopleWord(w) || weakWords[w] {
			return false
		}
	}
	return true
}

// extendNames gives a name of one word the first name the text
// writes before it: "koirala" said, "anuradha koirala, who" tells that
// the name is "anuradha koirala". If the text repeats the two words, the
// first must follow no determiner anywhere ("the event chevrolet" is no
// name); else it must be used nowhere else, and open a clause or follow a
// word for a person or a preposition ("striker wayne rooney", "hero,
// pushpa basnet", "as pep guardiola"); a hyphenated word or a verb form is no first
// name ("miami-based", "pushing"). The full name becomes the entity, the short one a form
// of it.
func extendNames(c *corpus, sents [][]tok, byName map[string]*entity, ev map[string]kind) {
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		e := byName[key]
		if _, named := ev[key]; !named || strings.Contains(key, " ") {
			continue
		}
		full := ""
		for _, t := range sents {
			for i := 1; i < len(t) && full == ""; i++ {
				first := t[i-1]
				if t[i].w != key || t[i].brk || !firstName(first.w) {
					continue
				}
				if byName[first.w+" "+key] != nil && !afterDeterminer(sents, first.w) {
					full = first.w + " " + key // "kevin pietersen", twice or more
					continue
				}
				opens := i == 1 || strings.ContainsAny(first.gap, ",;:\"'‘’“”-—–(")
				role := !first.brk && (peopleWord(t[i-2].w) || nameLead[t[i-2].w])
				if (opens || role) && onlyBefore(sents, first.w, key) {
					full = first.w + " " + key
				}
			}
		}
		if full == "" {
			continue
		}
		if long := byName[full]; long != nil {
			long.titled, long.kind = true, max(long.kind, e.kind) // mergeShort folds e into it
			continue
		}
		delete(byName, key)
		e.name = full
		e.forms[full] = true
		byName[full] = e
	}
}

// firstName reports whether w may be a first name: no stopword, word for
// people, hyphenated word or verb form ("pushing", "gave").
func firstName(w string) bool {
	_, past := irregular[w]
	return edgeWord(w) && nameable(w) && !strings.ContainsAny(w, "-.") && !past && !participles[w] && !modifier(w) &&
		!(len(w) > 5 && strings.HasSuffix(w, "ing"))
}

// participles are the past participles of irregular.
var participles = map[string]bool{}

func init() {
	for _, p := range irregular {
		participles[p] = true
	}
}

// nameLead are the function words that may stand before a first name.
var nameLead = map[string]bool{"and": true, "as": true, "with": true, "by": true, "for": true, "from": true,
	"at": true, "in": true, "on": true, "but": true, "of": true, "like": true, "against": true, "between": true}

// afterDeterminer reports whether the text writes w after a determiner.
func afterDeterminer(sents [][]tok, w string) bool {
	for _, t := range sents {
		for i := 1; i < len(t); i++ {
			if t[i].w == w && !t[i].brk && determinerWords[t[i-1].w] {
				return true
			}
		}
	}
	return false
}

// onlyBefore reports whether every use of the word first is right before
// the word last, as a first name is before a surname.
func onlyBefore(sents [][]tok, first, last string) bool {
	for _, t := range sents {
		for i, w := range t {
			if w.w == first && (i+1 == len(t) || t[i+1].w != last || t[i+1].brk) {
				return false
			}
		}
	}
	return true
}

// titleCase writes a name as names are written: "anuradha koirala" is
// "Anuradha Koirala", "abdel-fattah" "Abdel-Fattah", a short word without
// vowels an acronym ("cnn" is "CNN"); joiners stay lower case inside.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		switch {
		case i > 0 && nameJoiners[w]:
		case len(w) <= 4 && !strings.ContainsAny(w, "aeiouy") || i > 0 && roman.MatchString(w):
			ws[i] = strings.ToUpper(w)
		default:
			ws[i] = upperAfter(w)
		}
	}
	return strings.Join(ws, " ")
}

var roman = regexp.MustCompile(`^[ivx]+$`)

// upperAfter capitalizes the first letter of w and each letter after a
// hyphen or a period.
func upperAfter(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up && unicode.IsLetter(r) {
			r, up = unicode.ToUpper(r), false
		}
		if r == '-' || r == '.' {
			up = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

// indexWord is the byte index of the first f in s at word boundaries at
// or after from, or -1.
func indexWord(s, f string, from int) int {
	for from <= len(s) {
		i := strings.Index(s[from:], f)
		if i < 0 {
			return -1
		}
		i += from
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+len(f):])
		if !isWordRune(prev) && !isWordRune(next) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
