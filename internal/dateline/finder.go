package dateline

import (
	"cmp"
	"slices"
	"strings"

	"tidings/internal/news"
)

// Finder finds where a story happens. It is safe for concurrent use: after
// New it only reads its gazetteer.
type Finder struct {
	g *gazetteer
}

// New loads the embedded gazetteer. It takes tens of milliseconds and some
// tens of megabytes, so a program makes one Finder and shares it. An error
// means the embedded file is damaged: a build fault, not a runtime condition.
func New() (*Finder, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	return &Finder{g: g}, nil
}

// Parts of a text that inference reads, with the weight of a mention in each.
var (
	titleWeight     = 3.0
	paragraphWeight = []float64{2, 1.5, 1, 1, 1} // the lead: later paragraphs are not read
)

// leadBytes caps how much of the lead inference reads; wholeBytes how much
// of the text its last resort reads, where a paragraph after the lead
// weighs laterWeight.
const (
	leadBytes   = 3000
	wholeBytes  = 20000
	laterWeight = 1.0
)

// Find returns the place of the story and the text with a leading wire
// dateline removed.
//
// It first parses an explicit wire dateline at the start of the text
// ("ISTANBUL (Reuters) -", "KYIV, Ukraine —", "NEW YORK, March 4 -",
// "PARIS: ...") and strips it from the text; otherwise it infers the place
// from the title and the lead paragraphs (mentions of known cities, regions
// and countries, weighted by position and frequency, with a population prior
// for ambiguous names). doc.go lists the rules.
//
// ok is false when no place is found; then d is zero and cleaned is text.
// cleaned differs from text only when a wire dateline naming a place was
// found.
func (f *Finder) Find(title, text string) (d news.Dateline, cleaned string, ok bool) {
	if w, ok := parseWire(text); ok {
		prefix := text[:w.start]
		if strings.TrimSpace(prefix) == "" {
			prefix = ""
		}
		cleaned := prefix + text[w.end:]
		if d, ok := f.fromWire(w, f.mentions(title, cleaned, false)); ok {
			return d, cleaned, true
		}
	}
	loc, ok := f.g.infer(f.mentions(title, text, false), minScore)
	if !ok {
		// The last resort: the whole text, with demonyms and institutions.
		if loc, ok = f.g.infer(f.mentions(title, text, true), minSettle); !ok {
			return news.Dateline{}, text, false
		}
	}
	return f.dateline(loc, ""), text, true
}

// mentions collects the place mentions of the title and the lead, or, if
// whole, of the title and the whole text (paragraphs after the lead weigh
// laterWeight) with its cues (see cues).
func (f *Finder) mentions(title, text string, whole bool) []mention {
	people := map[string]bool{}
	toks := tokenize(title)
	ms := f.g.scan(toks, titleWeight, true, whole, nil, people)
	budget := leadBytes
	if whole {
		ms = f.g.cueMentions(toks, titleWeight, ms)
		budget = wholeBytes
	}
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if (n >= len(paragraphWeight) && !whole) || budget <= 0 {
			break
		}
		if len(line) > budget {
			line = line[:budget]
		}
		budget -= len(line)
		w := laterWeight
		if n < len(paragraphWeight) {
			w = paragraphWeight[n]
		}
		toks = tokenize(line)
		ms = f.g.scan(toks, w, false, whole, ms, people)
		if whole {
			ms = f.g.cueMentions(toks, w, ms)
		}
		n++
	}
	return keep(ms, people)
}

