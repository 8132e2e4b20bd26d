package dateline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

//go:generate go run ./build -data ../../../shared/data/geonames -out gazetteer.bin.gz

//go:embed gazetteer.bin.gz
var gazetteerGz []byte

type kind uint8

const (
	kindCountry kind = iota + 1
	kindRegion
	kindCity
	kindBlocker // a name like "Latin America" that names no place of ours
)

// entry is one meaning of an index key.
type entry struct {
	kind      kind
	alt       bool // an alternate name of a city: ranks below cities' own names
	qualifier bool // only right after "Place,": "Pa.", "CA"
	caps      bool // only when written in capitals: "US", "UK"
	id        int32
}

type country struct {
	code, name string
	pop        int64
}

type region struct {
	name    string
	country int32
	pop     int64 // people in its cities of 15,000 or more
}

type city struct {
	name    string
	country int32
	region  int32 // -1 if GeoNames gives none we know
	pop     int64
	capital bool
}

// gazetteer is the loaded place table. It is read-only after load.
type gazetteer struct {
	countries []country
	regions   []region
	cities    []city
	index     map[string][]entry // normalized name -> meanings
	maxWords  int                // the most words in a key
	byCode    map[string]int32   // country code -> index in countries
	multi     map[string]bool    // first words of keys of more than one word
}

func loadGazetteer() (*gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		return nil, fmt.Errorf("dateline: open gazetteer: %w", err)
	}
	g := &gazetteer{index: make(map[string][]entry, 150000), multi: map[string]bool{}}
	countryByCode := map[string]int32{}
	regionByCode := map[string]int32{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		var err error
		switch f[0] {
		case "C":
			err = g.addCountry(f, countryByCode)
		case "R":
			err = g.addRegion(f, countryByCode, regionByCode)
		case "P":
			err = g.addCity(f, countryByCode, regionByCode)
		case "B":
			g.add(f[1], entry{kind: kindBlocker})
		default:
			err = fmt.Errorf("unknown record %q", f[0])
		}
		if err != nil {
			return nil, fmt.Errorf("dateline: gazetteer line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("dateline: read gazetteer: %w", err)
	}
	g.byCode = countryByCode
	for _, list := range []map[string]string{cues, companyForms, currencies} {
		for key, code := range list {
			if _, ok := countryByCode[code]; !ok && code != noCountry && code != manyCountries {
				return nil, fmt.Errorf("dateline: cue %q names unknown country %q", key, code)
			}
		}
	}
	return g, nil
}

func (g *gazetteer) addCountry(f []string, byCode map[string]int32) error {
	if len(f) < 5 {
		return fmt.Errorf("short country record")
	}
	pop, err := strconv.ParseInt(f[3], 10, 64)
	if err != nil {
		return err
	}
	id := int32(len(g.countries))
	byCode[f[1]] = id
	g.countries = append(g.countries, country{code: f[1], name: f[2], pop: pop})
	g.add(f[2], entry{kind: kindCountry, id: id})
	g.addAliases(f[4], entry{kind: kindCountry, id: id})
	return nil
}

func (g *gazetteer) addRegion(f []string, countries, byCode map[string]int32) error {
	if len(f) < 7 {
		return fmt.Errorf("short region record")
	}
	cc, _, _ := strings.Cut(f[1], ".")
	c, ok := countries[cc]
	if !ok {
		return nil // a region of a dissolved country
	}
	pop, err := strconv.ParseInt(f[4], 10, 64)
	if err != nil {
		return err
	}
	id := int32(len(g.regions))
	byCode[f[1]] = id
	g.regions = append(g.regions, region{name: f[2], country: c, pop: pop})
	e := entry{kind: kindRegion, id: id}
	g.add(f[2], e)
	g.add(f[3], e)
	g.addAliases(f[5], e)
	e.qualifier = true
	g.addAliases(f[6], e)
	return nil
}

func (g *gazetteer) addCity(f []string, countries, regions map[string]int32) error {
	if len(f) < 8 {
		return fmt.Errorf("short place record")
	}
	c, ok := countries[f[3]]
	if !ok {
		return nil
	}
	pop, err := strconv.ParseInt(f[5], 10, 64)
	if err != nil {
		return err
	}
	r, ok := regions[f[3]+"."+f[4]]
	if !ok {
		r = -1
	}
	id := int32(len(g.cities))
	g.cities = append(g.cities, city{name: f[1], country: c, region: r, pop: pop, capital: f[6] == "1"})
	e := entry{kind: kindCity, id: id}
	g.add(f[1], e)
	g.add(f[2], e)
	e.alt = true
	g.addAliases(f[7], e)
	return nil
}

func (g *gazetteer) addAliases(list string, e entry) {
	if list == "" {
		return
	}
	for _, a := range strings.Split(list, "|") {
		e.caps = allCaps(a)
		g.add(a, e)
	}
}

// add indexes name under its normalized key, once per meaning; a city's own
// name wins over the same city's alternate name.
func (g *gazetteer) add(name string, e entry) {
	key := normalize(name)
	if key == "" {
		return
	}
	list := g.index[key]
	for i, old := range list {
		if old.kind == e.kind && old.id == e.id {
			if old.alt && !e.alt {
				list[i] = e
			}
			return
		}
	}
	g.index[key] = append(list, e)
	if first, _, ok := strings.Cut(strings.ReplaceAll(key, "-", " "), " "); ok {
		g.multi[first] = true
	}
	g.maxWords = max(g.maxWords, strings.Count(key, " ")+strings.Count(key, "-")+1)
}

// allCaps reports whether every letter of s is upper case: "US", "U.K.".
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
