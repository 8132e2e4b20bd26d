package evaluate

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"tidings/internal/dateline"
)

// Run evaluates the dateline Finder on Reuters-21578 under dataDir and
// writes the figures, beside the textbook baselines, and some errors to w.
// It returns an error if the corpus cannot be read or a place code maps to
// no country of the gazetteer; a figure below its target is not an error.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	stories, err := readCorpus(dataDir)
	if err != nil {
		return fmt.Errorf("eval datelines: %w", err)
	}
	f, err := dateline.New()
	if err != nil {
		return err
	}
	r, err := evaluate(ctx, f, stories, 0)
	if err != nil {
		return fmt.Errorf("eval datelines: %w", err)
	}
	r.print(w)
	return nil
}

// Targets of the two measures.
const (
	parseTarget = 0.99
	inferTarget = 0.85
)

// examples is how many errors of each measure the report shows.
const examples = 8

// report holds the figures of one evaluation.
type report struct {
	stories int

	// Parsing: the dateline put back before the body.
	parsed        int // stories whose dateline names a city
	parseOurs     int // Place is that city
	parseCut      int // ... and the cleaned text is exactly the body
	parseBaseline int // the one-line regex finds that city
	noCity        int // datelines with no city ("APRIL 7 -"), left out
	parseErrors   []string

	// Inference: the body alone, against PLACES, over all stories and
	// over each LEWISSPLIT ("TRAIN", "TEST"; the few "NOT-USED" count in
	// all only).
	inferred     map[string]*inference
	inferErrors  []string
	confusions   map[[2]string]int // [gold, ours] -> count
	byGoldMisses map[string]int
	byGoldTotal  map[string]int
}

// all is the key of the figures over every story in report.infer.
const all = "all"

// homeCountry is the country that the home-country fallback row gives a
// story where Find finds no place: the desk of most of the corpus's
// stories, as a per-source setting would name it.
const homeCountry = "United States"

// inference holds the inference figures of one set of stories.
type inference struct {
	n                          int // stories with PLACES
	ours                       int // Find's country is one of them
	none                       int // Find found no place
	baseline                   int // the most frequent country name is one of them
	evidenced                  int // the text points to a right country at all (dateline.Finder.Countries)
	home                       int // ours, or homeCountry where ours found none, is right
	single                     int // stories with one PLACES code
	singleOurs, singleBaseline int
}