// fromWire resolves a parsed wire dateline, using the text's mentions to
// choose among same-named places.
func (f *Finder) fromWire(w wire, ms []mention) (news.Dateline, bool) {
	g := f.g
	var quals []entry
	for _, q := range w.quals {
		found, ok := g.qualifier(q)
		if !ok && !w.agency {
			return news.Dateline{}, false // "ISTANBUL, Hello —" is no dateline
		}
		quals = append(quals, found...)
	}
	var ev *evidence
	for _, p := range w.places {
		key := normalize(p)
		if wireLabels[key] {
			return news.Dateline{}, false
		}
		cands := g.placeMeanings(key, w.caps)
		if len(quals) > 0 {
			if in := preferCities(g.within(cands, quals)); len(in) > 0 {
				if ev == nil {
					ev = g.gather(ms)
				}
				e, _ := g.pick(in, ev, key)
				return f.dateline(g.locate(e), g.exonym(e, p)), true
			}
			continue
		}
		if len(cands) == 0 || (!w.caps && !w.agency && (wordNames[key] || !plainDash(w))) {
			continue
		}
		cands = preferCities(cands) // "GUANAJUATO" is the city, not the state
		if !w.caps && !w.agency {
			cands = onlyKind(cands, kindCity) // "China — the world's..." is no dateline
			if cands[0].kind != kindCity {
				continue
			}
		}
		if ev == nil {
			ev = g.gather(ms)
		}
		e, _ := g.pick(cands, ev, key)
		return f.dateline(g.cityState(key, g.locate(e)), g.exonym(e, p)), true
	}
	// An unknown place: named by the wire, placed by its qualifier or the text.
	if len(quals) == 0 && !(w.caps && w.agency) {
		return news.Dateline{}, false
	}
	name := titleCase(w.places[0])
	if len(quals) > 0 {
		e, _ := g.pick(quals, nil, "")
		loc := g.locate(e)
		return f.dateline(loc, name), true
	}
	loc, ok := g.infer(ms, minScore)
	if !ok {
		loc = located{city: -1, region: -1, country: -1}
	}
	loc.city, loc.region = -1, -1
	return f.dateline(loc, name), true
}

// exonym is the name to show for a city that a wire dateline named by an
// alternate name: the name as written (in title case) when the city's own
// name is not plain ASCII and not merely its accented form ("GENEVA" shows
// as Geneva, not Genève; "SAO PAULO" shows as São Paulo; "KIEV" as Kyiv), or
// when the written name is the start of the city's own ("FRANKFURT" shows
// as Frankfurt, not Frankfurt am Main).
// It is "" when the city's own name should show.
func (g *gazetteer) exonym(e entry, written string) string {
	if e.kind != kindCity || !e.alt {
		return ""
	}
	own := g.cities[e.id].name
	short := strings.HasPrefix(normalize(own), normalize(written)+" ") // "Frankfurt am Main"
	if !short && (plainASCII(own) || normalize(own) == normalize(written)) {
		return ""
	}
	return titleCase(written)
}

func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// preferCities keeps only the cities of a dateline's meanings when there is
// a city and no country among them: a dateline names a city, so
// "GUANAJUATO, Mexico" is the city and not the state of that name.
func preferCities(cands []entry) []entry {
	for _, e := range cands {
		if e.kind == kindCountry {
			return cands
		}
	}
	return onlyKind(cands, kindCity)
}

// plainDash reports whether a title-case dateline's dash is not the first
// of a pair around an aside: "Washington — the capital — is".
func plainDash(w wire) bool {
	if w.colon {
		return false
	}
	end := strings.IndexAny(w.rest, ".!?")
	if end < 0 {
		end = len(w.rest)
	}
	return !strings.ContainsAny(w.rest[:end], "—–") && !strings.Contains(w.rest[:end], " - ")
}

// qualifier returns the countries and regions that s names.
func (g *gazetteer) qualifier(s string) ([]entry, bool) {
	caps := allCaps(s)
	var out []entry
	for _, e := range g.index[normalize(s)] {
		if (e.kind == kindCountry || e.kind == kindRegion) && (!e.caps || caps) {
			out = append(out, e)
		}
	}
	return out, len(out) > 0
}

