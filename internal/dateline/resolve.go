package dateline

import (
	"math"
	"slices"
)

// Scores of a meaning, in orders of magnitude of population: a meaning's
// prior is log10 of its people; mentions of its region or country elsewhere
// in the text add these.
const (
	countryPrior         = 2.0  // a country beats a same-named city ("Mexico", "Singapore")
	regionPrior          = -1.5 // a region ranks below its biggest same-named city ("New York")
	capitalPrior         = 0.5
	altPrior             = -0.5 // "Maine" is the state, not an alternate name of Des Plaines
	regionSupport        = 3.0  // "Paris" with "Texas" mentioned is Paris, Texas
	countrySupport       = 1.0  // "Valencia" with "Venezuela" mentioned is the Venezuelan city (not so for the United States: see bonus)
	regionCountrySupport = 4.0  // "Georgia" in a text about the United States is the state
)

// formCap is the most that company forms ("Inc") add to a country: a
// title's, or two in the first paragraph.
const formCap = 2.0

// Thresholds of the inference, in mention weights (title 3, first paragraph 2).
const (
	minScore  = 2.0 // a place needs a title or first-paragraph mention, or two later ones
	minSettle = 1.0 // in the last resort, a country needs one mention anywhere, or two cues
)

// area is a country or a region, as support for the meanings inside it.
type area struct {
	kind kind
	id   int32
}

// evidence is how much the mentions of a text speak for each country and
// region, and how much of that each name contributes, so that a name does
// not support itself.
type evidence struct {
	total map[area]float64
	byKey map[string]map[area]float64
}

func (g *gazetteer) prior(e entry) float64 {
	switch e.kind {
	case kindCountry:
		return log10(g.countries[e.id].pop) + countryPrior
	case kindRegion:
		return log10(g.regions[e.id].pop) + regionPrior
	case kindCity:
		c := g.cities[e.id]
		p := log10(c.pop)
		if c.capital {
			p += capitalPrior
		}
		if e.alt {
			p += altPrior
		}
		return p
	}
	return math.Inf(-1)
}

func log10(n int64) float64 { return math.Log10(float64(max(n, 1000))) }

// gather sums the mentions' weights on the areas of their likeliest meanings.
func (g *gazetteer) gather(ms []mention) *evidence {
	ev := &evidence{total: map[area]float64{}, byKey: map[string]map[area]float64{}}
	for _, m := range ms {
		best, ok := g.pick(m.cands, nil, "")
		if !ok {
			continue
		}
		c, r := g.area(best)
		own := ev.byKey[m.key]
		if own == nil {
			own = map[area]float64{}
			ev.byKey[m.key] = own
		}
		for _, a := range []area{{kindCountry, c}, {kindRegion, r}} {
			if a.id >= 0 {
				ev.total[a] += m.weight
				own[a] += m.weight
			}
		}
	}
	return ev
}

// support is the evidence for a, leaving out what the name key gave.
func (ev *evidence) support(key string, a area) float64 {
	if ev == nil || a.id < 0 {
		return 0
	}
	return ev.total[a] - ev.byKey[key][a]
}

// pick returns the likeliest of cands: the best prior plus the support of
// their region and country in ev (which may be nil).
func (g *gazetteer) pick(cands []entry, ev *evidence, key string) (entry, bool) {
	best, bestScore, found := entry{}, math.Inf(-1), false
	country := slices.ContainsFunc(cands, func(e entry) bool { return e.kind == kindCountry })
	for _, e := range cands {
		s := g.prior(e) + g.supportBonus(e, ev, key, country)
		if s > bestScore {
			best, bestScore, found = e, s, true
		}
	}
	return best, found
}