// evaluate runs both measures over stories (the first limit if limit > 0).
func evaluate(ctx context.Context, f *dateline.Finder, stories []story, limit int) (*report, error) {
	if limit > 0 && limit < len(stories) {
		stories = stories[:limit]
	}
	known := map[string]bool{}
	names := f.CountryNames()
	for _, c := range names {
		known[c] = true
	}
	r := &report{
		stories:      len(stories),
		confusions:   map[[2]string]int{},
		byGoldMisses: map[string]int{},
		byGoldTotal:  map[string]int{},
		inferred:     map[string]*inference{all: {}, "TRAIN": {}, "TEST": {}},
	}
	for i, s := range stories {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		r.parse(f, s)
		if err := r.infer(f, names, known, s); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// parse scores the explicit dateline: the wire copy's first line is
// "NEW YORK, March 4 - Body...".
func (r *report) parse(f *dateline.Finder, s story) {
	gold := goldCity(s.dateline)
	if gold == "" {
		r.noCity++
		return
	}
	r.parsed++
	text := s.dateline + " " + s.body
	d, cleaned, ok := f.Find(s.title, text)
	// A dateline that names a country ("BAHRAIN, March 4 -") is right
	// as that country alone.
	right := ok && (sameCity(d.Place, gold) || d.Place == "" && sameCity(d.Country, gold))
	if right {
		r.parseOurs++
		if cleaned == s.body {
			r.parseCut++
		}
	} else if len(r.parseErrors) < examples {
		r.parseErrors = append(r.parseErrors, fmt.Sprintf("#%s %q -> %q (%q)", s.id, s.dateline, d.Text, d.Place))
	}
	if m := baselineDateline.FindStringSubmatch(text); m != nil && sameCity(strings.TrimSpace(m[1]), gold) {
		r.parseBaseline++
	}
}

// infer scores inference on the body without its dateline against PLACES.
func (r *report) infer(f *dateline.Finder, names map[string]string, known map[string]bool, s story) error {
	if len(s.places) == 0 {
		return nil
	}
	gold := map[string]bool{}
	for _, p := range s.places {
		for _, c := range countriesOf(p) {
			if !known[c] {
				return fmt.Errorf("place code %q maps to %q, which the gazetteer does not know", p, c)
			}
			gold[c] = true
		}
	}
	d, _, ok := f.Find(s.title, s.body)
	right := ok && gold[d.Country]
	base := gold[mostNamedCountry(names, s.title+"\n\n"+s.body)]
	evidenced := right || slices.ContainsFunc(f.Countries(s.title, s.body), func(c string) bool { return gold[c] })
	for _, key := range []string{all, s.split} {
		fig := r.inferred[key]
		if fig == nil {
			continue
		}
		fig.add(right, ok, base, evidenced, !ok && gold[homeCountry], len(s.places) == 1)
	}
	first := countriesOf(s.places[0])[0]
	r.byGoldTotal[first]++
	if !right {
		r.byGoldMisses[first]++
		got := d.Country
		if !ok {
			got = "(none)"
		}
		r.confusions[[2]string{first, got}]++
		if len(r.inferErrors) < examples {
			r.inferErrors = append(r.inferErrors, fmt.Sprintf("#%s %v -> %q | %.70q | %.90q", s.id, s.places, d.Text, s.title, s.body))
		}
	}
	return nil
}

// add counts one story: right if Find's country is one of its PLACES, found
// if Find found a place, base if the baseline is right, evidenced if the
// text points to a right country, homeRight if Find found none and the home
// country is right, single if it has one PLACES code.
func (fig *inference) add(right, found, base, evidenced, homeRight, single bool) {
	fig.n++
	if right {
		fig.ours++
	}
	if !found {
		fig.none++
	}
	if base {
		fig.baseline++
	}
	if evidenced {
		fig.evidenced++
	}
	if right || homeRight {
		fig.home++
	}
	if single {
		fig.single++
		if right {
			fig.singleOurs++
		}
		if base {
			fig.singleBaseline++
		}
	}
}

// baselineDateline is the textbook one-line dateline regex.
var baselineDateline = regexp.MustCompile(`^([A-Z][A-Z .'-]+),? .*? - `)

// goldCity is the city of a Reuters dateline: what stands before its first
// comma or its dash ("NEW YORK" of "NEW YORK, March 4 -"). It is "" when
// that holds a digit or is a month: "APRIL 7 -", "MAR8 -- --" and "Jun ---"
// name no city.
func goldCity(dl string) string {
	city, _, ok := strings.Cut(dl, ",")
	if !ok {
		city, _, _ = strings.Cut(dl, " -")
	}
	city = strings.TrimSpace(strings.TrimLeft(city, "* "))
	if city == "" || strings.ContainsAny(city, "0123456789") || months[strings.ToLower(city)] {
		return ""
	}
	return city
}

// months are what some garbled datelines hold instead of a city ("Jun
// --- ---").
var months = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "oct": true, "nov": true, "dec": true,
}

// sameCity reports whether Find's place is the dateline's city: the same
// name once case, accents, periods and hyphens are set aside ("ST. LOUIS"
// is "St. Louis", "SAO PAULO" "São Paulo"), or its present name (see
// renamed).
func sameCity(place, gold string) bool {
	p, g := fold(place), fold(gold)
	return p != "" && (p == g || renamed[g] == p)
}

// renamed maps the 1987 spellings of Reuters datelines to the city names of
// today that Find shows.
// and the GeoNames names of cities whose English exonym Reuters used
// ("BERNE" is Bern, "HANOVER" Hannover).
var renamed = map[string]string{
	"peking":      "beijing",
	"kiev":        "kyiv",
	"bombay":      "mumbai",
	"madras":      "chennai",
	"calcutta":    "kolkata",
	"rangoon":     "yangon",
	"canton":      "guangzhou",
	"bangalore":   "bengaluru",
	"chittagong":  "chattogram",
	"west berlin": "berlin",
	"east berlin": "berlin",
	"berne":       "bern",
	"basle":       "basel",
	"hanover":     "hannover",
	"brunswick":   "braunschweig",
	"saragossa":   "zaragoza",
	"duesseldorf": "dusseldorf",
	"muelheim":    "mulheim",
	"nuremberg":   "nurnberg",
	"cologne":     "koln",
	"munich":      "munchen",
}

// fold is the comparison form of a name: lower case, without accents or
// periods, hyphens as spaces, "saint" as "st".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
		case r == '-' || r == '\'':
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		switch w {
		case "saint":
			words[i] = "st"
		case "sainte":
			words[i] = "ste"
		case "ft":
			words[i] = "fort"
		}
	}
	return strings.Join(words, " ")
}

