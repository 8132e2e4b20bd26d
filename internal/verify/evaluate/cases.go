package evaluate

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/internal/text"
	"tidings/internal/write"
)

// A case is a written sentence and whether it is faithful to its story.
type testCase struct {
	story    int
	kind     string // the edit that made it
	faithful bool
	original string
	sentence string
}

// Edits that keep a sentence faithful.
const (
	editVerbatim    = "verbatim sentence"
	editConnective  = "leading connective dropped"
	editParenthesis = "parenthesis dropped"
	editClause      = "trailing clause dropped"
	editNumberForm  = "number rewritten (5 million -> 5m, percent -> %)"
	editSurname     = "speaker's full name -> surname"
	editAppositive  = "appositive or relative clause dropped"
	editOpening     = "opening phrase or dateline dropped"
)

// Corruptions.
const (
	badNumber      = "number changed"
	badEntity      = "entity swapped"
	badNegAdded    = "negation added"
	badNegRemoved  = "negation removed"
	badQuote       = "quote altered"
	badAttribution = "attribution moved"
)

var (
	faithfulKinds = []string{editVerbatim, editConnective, editParenthesis, editClause, editAppositive, editOpening, editNumberForm, editSurname}
	corruptKinds  = []string{badNumber, badEntity, badNegAdded, badNegRemoved, badQuote, badAttribution}
)

// perStory is how many sentences of each story are edited.
const perStory = 6

// makeCases builds the faithful and corrupted sentences of every story,
// deterministically from seed.
func makeCases(stories []story, seed uint64) []testCase {
	rng := rand.New(rand.NewPCG(seed, 1))
	var all []string // entities of all stories, for swaps from elsewhere
	ents := make([][]string, len(stories))
	speakers := make([][]string, len(stories))
	for i, st := range stories {
		ents[i], speakers[i] = entitiesOf(st)
		all = append(all, ents[i]...)
	}
	var out []testCase
	for si, st := range stories {
		sents := candidates(st)
		rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
		if len(sents) > perStory {
			sents = sents[:perStory]
		}
		for _, s := range sents {
			add := func(kind string, faithful bool, edited string, ok bool) {
				if ok && edited != s {
					out = append(out, testCase{si, kind, faithful, s, edited})
				}
			}
			out = append(out, testCase{si, editVerbatim, true, s, s})
			add2 := func(kind string, f func(string) (string, bool)) {
				e, ok := f(s)
				add(kind, true, e, ok)
			}
			add2(editConnective, dropConnective)
			add2(editParenthesis, dropParenthesis)
			add2(editClause, dropClause)
			add2(editAppositive, dropAppositive)
			add2(editOpening, dropOpening)
			add2(editNumberForm, rewriteNumber)
			add2(editSurname, surname)
			e, ok := changeNumber(s, rng)
			add(badNumber, false, e, ok)
			e, ok = swapEntity(s, pick(rng, ents[si], all), rng)
			add(badEntity, false, e, ok)
			e, ok = addNegation(s)
			add(badNegAdded, false, e, ok)
			e, ok = removeNegation(s)
			add(badNegRemoved, false, e, ok)
			e, ok = alterQuote(s, st, rng)
			add(badQuote, false, e, ok)
			e, ok = moveAttribution(s, speakers[si], ents[si], rng)
			add(badAttribution, false, e, ok)
		}
	}
	return out
}

// pick returns own entities most of the time and, one time in three, all.
func pick(rng *rand.Rand, own, all []string) []string {
	if len(own) < 2 || rng.IntN(3) == 0 {
		return all
	}
	return own
}

// candidates are the informative sentences of a story of 8 to 45 words.
func candidates(st story) []string {
	var out []string
	for _, a := range st.articles {
		for _, p := range a.Paragraphs() {
			for _, s := range text.Sentences(p) {
				if n := text.WordCount(s); write.Informative(s) && n >= 8 && n <= 45 {
					out = append(out, text.NormalizeSpace(s))
				}
			}
		}
	}
	return out
}

// entitiesOf returns the multi-word or mid-sentence names of a story, and
// those that speak.
func entitiesOf(st story) (ents, speakers []string) {
	seen := map[string]bool{}
	for _, s := range candidates(st) {
		for _, e := range text.Entities(s) {
			if e.AtStart || seen[e.Text] || len(e.Text) < 3 || strings.ContainsAny(e.Text, "0123456789'’") {
				continue
			}
			seen[e.Text] = true
			ents = append(ents, e.Text)
			if speechRE.MatchString(s[e.End:]) && len(strings.Fields(e.Text)) >= 2 {
				speakers = append(speakers, e.Text)
			}
		}
	}
	return ents, speakers
}