// placeMeanings returns the meanings of a wire dateline's place.
func (g *gazetteer) placeMeanings(key string, caps bool) []entry {
	var out []entry
	for _, e := range g.index[key] {
		if e.kind == kindBlocker || e.qualifier || (e.caps && !caps) {
			continue
		}
		if e.kind == kindRegion && generic(key) {
			continue
		}
		out = append(out, e)
	}
	return g.preferOwnNames(out)
}

// locate turns an entry into a place.
func (g *gazetteer) locate(e entry) located {
	c, r := g.area(e)
	loc := located{city: -1, region: r, country: c}
	if e.kind == kindCity {
		loc.city = e.id
	}
	return loc
}

// cityState turns a dateline that names a country into its same-named city
// where there is one: "SINGAPORE" is the city of Singapore.
func (g *gazetteer) cityState(key string, loc located) located {
	if loc.city >= 0 || loc.region >= 0 {
		return loc
	}
	for _, e := range g.index[key] {
		if e.kind == kindCity && !e.alt && g.cities[e.id].country == loc.country {
			return g.locate(e)
		}
	}
	return loc
}

// dateline formats a place; name, if not empty, replaces the city's name.
func (f *Finder) dateline(loc located, name string) news.Dateline {
	g := f.g
	var d news.Dateline
	if loc.city >= 0 {
		d.Place = g.cities[loc.city].name
	}
	if name != "" {
		d.Place = name
	}
	if loc.region >= 0 {
		d.Region = g.regions[loc.region].name
	}
	if loc.country >= 0 {
		d.Country = g.countries[loc.country].name
	}
	d.Text = Format(d.Place, d.Region, d.Country)
	return d
}

// Format is how the site shows a place: "Istanbul, Turkey"; "Singapore" for
// a city that is its country; "California, United States" when only the
// region is known; the country alone when only it is known.
func Format(place, region, country string) string {
	switch {
	case place != "" && (country == "" || country == place):
		return place
	case place != "":
		return place + ", " + country
	case region != "" && country != "":
		return region + ", " + country
	}
	return country
}

// Countries returns every country that the title and text point to at
// all, strongest first: the countries of the likeliest meanings of all the
// place names and cues of the whole text (20,000 bytes at most), before any
// threshold, as Find shows them. It is what Find's last resort weighs, and
// bounds what any choice among its countries could get right; nil if the
// text points nowhere.
func (f *Finder) Countries(title, text string) []string {
	ms := f.mentions(title, text, true)
	ev := f.g.gather(ms)
	var sc scores
	for _, m := range ms {
		if e, ok := f.g.pick(m.cands, ev, m.key); ok {
			c, _ := f.g.area(e)
			sc.add(c, m.weight)
		}
	}
	ids := slices.Clone(sc.order)
	slices.SortStableFunc(ids, func(a, b int32) int { return cmp.Compare(sc.sum[b], sc.sum[a]) })
	var out []string
	for _, id := range ids {
		out = append(out, f.g.countries[id].name)
	}
	return out
}

// Country returns the name Find shows for the country that name names
// (any of its names or aliases, in any case: "usa", "U.S.", "Britain"),
// and false if the gazetteer knows no country by that name.
func (f *Finder) Country(name string) (string, bool) {
	for _, e := range f.g.index[normalize(strings.TrimSpace(name))] {
		if e.kind == kindCountry {
			return f.g.countries[e.id].name, true
		}
	}
	return "", false
}

// CountryNames returns every name by which the gazetteer knows a country
// (its name and aliases, lower case and with periods dropped as in an index
// key: "united states", "us", "britain"), each mapped to the country's name
// as Find shows it ("United States"). It is for tools and baselines that
// want the same country names as Find; the map is new on each call.
func (f *Finder) CountryNames() map[string]string {
	out := map[string]string{}
	for key, es := range f.g.index {
		for _, e := range es {
			if e.kind == kindCountry {
				out[key] = f.g.countries[e.id].name
				break
			}
		}
	}
	return out
}
