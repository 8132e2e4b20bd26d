// Command build makes the dateline package's embedded gazetteer from the
// GeoNames tables (cities15000.zip, countryInfo.tsv, regionInfo.tsv):
//
//	go run ./internal/dateline/build -data ../shared/data/geonames -out internal/dateline/gazetteer.bin.gz
//
// The output is a gzip'd, tab-separated text file with one record a line,
// the same bytes for the same inputs. GAZETTEER.md describes its format.
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	data := fs.String("data", "", "folder with the GeoNames files")
	out := fs.String("out", "gazetteer.bin.gz", "file to write")
	minAltPop := fs.Int("min-alt-pop", 50000, "keep alternate names of places with at least this many people (and of capitals)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" {
		return errors.New("-data is required")
	}
	countries, err := readCountries(filepath.Join(*data, "countryInfo.tsv"))
	if err != nil {
		return err
	}
	regions, err := readRegions(filepath.Join(*data, "regionInfo.tsv"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(*data, "cities15000.zip"), *minAltPop)
	if err != nil {
		return err
	}
	return write(*out, countries, regions, cities)
}

type country struct {
	code, name string
	pop        int64
	aliases    []string
}

type region struct {
	code, name, ascii    string
	mentions, qualifiers []string
}

type city struct {
	name, ascii, cc, admin1 string
	pop                     int64
	capital                 bool
	alts                    []string
}

func readCountries(path string) ([]country, error) {
	rows, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	var out []country
	for _, r := range rows {
		if len(r) < 8 || r[0] == "CS" || r[0] == "AN" { // dissolved countries
			continue
		}
		c := country{code: r[0], name: strings.TrimSpace(r[4]), aliases: countryAliases[r[0]]}
		c.pop, _ = strconv.ParseInt(r[7], 10, 64)
		if n, ok := countryNames[c.code]; ok {
			c.aliases = append([]string{c.name}, c.aliases...)
			c.name = n
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b country) int { return strings.Compare(a.code, b.code) })
	return out, nil
}

func readRegions(path string) ([]region, error) {
	rows, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	var out []region
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		g := region{code: r[0], name: r[1], ascii: r[2]}
		cc, _, _ := strings.Cut(g.code, ".")
		if a, ok := regionAliases[cc][g.name]; ok {
			g.mentions, g.qualifiers = a.mentions, a.qualifiers
		}
		out = append(out, g)
	}
	return out, nil
}

func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return rows, nil
}

// dropped feature codes: historical, abandoned, destroyed places.
var droppedFeatures = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true}

func readCities(path string, minAltPop int) ([]city, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "cities15000.txt" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return parseCities(rc, minAltPop)
	}
	return nil, fmt.Errorf("%s: no cities15000.txt inside", path)
}

func parseCities(r io.Reader, minAltPop int) ([]city, error) {
	var out []city
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			return nil, fmt.Errorf("cities15000.txt: short row %q", f[0])
		}
		if droppedFeatures[f[7]] {
			continue
		}
		c := city{name: f[1], ascii: f[2], cc: f[8], admin1: f[10], capital: f[7] == "PPLC"}
		if n, ok := cityNames[f[0]]; ok {
			c.name = n
		}
		c.pop, _ = strconv.ParseInt(f[14], 10, 64)
		if c.pop >= int64(minAltPop) || c.capital {
			c.alts = selectAlts(c, strings.Split(f[3], ","))
		}
		c.alts = append(c.alts, cityAliases[f[0]]...)
		out = append(out, c)
	}
	return out, sc.Err()
}

// particles may stand lower-case inside an alternate name ("Rio de Janeiro").
var particles = map[string]bool{
	"de": true, "la": true, "le": true, "les": true, "du": true, "des": true, "di": true, "da": true,
	"do": true, "dos": true, "das": true, "del": true, "al": true, "el": true, "am": true, "an": true,
	"im": true, "on": true, "upon": true, "sur": true, "en": true, "of": true, "the": true, "y": true,
	"et": true, "und": true, "bei": true, "van": true, "der": true, "den": true, "aan": true, "au": true,
	"aux": true, "es": true,
}

// selectAlts keeps the alternate names that an English text may use: Latin
// script, every word capitalized but for particles, not all capitals (those
// are codes: "PAR", "MUC"), at most four words, not the same as the place's
// own names, and, if four letters or fewer, of a city of a million or more
// ("Kiev", "Roma"; not Umeå's "Uma").
func selectAlts(c city, alts []string) []string {
	var out []string
	seen := map[string]bool{strings.ToLower(c.name): true, strings.ToLower(c.ascii): true}
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if a == "" || len(a) > 40 || seen[strings.ToLower(a)] || !latinName(a) || (len(a) <= 4 && c.pop < 1000000) {
			continue
		}
		seen[strings.ToLower(a)] = true
		out = append(out, a)
	}
	return out
}

func latinName(s string) bool {
	hasLower := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\'' || r == '.':
		case unicode.IsLetter(r) && r < 0x250:
			hasLower = hasLower || unicode.IsLower(r)
		default:
			return false
		}
	}
	if !hasLower {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		first := []rune(w)[0]
		if unicode.IsUpper(first) {
			continue
		}
		if i == 0 || !particles[w] {
			return false
		}
	}
	return true
}

func write(path string, countries []country, regions []region, cities []city) error {
	popByRegion := map[string]int64{}
	for _, c := range cities {
		popByRegion[c.cc+"."+c.admin1] += c.pop
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Tidings dateline gazetteer. Data: GeoNames, geonames.org, CC BY 4.0 (cities15000, countryInfo, regionInfo).")
	fmt.Fprintln(w, "# C code name population aliases | R code name ascii population mentions qualifiers | P name ascii cc admin1 population capital alternates | B blocker")
	for _, c := range countries {
		fmt.Fprintf(w, "C\t%s\t%s\t%d\t%s\n", c.code, c.name, c.pop, strings.Join(c.aliases, "|"))
	}
	for _, g := range regions {
		fmt.Fprintf(w, "R\t%s\t%s\t%s\t%d\t%s\t%s\n", g.code, g.name, g.ascii, popByRegion[g.code],
			strings.Join(g.mentions, "|"), strings.Join(g.qualifiers, "|"))
	}
	for _, c := range cities {
		capital := ""
		if c.capital {
			capital = "1"
		}
		fmt.Fprintf(w, "P\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", c.name, c.ascii, c.cc, c.admin1, c.pop, capital,
			strings.Join(c.alts, "|"))
	}
	for _, b := range blockers {
		fmt.Fprintf(w, "B\t%s\n", b)
	}
	err = errors.Join(w.Flush(), zw.Close(), f.Close())
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
