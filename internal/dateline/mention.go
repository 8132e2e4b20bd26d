package dateline

import (
	"slices"
	"strings"
)

// mention is a place name found in a text, with the meanings that the
// false-positive rules left it.
type mention struct {
	key         string
	cands       []entry
	weight      float64 // of its part of the text: title, first paragraph...
	qualified   bool    // followed by its country or region: "Paris, Texas"
	needSupport bool    // a surname: counts only if its country or region is mentioned too
	prep        bool    // after a place preposition: "in Washington"
	weak        bool    // in a headline, before a capitalized word: counts only if the lead has it too
	org         bool    // part of an organization's name ("Houston Oil Trust"): speaks only for a country
	form        bool    // a company form ("Inc", "Ltd"): see companyForms
	title       bool
}

// match is the longest index key starting at a token.
type match struct {
	key   string
	cands []entry
	n     int // tokens
}

// longest returns the longest index key that starts at toks[i] and runs
// only across joining separators.
func (g *gazetteer) longest(toks []token, i int) (match, bool) {
	if !g.multi[toks[i].key] { // the common case, without building keys
		if cands, ok := g.index[toks[i].key]; ok {
			return match{key: toks[i].key, cands: cands, n: 1}, true
		}
		return match{}, false
	}
	var buf [256]byte // keys are looked up without allocating
	b := buf[:0]
	var ends [16]int
	n := 0
	for j := i; j < len(toks) && j-i < g.maxWords && n < len(ends); j++ {
		if j > i {
			if !toks[j].sep.joins() {
				break
			}
			b = append(b, joiner(toks[j].sep)...)
		}
		b = append(b, toks[j].key...)
		ends[n] = len(b)
		n++
	}
	for ; n > 0; n-- {
		if cands, ok := g.index[string(b[:ends[n-1]])]; ok {
			return match{key: string(b[:ends[n-1]]), cands: cands, n: n}, true
		}
	}
	return match{}, false
}

// scan appends the place mentions of one part of a text (the title or a
// paragraph), as tokenized, to ms, applying the rules that doc.go lists. It adds to people
// the names seen as the last part of a longer name ("Carson Palmer"), which
// then do not count on their own either.
//
// In the last resort (settle), a name before a capitalized word ("Houston
// Oil Trust") counts, at cueWeight, as an org mention.
func (g *gazetteer) scan(toks []token, weight float64, title, settle bool, ms []mention, people map[string]bool) []mention {
	var style casing
	if title {
		style = titleCasing(toks)
	}
	for i := 0; i < len(toks); {
		if q, n, ok := g.partyState(toks, i); ok {
			ms = append(ms, mention{key: toks[i+1].key, cands: q, weight: weight, qualified: true, title: title})
			i += n
			continue
		}
		if !toks[i].upper && !g.multi[toks[i].key] {
			i++ // judge rejects a name that starts lower case
			continue
		}
		m, ok := g.longest(toks, i)
		if !ok {
			if q, ok := g.townQualifier(toks, i+1); ok && toks[i].upper {
				ms = append(ms, mention{key: toks[i].key, cands: q, weight: weight, qualified: true, title: title})
			}
			i++
			continue
		}
		mm, v := g.judge(toks, i, m, style, settle)
		switch v {
		case accepted:
			mm.weight, mm.title = weight, title
			if mm.org {
				mm.weight *= cueWeight
			}
			ms = append(ms, mm)
		case namePart:
			people[m.key] = true
		case elsewhere:
			mm.weight, mm.title = weight, title
			ms = append(ms, mm)
			people[elsewhereMark+m.key] = true
		}
		i += m.n
	}
	return ms
}

// elsewhereMark marks, in the people set, the names seen qualified by an
// area they are not in ("Cambridge, Ohio").
const elsewhereMark = "\x00"