var speechRE = regexp.MustCompile(`^,?\s(said|says|told|added)\b`)

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

var (
	connectiveRE = regexp.MustCompile(`^(But|And|However|Meanwhile|Also|Still|So|Yet|In addition|Instead),?\s+`)
	parenRE      = regexp.MustCompile(`\s\([^()"]{2,80}\)`)
	clauseRE     = regexp.MustCompile(`,\s(but|while|although|though|as|after|before|and)\s[^"]*$|;\s[^"]*$`)
	negRE        = regexp.MustCompile(`(?i)\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b`)
)

func dropConnective(s string) (string, bool) {
	loc := connectiveRE.FindStringIndex(s)
	if loc == nil || text.WordCount(s[loc[1]:]) < 6 {
		return "", false
	}
	return upperFirst(s[loc[1]:]), true
}

func dropParenthesis(s string) (string, bool) {
	loc := parenRE.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	return s[:loc[0]] + s[loc[1]:], true
}

// dropClause cuts a trailing clause that holds no quotation and no speech
// verb, keeping a head of at least eight words.
func dropClause(s string) (string, bool) {
	loc := clauseRE.FindStringIndex(s)
	if loc == nil || text.WordCount(s[:loc[0]]) < 8 || attributionRE.MatchString(s[loc[0]:]) {
		return "", false
	}
	head := s[:loc[0]]
	if strings.Count(head, `"`)%2 != 0 {
		return "", false
	}
	return head + ".", true
}

var (
	appositiveRE = regexp.MustCompile(`,\s(who|which|whose|a|an|the|now|then|aged|\d+)\s[^,"()]{3,80},\s`)
	openingRE    = regexp.MustCompile(`^(?:[A-Z][A-Z .]+\s?(?:--|—|–|-)\s|(?:On|In|At|By|After|Before|During|Earlier|Later|Last|This)\s[^,"]{2,40},\s)`)
)

// dropAppositive drops ", who ... ," and the like between two commas,
// unless it holds a negation or the head of the sentence is left too short.
func dropAppositive(s string) (string, bool) {
	loc := appositiveRE.FindStringIndex(s)
	if loc == nil || negRE.MatchString(s[loc[0]:loc[1]]) {
		return "", false
	}
	out := s[:loc[0]] + " " + s[loc[1]:]
	return out, text.WordCount(out) >= 6
}

// dropOpening drops a wire dateline ("BEIJING -- ") or an opening phrase
// of time or place ("On Tuesday, ").
func dropOpening(s string) (string, bool) {
	loc := openingRE.FindStringIndex(s)
	if loc == nil || text.WordCount(s[loc[1]:]) < 6 || negRE.MatchString(s[:loc[1]]) {
		return "", false
	}
	return upperFirst(s[loc[1]:]), true
}

var attributionRE = regexp.MustCompile(`(?i)\b(said|says|told|added|according|reported|announced)\b`)

var (
	millionRE = regexp.MustCompile(`\b(\d+(?:\.\d+)?) (million|billion)\b`)
	percentRE = regexp.MustCompile(`\b(\d+(?:\.\d+)?) (percent|per cent)\b`)
)

func rewriteNumber(s string) (string, bool) {
	if loc := millionRE.FindStringSubmatchIndex(s); loc != nil {
		suffix := map[string]string{"million": "m", "billion": "bn"}[s[loc[4]:loc[5]]]
		return s[:loc[0]] + s[loc[2]:loc[3]] + suffix + s[loc[1]:], true
	}
	if loc := percentRE.FindStringSubmatchIndex(s); loc != nil {
		return s[:loc[0]] + s[loc[2]:loc[3]] + "%" + s[loc[1]:], true
	}
	return "", false
}

// surname shortens a two-word speaker ("Helen Marsh said") to the surname.
func surname(s string) (string, bool) {
	for _, e := range text.Entities(s) {
		ws := strings.Fields(e.Text)
		if len(ws) == 2 && speechRE.MatchString(s[e.End:]) && !e.AtStart {
			return s[:e.Start] + ws[1] + s[e.End:], true
		}
	}
	return "", false
}

var digitRE = regexp.MustCompile(`\d+(?:[.,]\d+)?`)

var numberWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func changeNumber(s string, rng *rand.Rand) (string, bool) {
	locs := digitRE.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		for i, w := range numberWords {
			re := regexp.MustCompile(`\b` + w + `\b`)
			if loc := re.FindStringIndex(s); loc != nil {
				nw := numberWords[(i+1+rng.IntN(len(numberWords)-1))%len(numberWords)]
				return s[:loc[0]] + nw + s[loc[1]:], true
			}
		}
		return "", false
	}
	loc := locs[rng.IntN(len(locs))]
	old := s[loc[0]:loc[1]]
	n, err := strconv.Atoi(strings.NewReplacer(",", "", ".", "").Replace(old))
	if err != nil {
		return "", false
	}
	for range 20 {
		m := n + 1 + rng.IntN(9)
		if rng.IntN(2) == 0 && n > 10 {
			m = n - 1 - rng.IntN(min(9, n-1))
		}
		nw := strconv.Itoa(m)
		if strings.Contains(old, ".") && len(nw) > 1 {
			nw = nw[:len(nw)-1] + "." + nw[len(nw)-1:]
		}
		if !strings.Contains(s, nw) {
			return s[:loc[0]] + nw + s[loc[1]:], true
		}
	}
	return "", false
}

// swapEntity replaces a mid-sentence name with another name that shares no
// word with any name of the sentence.
func swapEntity(s string, pool []string, rng *rand.Rand) (string, bool) {
	var es []text.Entity
	for _, e := range text.Entities(s) {
		if !e.AtStart {
			es = append(es, e)
		}
	}
	if len(es) == 0 || len(pool) == 0 {
		return "", false
	}
	e := es[rng.IntN(len(es))]
	low := strings.ToLower(s)
	for range 20 {
		c := pool[rng.IntN(len(pool))]
		clash := false
		for _, w := range strings.Fields(strings.ToLower(c)) {
			if len(w) > 2 && strings.Contains(low, w) {
				clash = true
			}
		}
		if !clash {
			return s[:e.Start] + c + s[e.End:], true
		}
	}
	return "", false
}

var auxRE = regexp.MustCompile(`\b(is|are|was|were|will|would|could|can|should|has|have|had|did|does|may|might|must)\s`)

func addNegation(s string) (string, bool) {
	loc := auxRE.FindStringIndex(s)
	if loc == nil || negRE.MatchString(s[loc[1]:min(len(s), loc[1]+12)]) {
		return "", false
	}
	return s[:loc[1]] + "not " + s[loc[1]:], true
}

var removableNegRE = regexp.MustCompile(`\s(not|never)\b|n't\b`)

func removeNegation(s string) (string, bool) {
	loc := removableNegRE.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	return s[:loc[0]] + s[loc[1]:], true
}

var quoteRE = regexp.MustCompile(`(?:^|\s)["“]([^"“”]{12,})["”]`)

// lowerWordRE matches the lower-case words of five letters or more.
var lowerWordRE = regexp.MustCompile(`\b[a-z]{5,}\b`)

// alterQuote replaces one longer word inside a quotation with a word from
// elsewhere in the story.
func alterQuote(s string, st story, rng *rand.Rand) (string, bool) {
	loc := quoteRE.FindStringSubmatchIndex(s)
	if loc == nil {
		return "", false
	}
	inner := s[loc[2]:loc[3]]
	pos := lowerWordRE.FindAllStringIndex(inner, -1)
	var pool []string
	for _, a := range st.articles {
		for _, w := range strings.Fields(a.Text) {
			if len(w) >= 5 && isLowerWord(w) && !strings.Contains(inner, w) {
				pool = append(pool, w)
			}
		}
	}
	if len(pos) == 0 || len(pool) == 0 {
		return "", false
	}
	m := pos[rng.IntN(len(pos))]
	w := pool[rng.IntN(len(pool))]
	return s[:loc[2]+m[0]] + w + s[loc[2]+m[1]:], true
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// moveAttribution credits the words to another speaker (or, lacking one,
// another name) of the story.
func moveAttribution(s string, speakers, ents []string, rng *rand.Rand) (string, bool) {
	for _, e := range text.Entities(s) {
		if !speechRE.MatchString(s[e.End:]) {
			continue
		}
		pool := speakers
		if len(pool) < 2 {
			pool = ents
		}
		last := strings.ToLower(lastWord(e.Text))
		for range 20 {
			if len(pool) == 0 {
				break
			}
			c := pool[rng.IntN(len(pool))]
			if strings.ToLower(lastWord(c)) != last && !strings.Contains(strings.ToLower(s), strings.ToLower(lastWord(c))) {
				return s[:e.Start] + c + s[e.End:], true
			}
		}
	}
	return "", false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}