// mostNamedCountry is the textbook inference baseline: the country whose
// names (the gazetteer's, as Find knows them) occur most often in the
// text, capitalized, longest name first; the earliest on ties; "" if none.
func mostNamedCountry(names map[string]string, text string) string {
	words := baselineWords(text)
	count := map[string]int{}
	var order []string
	for i := 0; i < len(words); {
		n := 0
		var country string
		for k := min(5, len(words)-i); k > 0; k-- {
			if c, ok := names[strings.Join(words[i:i+k], " ")]; ok {
				n, country = k, c
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		if count[country] == 0 {
			order = append(order, country)
		}
		count[country]++
		i += n
	}
	best, most := "", 0
	for _, c := range order {
		if count[c] > most {
			best, most = c, count[c]
		}
	}
	return best
}

// baselineWords splits text into the lower-case words of capitalized runs:
// "U.S." is "us", "Egypt's" is "egypt"; a lower-case word is kept as "" so
// that it breaks names.
func baselineWords(text string) []string {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '\''
	})
	out := make([]string, 0, len(fields))
	for _, w := range fields {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".-'"), "'s"), "'S")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			out = append(out, "")
			continue
		}
		out = append(out, strings.ToLower(strings.ReplaceAll(w, ".", "")))
	}
	return out
}

func (r *report) print(w io.Writer) {
	pct := func(n, d int) float64 {
		if d == 0 {
			return 0
		}
		return 100 * float64(n) / float64(d)
	}
	fmt.Fprintf(w, "Reuters-21578: %d stories with a DATELINE and a BODY\n\n", r.stories)
	fmt.Fprintf(w, "Explicit dateline (dateline + body), city exact: %d stories (%d datelines without a city left out)\n", r.parsed, r.noCity)
	fmt.Fprintf(w, "  ours      %6.2f%%  (%d; dateline also cut exactly: %.2f%%)  target %.0f%%\n",
		pct(r.parseOurs, r.parsed), r.parseOurs, pct(r.parseCut, r.parsed), 100*parseTarget)
	fmt.Fprintf(w, "  baseline  %6.2f%%  (%d; regex %s)\n", pct(r.parseBaseline, r.parsed), r.parseBaseline, baselineDateline)
	sum := r.inferred[all]
	fmt.Fprintf(w, "\nInference (title + body, dateline removed), country in PLACES: %d stories with PLACES\n", sum.n)
	fmt.Fprintf(w, "  ours      %6.2f%%  (%d; no place found: %d)  target %.0f%%\n",
		pct(sum.ours, sum.n), sum.ours, sum.none, 100*inferTarget)
	fmt.Fprintf(w, "  baseline  %6.2f%%  (%d; most frequent country name in the text)\n", pct(sum.baseline, sum.n), sum.baseline)
	shown := sum.n - sum.none
	fmt.Fprintf(w, "  ours where it names a place: %.2f%% of %d; wrong where shown: %.2f%% (%d)\n",
		pct(sum.ours, shown), shown, pct(shown-sum.ours, shown), shown-sum.ours)
	fmt.Fprintf(w, "  one PLACES code only (%d): ours %.2f%%, baseline %.2f%%\n",
		sum.single, pct(sum.singleOurs, sum.single), pct(sum.singleBaseline, sum.single))
	fmt.Fprintf(w, "  ceiling: the text points to a right country at all (any place name or cue): %.2f%% (%d)\n",
		pct(sum.evidenced, sum.n), sum.evidenced)
	fmt.Fprintf(w, "  NOT the main figure: with a home-country fallback (%s where ours finds none): %.2f%%\n",
		homeCountry, pct(sum.home, sum.n))
	fmt.Fprintf(w, "  by LEWISSPLIT    stories   ours   baseline  wrong/shown  none\n")
	for _, split := range []string{"TRAIN", "TEST"} {
		fig := r.inferred[split]
		shown := fig.n - fig.none
		fmt.Fprintf(w, "    %-8s      %7d  %6.2f%%  %6.2f%%     %6.2f%%  %5d\n",
			split, fig.n, pct(fig.ours, fig.n), pct(fig.baseline, fig.n), pct(shown-fig.ours, shown), fig.none)
	}

	fmt.Fprintf(w, "\nParsing errors (first %d):\n", examples)
	for _, e := range r.parseErrors {
		fmt.Fprintln(w, "  "+e)
	}
	fmt.Fprintf(w, "\nInference: commonest confusions (first PLACES country -> ours):\n")
	type conf struct {
		k [2]string
		n int
	}
	var cs []conf
	for k, n := range r.confusions {
		cs = append(cs, conf{k, n})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].k[0]+cs[i].k[1] < cs[j].k[0]+cs[j].k[1]
	})
	for _, c := range cs[:min(12, len(cs))] {
		fmt.Fprintf(w, "  %5d  %s -> %s\n", c.n, c.k[0], c.k[1])
	}
	fmt.Fprintf(w, "\nInference errors (first %d):\n", examples)
	for _, e := range r.inferErrors {
		fmt.Fprintln(w, "  "+e)
	}
}
