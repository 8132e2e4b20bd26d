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
	var b strings.Builder
	ends := make([]int, 0, g.maxWords)
	for j := i; j < len(toks) && j-i < g.maxWords; j++ {
		if j > i {
			if !toks[j].sep.joins() {
				break
			}
			b.WriteString(joiner(toks[j].sep))
		}
		b.WriteString(toks[j].key)
		ends = append(ends, b.Len())
	}
	key := b.String()
	for n := len(ends); n > 0; n-- {
		if cands, ok := g.index[key[:ends[n-1]]]; ok {
			return match{key: key[:ends[n-1]], cands: cands, n: n}, true
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
	titleCase := title && headlineCase(toks)
	for i := 0; i < len(toks); {
		if !toks[i].upper && !g.multi[toks[i].key] {
			i++ // judge rejects a name that starts lower case
			continue
		}
		m, ok := g.longest(toks, i)
		if !ok {
			i++
			continue
		}
		mm, v := g.judge(toks, i, m, titleCase, settle)
		switch v {
		case accepted:
			mm.weight, mm.title = weight, title
			if mm.org {
				mm.weight *= cueWeight
			}
			ms = append(ms, mm)
		case namePart:
			people[m.key] = true
		}
		i += m.n
	}
	return ms
}

// keep drops the mentions that the whole text speaks against: names also
// seen as part of a person's name, unless after a place preposition, and
// weak headline mentions that the lead does not repeat.
func keep(ms []mention, people map[string]bool) []mention {
	lead := map[string]bool{}
	for _, m := range ms {
		if !m.title && !(people[m.key] && !m.prep && !m.qualified) {
			lead[m.key] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if (people[m.key] && !m.prep && !m.qualified) || (m.weak && !lead[m.key]) {
			continue
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
	namePart // rejected as the last part of a longer name: "Denzel Washington"
)

// judge applies the false-positive rules to the match m at toks[i].
func (g *gazetteer) judge(toks []token, i int, m match, titleCase, settle bool) (mention, verdict) {
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
	if q, ok := g.qualifierAfter(toks, i+m.n); ok {
		if in := g.within(cands, q); len(in) > 0 {
			mm.cands, mm.qualified = in, true
			return mm, accepted
		}
	}
	letters := len(strings.ReplaceAll(strings.ReplaceAll(m.key, " ", ""), "-", ""))
	if len(cands) == 0 || wordNames[m.key] || wireLabels[m.key] || (letters < 3 && !caps) || cues[m.key] != "" {
		return mention{}, rejected
	}
	prev, next := wordBefore(toks, i), wordAt(toks, i+m.n)
	isCountry := onlyKind(cands, kindCountry)[0].kind == kindCountry
	if prev != nil && prev.upper && !functionWords[prev.key] && !placePrepositions[prev.key] {
		if isCountry {
			return mention{}, rejected // "People's Republic of China" is matched whole; "Air China"
		}
		return mention{}, namePart // "Denzel Washington", "President Lincoln"
	}
	if next != nil && next.upper && !words[len(words)-1].poss && !functionWords[next.key] && !placeSuffixes[next.key] {
		switch {
		case isCountry && caps:
			// "U.S. Agriculture Department", "UK Treasury": a country's
			// abbreviation names no person.
		case titleCase:
			mm.weak = !isCountry // "Erie Smashes Snowfall Record" or "Uma Thurman Speaks"
		case surnames[m.key]:
			return mention{}, namePart // "Harvey Weinstein"
		case settle:
			mm.org = true // "Philadelphia Electric Co": in the United States
		default:
			return mention{}, rejected // "Washington Post", "Chicago Cubs"
		}
	}
	if next != nil && speechVerbs[next.key] && (onlyKind(cands, kindCity)[0].kind == kindCity || personal[m.key]) {
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