// keep drops the mentions that the whole text speaks against: names also
// seen as part of a person's name, unless after a place preposition; weak
// headline mentions that the lead does not repeat; and unqualified
// mentions of a name seen qualified by an area it is not in.
func keep(ms []mention, people map[string]bool) []mention {
	lead := map[string]bool{}
	for _, m := range ms {
		if !m.title && !m.org && !(people[m.key] && !m.prep && !m.qualified) {
			lead[m.key] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if (people[m.key] && !m.prep && !m.qualified) || (m.weak && !lead[m.key]) {
			continue
		}
		if people[elsewhereMark+m.key] && !m.qualified {
			continue // "Cambridge" after "Cambridge, Ohio" is not the English one
		}
		out = append(out, m)
	}
	return out
}

// verdict is judge's answer.
type verdict uint8

const (
	rejected verdict = iota
	accepted
	namePart  // rejected as the last part of a longer name: "Denzel Washington"
	elsewhere // a city qualified by an area it is not in ("Cambridge, Ohio"): a mention of that area
)

// judge applies the false-positive rules to the match m at toks[i].
func (g *gazetteer) judge(toks []token, i int, m match, style casing, settle bool) (mention, verdict) {
	words := toks[i : i+m.n]
	if !capitalized(words) {
		return mention{}, rejected
	}
	caps := true
	for _, t := range words {
		caps = caps && t.caps
	}
	mm := mention{key: m.key}
	cands := make([]entry, 0, len(m.cands))
	for _, e := range m.cands {
		if e.kind == kindBlocker {
			return mention{}, rejected
		}
		if e.qualifier || (e.caps && !caps) {
			continue
		}
		if e.kind == kindRegion && generic(m.key) {
			continue
		}
		cands = append(cands, e)
	}
	j := i + m.n // where a qualifier may stand: "Paris, Texas", "Dade County, Fla."
	if j < len(toks) && toks[j].sep == sepSpace && placeSuffixes[toks[j].key] && toks[j].upper {
		j++
	}
	if q, ok := g.qualifierAfter(toks, j); ok {
		if in := g.within(cands, q); len(in) > 0 {
			mm.cands, mm.qualified = in, true
			return mm, accepted
		}
		if allCities(cands) && g.closedQualifier(toks, j) {
			mm.cands, mm.qualified = q, true
			return mm, elsewhere // "Cambridge, Ohio": a town we do not know
		}
	}
	letters := len(strings.ReplaceAll(strings.ReplaceAll(m.key, " ", ""), "-", ""))
	if caps && m.n == 1 && letters <= 3 && style != shouting && !capsAlias(cands) {
		return mention{}, rejected // "ICO", "NEC": an acronym, unlike "UK"
	}
	if len(cands) == 0 || wordNames[m.key] || wireLabels[m.key] || (letters < 3 && !caps) || cues[m.key] != "" {
		return mention{}, rejected
	}
	prev, next := wordBefore(toks, i), wordAt(toks, i+m.n)
	if next == nil && g.joinedName(toks, i+m.n) {
		return mention{}, rejected // "Bristol-Myers", "Georgia-Pacific": a longer name, most often of people
	}
	isCountry := onlyKind(cands, kindCountry)[0].kind == kindCountry
	if prev != nil && prev.upper && !functionWords[prev.key] && !placePrepositions[prev.key] {
		switch {
		case style == shouting:
			// Capitals tell no name from its neighbours: "GEODOME SETS
			// IDAHO MINE" counts if the lead names Idaho too.
			mm.weak = !isCountry
		case isCountry:
			return mention{}, rejected // "People's Republic of China" is matched whole; "Air China"
		default:
			return mention{}, namePart // "Denzel Washington", "President Lincoln"
		}
	}
	if next != nil && next.upper && !words[len(words)-1].poss && !functionWords[next.key] && !placeSuffixes[next.key] {
		switch {
		case isCountry && caps:
			// "U.S. Agriculture Department", "UK Treasury": a country's
			// abbreviation names no person.
		case style != plain:
			mm.weak = !isCountry // "Erie Smashes Snowfall Record" or "Uma Thurman Speaks"
		case surnames[m.key]:
			return mention{}, namePart // "Harvey Weinstein"
		case settle:
			mm.org = true // "Philadelphia Electric Co": in the United States
		default:
			return mention{}, rejected // "Washington Post", "Chicago Cubs"
		}
	}
	if isCountry && next != nil && dollarWords[next.key] && g.countries[onlyKind(cands, kindCountry)[0].id].code == "US" {
		return mention{}, rejected // "U.S. dollars" are paid the world over
	}
	if next != nil && speechVerbs[next.key] && (prev == nil || prev.key != "of") && (onlyKind(cands, kindCity)[0].kind == kindCity || personal[m.key]) {
		return mention{}, namePart // "Jackson said", but "Britain said", "Florida said"
	}
	if next != nil && (next.key == "state" || next.key == "province") {
		cands = onlyKind(cands, kindRegion) // "Washington state"
	}
	mm.cands = g.preferOwnNames(cands)
	mm.prep = prev != nil && placePrepositions[prev.key]
	mm.needSupport = surnames[m.key] && !mm.prep
	if len(mm.cands) == 0 {
		return mention{}, rejected
	}
	return mm, accepted
}

// joinedName reports whether toks[j] is joined by a hyphen to the name
// before it and is a capitalized word that names no country or region:
// "Bristol-Myers", "Georgia-Pacific", but not "Russia-Ukraine" or
// "Paris-based".
func (g *gazetteer) joinedName(toks []token, j int) bool {
	if j >= len(toks) || toks[j].sep != sepHyphen || !toks[j].upper {
		return false
	}
	for _, e := range g.index[toks[j].key] {
		if (e.kind == kindCountry || e.kind == kindRegion) && !e.qualifier && !e.caps {
			return false // "Israel-Gaza", "Russia-Ukraine"
		}
	}
	return true
}

// partyState reads the party and state of an American lawmaker at toks[i]
// ("R-Kan.", "D-N.Y.", "R-Texas") and returns the state and how many tokens
// it takes.
func (g *gazetteer) partyState(toks []token, i int) ([]entry, int, bool) {
	if i+1 >= len(toks) || len(toks[i].key) != 1 || !toks[i].upper || !parties[toks[i].key] ||
		toks[i+1].sep != sepHyphen || !toks[i+1].upper {
		return nil, 0, false
	}
	m, ok := g.longest(toks, i+1)
	if !ok {
		return nil, 0, false
	}
	var q []entry
	for _, e := range m.cands {
		if e.kind == kindRegion && g.countries[g.regions[e.id].country].code == "US" {
			q = append(q, e)
		}
	}
	return q, 1 + m.n, len(q) > 0
}

// parties are the initials of American parties before a state: "R-Kan.".
var parties = set("r", "d", "i")

// allCities reports whether every meaning is a city's: "Cambridge", not
// "Lesotho" in "Lesotho, Sri Lanka and Malaysia".
func allCities(cands []entry) bool {
	for _, e := range cands {
		if e.kind != kindCity {
			return false
		}
	}
	return len(cands) > 0
}

// capsAlias reports whether a meaning is an alias written in capitals
// ("UK", "US", "DRC").
func capsAlias(cands []entry) bool {
	for _, e := range cands {
		if e.caps {
			return true
		}
	}
	return false
}

// closedQualifier reports whether the qualifier at toks[j] (", Ohio") names
// no city and ends its phrase, so that it qualifies the name before it and
// is not the next of a list ("Moscow, Washington and Beijing").
func (g *gazetteer) closedQualifier(toks []token, j int) bool {
	m, ok := g.longest(toks, j)
	if !ok {
		return false
	}
	abbrev := slices.ContainsFunc(m.cands, func(e entry) bool { return e.qualifier }) // "Pa.", not the town of Pa
	for _, e := range m.cands {
		if e.kind == kindCity && !abbrev {
			return false
		}
	}
	k := j + m.n
	return k >= len(toks) || (toks[k].sep != sepSpace && toks[k].sep != sepHyphen)
}

// townQualifier returns the area of ", Pa." or ", Ohio" after a capitalized
// word that names no place of ours ("Valley Forge, Pa."): a mention of the
// area where a town we do not know lies. A qualifier in capitals without
// periods ("Smith, OK") does not count.
func (g *gazetteer) townQualifier(toks []token, j int) ([]entry, bool) {
	q, ok := g.qualifierAfter(toks, j)
	if !ok || !g.closedQualifier(toks, j) {
		return nil, false
	}
	if t := toks[j]; t.caps && t.end-t.start == len(t.key) {
		return nil, false
	}
	return q, true
}

// wordBefore returns the word before toks[i] if only spaces stand between
// them, else nil.
func wordBefore(toks []token, i int) *token {
	if i <= 0 || i >= len(toks) || (toks[i].sep != sepSpace && toks[i].sep != sepAbbrev) {
		return nil
	}
	return &toks[i-1]
}

// wordAt returns toks[j] if only spaces stand before it, else nil.
func wordAt(toks []token, j int) *token {
	if j >= len(toks) || (toks[j].sep != sepSpace && toks[j].sep != sepAbbrev) {
		return nil
	}
	return &toks[j]
}

// capitalized reports whether a name is written as one: its first word and
// every word longer than three letters start upper case ("Rio de Janeiro").
func capitalized(words []token) bool {
	for i, t := range words {
		if !t.upper && (i == 0 || len(t.key) > 3) {
			return false
		}
	}
	return true
}

// casing is how a title is written.
type casing uint8

const (
	plain    casing = iota // as a sentence: "Tram derails in Croydon"
	headline               // most words capitalized: "Tram Derails in Croydon"
	shouting               // in capitals: "TRAM DERAILS IN CROYDON"
)

// titleCasing tells how a title is written.
func titleCasing(toks []token) casing {
	switch {
	case shout(toks):
		return shouting
	case headlineCase(toks):
		return headline
	}
	return plain
}

// shout reports whether most words of more than one letter, two at least,
// are in capitals.
func shout(toks []token) bool {
	n, up := 0, 0
	for _, t := range toks {
		if len(t.key) > 1 && !isDigit(t.key[0]) {
			n++
			if t.caps {
				up++
			}
		}
	}
	return n >= 2 && up*4 >= n*3
}

// headlineCase reports whether most words of a title are capitalized, as in
// "Tram Derails in Croydon".
func headlineCase(toks []token) bool {
	n, up := 0, 0
	for _, t := range toks {
		if len(t.key) > 3 {
			n++
			if t.upper {
				up++
			}
		}
	}
	return n >= 3 && up*4 >= n*3
}

func generic(key string) bool {
	for _, w := range strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' }) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// qualifierAfter reads ", Country" or ", Region" (or a qualifier such as
// ", Pa.") at toks[j] and returns its meanings.
func (g *gazetteer) qualifierAfter(toks []token, j int) ([]entry, bool) {
	if j >= len(toks) || toks[j].sep != sepComma || !toks[j].upper {
		return nil, false
	}
	m, ok := g.longest(toks, j)
	if !ok {
		return nil, false
	}
	caps := true
	for _, t := range toks[j : j+m.n] {
		caps = caps && t.caps
	}
	var q []entry
	for _, e := range m.cands {
		if (e.kind == kindCountry || e.kind == kindRegion) && (!e.caps || caps) {
			q = append(q, e)
		}
	}
	return q, len(q) > 0
}

// within keeps the cities and regions of cands that lie in one of the
// countries or regions of q.
func (g *gazetteer) within(cands, q []entry) []entry {
	var out []entry
	for _, e := range cands {
		if e.kind != kindCity && e.kind != kindRegion {
			continue
		}
		c, r := g.area(e)
		for _, a := range q {
			if (a.kind == kindCountry && a.id == c) || (a.kind == kindRegion && a.id == r && e.kind == kindCity) {
				out = append(out, e)
				break
			}
		}
	}
	return g.preferOwnNames(out)
}

// area returns the country and region (or -1) of an entry.
func (g *gazetteer) area(e entry) (country, region int32) {
	switch e.kind {
	case kindCountry:
		return e.id, -1
	case kindRegion:
		return g.regions[e.id].country, e.id
	case kindCity:
		c := g.cities[e.id]
		return c.country, c.region
	}
	return -1, -1
}

func onlyKind(cands []entry, k kind) []entry {
	var out []entry
	for _, e := range cands {
		if e.kind == k {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// preferOwnNames drops cities matched by an alternate name when some city
// is matched by its own name: "Victoria" is Victoria, Canada, not Hong Kong.
func (g *gazetteer) preferOwnNames(cands []entry) []entry {
	var ownPop int64 = -1
	var ownIn []int32 // countries with a city of that own name
	for _, e := range cands {
		if e.kind == kindCity && !e.alt {
			ownPop = max(ownPop, g.cities[e.id].pop)
			ownIn = append(ownIn, g.cities[e.id].country)
		}
	}
	if ownPop < 0 {
		return cands
	}
	out := cands[:0:0]
	for _, e := range cands {
		// An exonym of a far larger city stays: "Geneva" is Genève before
		// Geneva, Illinois; but not within the same country, where the
		// name is a district's or a former one ("New Delhi" is not Delhi).
		if e.kind != kindCity || !e.alt || (g.cities[e.id].pop >= exonymFactor*ownPop && !slices.Contains(ownIn, g.cities[e.id].country)) {
			out = append(out, e)
		}
	}
	return out
}

// exonymFactor is how many times larger than the largest place of that own
// name a city known by an alternate name must be to stay a candidate.
const exonymFactor = 5