// supportBonus is what the other names of the text add to e's score. A
// region whose name is also a country's ("Georgia") gets
// regionCountrySupport when the text is about the region's country.
func (g *gazetteer) supportBonus(e entry, ev *evidence, key string, countryRival bool) float64 {
	c, r := g.area(e)
	bonus := 0.0
	if e.kind != kindRegion && ev.support(key, area{kindRegion, r}) > 0 {
		bonus += regionSupport
	}
	// The United States is mentioned in most texts and is home to most
	// towns named after other places, so its mention says little about
	// which Geneva or Paris is meant.
	switch {
	case e.kind == kindRegion && countryRival && ev.support(key, area{kindCountry, c}) >= minScore:
		// A state of a country the text is about: "Georgia" with
		// "Atlanta" or "U.S. Senate" is the American state.
		bonus += regionCountrySupport
	case g.countries[c].code != "US" && ev.support(key, area{kindCountry, c}) > 0:
		bonus += countrySupport
	}
	return bonus
}

// supported reports whether another name of the text speaks for e's region
// or, outside the United States (mentioned in most texts, and home of most
// towns named after people), its country.
func (g *gazetteer) supported(e entry, ev *evidence, key string) bool {
	c, r := g.area(e)
	if ev.support(key, area{kindRegion, r}) > 0 {
		return true
	}
	return e.kind != kindCountry && g.countries[c].code != "US" && ev.support(key, area{kindCountry, c}) > 0
}

// located is a resolved place: indices into the gazetteer, -1 when absent.
type located struct {
	city, region, country int32
}

// infer picks the place that the mentions speak for most: the country with
// the highest summed weight, if it reaches threshold, then its best city, or else
// its best region, if either reaches minScore or the city was qualified.
func (g *gazetteer) infer(ms []mention, threshold float64) (located, bool) {
	ev := g.gather(ms)
	countries, regions, cities := scores{}, scores{}, scores{}
	qualified := map[int32]bool{}
	forms := map[int32]float64{} // the weight of company forms of each country
	notUS := 0.0                 // of company forms of many countries but the United States ("Ltd")
	for _, m := range ms {
		if m.form && len(m.cands) == 0 {
			notUS += m.weight
			continue
		}
		e, ok := g.pick(m.cands, ev, m.key)
		if !ok || (m.needSupport && !g.supported(e, ev, m.key)) {
			continue
		}
		c, r := g.area(e)
		if m.form {
			countries.add(c, 0) // in its order; the weight comes below
			forms[c] += m.weight
			continue
		}
		countries.add(c, m.weight)
		if m.org {
			continue
		}
		switch e.kind {
		case kindCity:
			cities.add(e.id, m.weight)
			qualified[e.id] = qualified[e.id] || m.qualified
		case kindRegion:
			regions.add(r, m.weight)
		}
	}
	for c, w := range forms {
		if g.countries[c].code == "US" {
			w -= notUS // "Breakwater Resources Ltd" and "Novamin Inc" are not American
		}
		countries.add(c, max(0, min(w, formCap)))
	}
	c, score := countries.best(func(int32) bool { return true })
	if c < 0 || score < threshold {
		return located{}, false
	}
	loc := located{city: -1, region: -1, country: c}
	if id, s := cities.best(func(id int32) bool { return g.cities[id].country == c }); id >= 0 && (s >= minScore || qualified[id]) {
		loc.city, loc.region = id, g.cities[id].region
		return loc, true
	}
	if id, s := regions.best(func(id int32) bool { return g.regions[id].country == c }); id >= 0 && s >= minScore {
		loc.region = id
	}
	return loc, true
}

// scores sums weights per id and remembers which id came first.
type scores struct {
	sum   map[int32]float64
	order []int32
}

func (s *scores) add(id int32, w float64) {
	if s.sum == nil {
		s.sum = map[int32]float64{}
	}
	if _, ok := s.sum[id]; !ok {
		s.order = append(s.order, id)
	}
	s.sum[id] += w
}

// best returns the id with the highest sum among those keep accepts, the
// earliest on ties, or -1.
func (s *scores) best(keep func(int32) bool) (int32, float64) {
	best, bestSum := int32(-1), 0.0
	for _, id := range s.order {
		if keep(id) && s.sum[id] > bestSum {
			best, bestSum = id, s.sum[id]
		}
	}
	return best, bestSum
}
