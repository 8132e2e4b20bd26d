package dateline

import (
	"runtime"
	"strings"
	"sync"
	"testing"

	"tidings/internal/news"
)

var (
	sharedOnce   sync.Once
	sharedFinder *Finder
	sharedErr    error
)

// newFinder returns one Finder for all tests: it is read-only.
func newFinder(t testing.TB) *Finder {
	t.Helper()
	sharedOnce.Do(func() { sharedFinder, sharedErr = New() })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedFinder
}

func TestFindWire(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name    string
		text    string
		place   string
		country string
		show    string
		cleaned string
	}{
		{"reuters", "ISTANBUL (Reuters) - Turkish police detained 20 people.", "Istanbul", "Turkey", "Istanbul, Turkey", "Turkish police detained 20 people."},
		{"qualifier em dash", "KYIV, Ukraine — Russian drones struck the capital.", "Kyiv", "Ukraine", "Kyiv, Ukraine", "Russian drones struck the capital."},
		{"exonym", "KIEV, Ukraine — Russian drones struck.", "Kyiv", "Ukraine", "Kyiv, Ukraine", "Russian drones struck."},
		{"date", "NEW YORK, March 4 - Stocks rose on Monday.", "New York", "United States", "New York, United States", "Stocks rose on Monday."},
		{"region qualifier and agency", "RAMALLAH, West Bank (AP) - An Israeli court ruled.", "Ramallah", "Palestinian Territories", "Ramallah, Palestinian Territories", "An Israeli court ruled."},
		{"date and agency", "LONDON, Nov 3 (Reuters) - Britain's economy grew.", "London", "United Kingdom", "London, United Kingdom", "Britain's economy grew."},
		{"date with period", "BEIJING, Nov. 27 (Reuters) - China said.", "Beijing", "China", "Beijing, China", "China said."},
		{"plain em dash", "WASHINGTON — Officials said on Monday.", "Washington", "United States", "Washington, United States", "Officials said on Monday."},
		{"colon", "PARIS: The mayor said.", "Paris", "France", "Paris, France", "The mayor said."},
		{"alternate name", "GAZA CITY (AP) — Israeli strikes hit.", "Gaza", "Palestinian Territories", "Gaza, Palestinian Territories", "Israeli strikes hit."},
		{"two words hyphen", "SAN FRANCISCO - A startup raised money.", "San Francisco", "United States", "San Francisco, United States", "A startup raised money."},
		{"title case with qualifier", "Mexico City, Mexico — The president spoke.", "Mexico City", "Mexico", "Mexico City, Mexico", "The president spoke."},
		{"title case city", "Washington — Officials said.", "Washington", "United States", "Washington, United States", "Officials said."},
		{"title case agency", "Istanbul (Reuters) - Police said.", "Istanbul", "Turkey", "Istanbul, Turkey", "Police said."},
		{"lower-case agency", "ISTANBUL (reuters) - Police said.", "Istanbul", "Turkey", "Istanbul, Turkey", "Police said."},
		{"state abbreviation", "ERIE, Pa. (AP) - Snow continues to fall.", "Erie", "United States", "Erie, United States", "Snow continues to fall."},
		{"double hyphen", "TEMPE, Ariz. -- In between tears, he spoke.", "Tempe", "United States", "Tempe, United States", "In between tears, he spoke."},
		{"qualifier picks the namesake", "PARIS, Texas (AP) - Floods rose.", "Paris", "United States", "Paris, United States", "Floods rose."},
		{"two places", "TOKYO/SEOUL (Reuters) - North Korea fired a missile.", "Tokyo", "Japan", "Tokyo, Japan", "North Korea fired a missile."},
		{"tight em dash", "LONDON—At least seven people died.", "London", "United Kingdom", "London, United Kingdom", "At least seven people died."},
		{"a US mention does not move a famous city to a US namesake", "GENEVA (Harbour Wire) — Delegates met on Tuesday. The United States delegation did not comment.", "Geneva", "Switzerland", "Geneva, Switzerland", "Delegates met on Tuesday. The United States delegation did not comment."},
		{"after a photo line", "Photo\nLONDON — At least seven people died.", "London", "United Kingdom", "London, United Kingdom", "Photo\nAt least seven people died."},
		{"after a byline", "By Malcolm Foster\nERIMO, Japan, Oct 19 (Reuters) - Ever since.", "Erimo", "Japan", "Erimo, Japan", "By Malcolm Foster\nEver since."},
		{"unknown place with qualifier", "OFER PRISON, West Bank (Reuters) - Israel indicted a girl.", "Ofer Prison", "Palestinian Territories", "Ofer Prison, Palestinian Territories", "Israel indicted a girl."},
		{"city state", "SINGAPORE (Reuters) - Shares fell.", "Singapore", "Singapore", "Singapore", "Shares fell."},
		{"word name in capitals", "NICE, France (AP) — A truck drove into a crowd.", "Nice", "France", "Nice, France", "A truck drove into a crowd."},
		{"leading spaces", "  MOSCOW: Russia's experts said.", "Moscow", "Russia", "Moscow, Russia", "Russia's experts said."},
		{"district of columbia", "WASHINGTON, D.C. — Lawmakers met.", "Washington", "United States", "Washington, United States", "Lawmakers met."},
		{"reuters 1987", "NEW YORK, March 4 - Stocks rose.", "New York", "United States", "New York, United States", "Stocks rose."},
		{"former country", "BONN, West Germany, March 26 - Talks began.", "Bonn", "Germany", "Bonn, Germany", "Talks began."},
		{"former city", "WEST BERLIN, March 2 - Talks began.", "Berlin", "Germany", "Berlin, Germany", "Talks began."},
		{"exonym prefix", "FRANKFURT, April 7 - The Bundesbank said.", "Frankfurt", "Germany", "Frankfurt, Germany", "The Bundesbank said."},
		{"own name in its country", "NEW DELHI, April 7 - India said.", "New Delhi", "India", "New Delhi, India", "India said."},
		{"city not region", "GUANAJUATO, Mexico, May 2 - A plant opened.", "Guanajuato", "Mexico", "Guanajuato, Mexico", "A plant opened."},
		{"agency sign-off", "WASHINGTON, March 25, Reuter - Congress met.", "Washington", "United States", "Washington, United States", "Congress met."},
		{"dash after date", "TULSA, June 2- Oil rose.", "Tulsa", "United States", "Tulsa, United States", "Oil rose."},
		{"lower case with date", "omaha, april 7 - Cattle prices rose.", "Omaha", "United States", "Omaha, United States", "Cattle prices rose."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, cleaned, ok := f.Find("", tt.text)
			if !ok {
				t.Fatalf("Find(%q) found nothing", tt.text)
			}
			if d.Place != tt.place || d.Country != tt.country || d.Text != tt.show {
				t.Errorf("Find(%q) = %+v, want %q, %q, %q", tt.text, d, tt.place, tt.country, tt.show)
			}
			if cleaned != tt.cleaned {
				t.Errorf("cleaned = %q, want %q", cleaned, tt.cleaned)
			}
		})
	}
}

// TestFindNotWire checks texts whose start looks like a dateline but is not:
// the text must come back unchanged.
func TestFindNotWire(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name string
		text string
	}{
		{"no separator", "Washington state officials said on Monday that the fires spread."},
		{"lower case", "istanbul - police said"},
		{"lower case with a weekday", "paris, monday - it rained all day."},
		{"file label", "FILE - In this May 18, 2017 file photo, actress Uma Thurman poses."},
		{"update label", "UPDATE: The company said it would appeal."},
		{"aside dashes", "China — the world's second-largest economy — said exports grew."},
		{"title-case colon", "Paris: a city transformed by the games."},
		{"agency only", "(Reuters) - Broadcom made an offer."},
		{"cnn", "(CNN) Uma Thurman is ready to share her story."},
		{"unknown title case", "Apple — the company — said."},
		{"unknown capitals without agency", "BREAKING — Something happened."},
		{"word name title case", "Nice — that is what the weather was."},
		{"quote", "\"Nowhere to hide\" - people said."},
		{"sentence", "Officials in Paris said on Monday - in a statement - that it rained."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, cleaned, _ := f.Find("", tt.text)
			if cleaned != tt.text {
				t.Errorf("Find(%q) cleaned it to %q", tt.text, cleaned)
			}
		})
	}
}

func TestFindInfer(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name  string
		title string
		text  string
		want  news.Dateline
	}{
		{"city in lead", "Mass shooting at concert", "A gunman killed more than 50 people at an open-air concert in Las Vegas on Sunday.",
			news.Dateline{Place: "Las Vegas", Region: "Nevada", Country: "United States", Text: "Las Vegas, United States"}},
		{"population prior", "Strike closes museums", "Museums in Paris were shut on Tuesday as staff walked out.",
			news.Dateline{Place: "Paris", Region: "Île-de-France", Country: "France", Text: "Paris, France"}},
		{"region mention", "Floods hit Paris", "Floods hit Paris on Monday. Texas officials said the river rose.",
			news.Dateline{Place: "Paris", Region: "Texas", Country: "United States", Text: "Paris, United States"}},
		{"qualified word name", "Scores Die in Nice, France, as Truck Plows Into Crowd", "(CNN) Scores of people were killed.",
			news.Dateline{Place: "Nice", Region: "Provence-Alpes-Côte d'Azur", Country: "France", Text: "Nice, France"}},
		{"state abbreviation", "Scammer nabbed", "Michael Neu, 67 of Slidell, La., was arrested on wire fraud charges.",
			news.Dateline{Place: "Slidell", Region: "Louisiana", Country: "United States", Text: "Slidell, United States"}},
		{"last resort demonym", "Industry outlook", "Swedish industry expects a rise in production this year, with engineering leading.",
			news.Dateline{Country: "Sweden", Text: "Sweden"}},
		{"last resort institution", "Volcker sees tight policy", "Federal Reserve Board Chairman Paul Volcker said a restrictive policy would hurt investment.",
			news.Dateline{Country: "United States", Text: "United States"}},
		{"country abbreviation before a name", "Rice prices", "The U.S. Agriculture Department announced world market prices for rice.",
			news.Dateline{Country: "United States", Text: "United States"}},
		{"country only", "China's moon mission to go further", "China may achieve a feat never attempted: landing on the far side of the moon.",
			news.Dateline{Country: "China", Text: "China"}},
		{"alias", "Equifax admits breach", "The credit rating firm admitted that data of people in the UK was stolen. Britain's regulator said.",
			news.Dateline{Country: "United Kingdom", Text: "United Kingdom"}},
		{"exonym in text", "Talks open", "Delegations met in Kiev on Friday.",
			news.Dateline{Place: "Kyiv", Region: "Kyiv City", Country: "Ukraine", Text: "Kyiv, Ukraine"}},
		{"georgia the country", "Protests", "Thousands marched in Tbilisi, the capital of Georgia, on Sunday.",
			news.Dateline{Place: "Tbilisi", Region: "Tbilisi", Country: "Georgia", Text: "Tbilisi, Georgia"}},
		{"georgia the state", "Storm", "A storm hit Atlanta and much of Georgia on Sunday.",
			news.Dateline{Place: "Atlanta", Region: "Georgia", Country: "United States", Text: "Atlanta, United States"}},
		{"washington state", "Wildfires", "Washington state officials said the fires spread near Spokane.",
			news.Dateline{Place: "Spokane", Region: "Washington", Country: "United States", Text: "Spokane, United States"}},
		{"possessive before a name", "Egypt's Morsi sentenced", "A court sentenced the former president on Saturday.",
			news.Dateline{Country: "Egypt", Text: "Egypt"}},
		{"headline case", "Erie Smashes Snowfall Record", "Snow continues to fall in Erie, Pennsylvania, and surrounding areas.",
			news.Dateline{Place: "Erie", Region: "Pennsylvania", Country: "United States", Text: "Erie, United States"}},
		{"title in capitals", "GEODOME SETS IDAHO MINE CONSTRUCTION", "Geodome Resources said it will build its Sunbeam Mine in Custer County, Idaho.",
			news.Dateline{Region: "Idaho", Country: "United States", Text: "Idaho, United States"}},
		{"town we do not know, in its state", "Foote Mineral sells Cambridge plant", "Foote Mineral said it will sell its Cambridge, Ohio, business.",
			news.Dateline{Region: "Ohio", Country: "United States", Text: "Ohio, United States"}},
		{"county and state abbreviation", "Bank deal", "Atico agreed to buy Intercontinental Bank of Dade County, Fla., from its parent.",
			news.Dateline{Region: "Florida", Country: "United States", Text: "Florida, United States"}},
		{"unknown town and state abbreviation", "Bank deal", "Norstar agreed to acquire United National Bank of Callicoon, N.Y., for shares.",
			news.Dateline{Region: "New York", Country: "United States", Text: "New York, United States"}},
		{"party and state", "Ethanol bill", "Senate Republican leader Robert Dole (R-Kan.) said he would introduce a bill.",
			news.Dateline{Region: "Kansas", Country: "United States", Text: "Kansas, United States"}},
		{"georgia the state of an american text", "FTC urges veto of Georgia bill", "The U.S. Federal Trade Commission urged the governor of Georgia to veto a bill.",
			news.Dateline{Region: "Georgia", Country: "United States", Text: "Georgia, United States"}},
		{"bank of a city", "Prime rate", "Bank of New York said it raised its prime lending rate a quarter point.",
			news.Dateline{Place: "New York", Region: "New York", Country: "United States", Text: "New York, United States"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, cleaned, ok := f.Find(tt.title, tt.text)
			if !ok || d != tt.want {
				t.Errorf("Find(%q, %q) = %+v, %v; want %+v", tt.title, tt.text, d, ok, tt.want)
			}
			if cleaned != tt.text {
				t.Errorf("inference changed the text to %q", cleaned)
			}
		})
	}
}

// TestFindFalsePositives checks texts that name no place, though their
// words are place names.
func TestFindFalsePositives(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name  string
		title string
		text  string
	}{
		{"reading", "Reading the report", "Reading the report, officials said the economy grew."},
		{"nice and mobile", "Nice weather ahead", "Nice weather is expected. Mobile phones are everywhere."},
		{"bath and police", "Bath time", "Bath products sold well. Police said nothing."},
		{"march", "March madness", "March was cold. In March the team won."},
		{"of", "Of mice and men", "Of all the books, this one sold best."},
		{"person", "Denzel Washington wins", "Denzel Washington said he was happy. Washington thanked his fans."},
		{"person with title", "Senator speaks", "Senator Lincoln spoke for an hour. Lincoln said he would run."},
		{"first and last name", "Cardinals QB retires", "Quarterback Carson Palmer retired on Tuesday. Palmer, 38, played 15 seasons."},
		{"company", "Search giant", "Google launched a phone. Google said sales were strong."},
		{"organization", "Paper wins prize", "The Washington Post won a prize for its reporting."},
		{"larger area", "Meteor lights sky", "A meteor streaked across New England and Latin America."},
		{"headline person", "Uma Thurman Speaks Out", "The actress gave an interview on Saturday."},
		{"empty", "", ""},
		{"acronym", "ICO board meeting delayed", "The International Coffee Organization (ICO) said its board meeting was delayed."},
		{"company of a hyphenated name", "Vaccine tests", "Bristol-Myers said it would seek permission to test its vaccine."},
		{"pupil's marks", "Results day", "She scored 95 marks out of 100 in the exam."},
		{"dollars of the world", "Bond sale", "The miner will raise 30 mln U.S. dlrs through a bond sale, it said."},
		{"ltd against inc", "Board backs bid", "Novamin Inc said its board will recommend the offer made by Breakwater Resources Ltd."},
		{"co-founder", "Interview", "The chief executive, who co-founded the firm with Smith co-workers, said little."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, cleaned, ok := f.Find(tt.title, tt.text)
			if ok || d != (news.Dateline{}) || cleaned != tt.text {
				t.Errorf("Find(%q, %q) = %+v, %q, %v; want nothing", tt.title, tt.text, d, cleaned, ok)
			}
		})
	}
}

// TestFindCues checks the last resort's cues: company forms, currencies,
// institutions and markets, each with no place named.
func TestFindCues(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name, title, text, country string
	}{
		{"company form in title", "Acme Corp to cut 300 jobs", "The maker of widgets said it would close two plants this year.", "United States"},
		{"company form after a name in lower case", "Results", "Vista Chemical co said it expects earnings to rise.", "United States"},
		{"german company form", "Results", "Chemicals group Bayer AG said it expects another good year.", "Germany"},
		{"currency", "Bond issue", "The bank is issuing a 15 billion yen bond due 1992.", "Japan"},
		{"currency after a magnitude", "Results", "Turnover rose to 38 billion marks last year.", "Germany"},
		{"capitalized currency word is a name", "Offering", "Sterling Inc said it intends to file for an offering of shares.", "United States"},
		{"regulator", "Prices", "The Federal Home Loan Bank Board adjusted the rates on its notes.", "United States"},
		{"exchange", "Stock moves", "The shares rose 11 cents on the TSX yesterday, the miner said.", "Canada"},
		{"country abbreviation", "T-bill tender", "The Reserve Bank will offer 80 mln N.Z. dlrs of treasury bills.", "New Zealand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, ok := f.Find(tt.title, tt.text)
			if !ok || d.Country != tt.country || d.Place != "" {
				t.Errorf("Find(%q, %q) = %+v, %v; want %s alone", tt.title, tt.text, d, ok, tt.country)
			}
		})
	}
}

func TestCountries(t *testing.T) {
	f := newFinder(t)
	got := f.Countries("Outlook", "Swedish industry expects growth. Sweden's exporters and the Federal Reserve agree.")
	if len(got) != 2 || got[0] != "Sweden" || got[1] != "United States" {
		t.Errorf("Countries = %q, want [Sweden United States]", got)
	}
	if got := f.Countries("Weather", "It rained all day."); got != nil {
		t.Errorf("Countries of a text without places = %q, want nil", got)
	}
}

func TestJoinedName(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Bristol-Myers", true},
		{"Georgia-Pacific", true},
		{"Russia-Ukraine", false},
		{"Paris-based", false},
		{"Paris Texas", false},
	}
	for _, tt := range tests {
		if got := f.g.joinedName(tokenize(tt.text), 1); got != tt.want {
			t.Errorf("joinedName(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		name                   string
		place, region, country string
		want                   string
	}{
		{"city", "Istanbul", "Istanbul", "Turkey", "Istanbul, Turkey"},
		{"city state", "Singapore", "", "Singapore", "Singapore"},
		{"region only", "", "California", "United States", "California, United States"},
		{"country only", "", "", "France", "France"},
		{"place without country", "Somewhere", "", "", "Somewhere"},
		{"nothing", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Format(tt.place, tt.region, tt.country); got != tt.want {
				t.Errorf("Format = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"abbreviation", "St. Louis", "st louis"},
		{"hyphens", "Port-au-Prince", "port-au-prince"},
		{"initials", "U.S.", "us"},
		{"possessive", "China's", "china"},
		{"curly apostrophe", "Xi’an", "xi'an"},
		{"diacritics kept", "São Paulo", "são paulo"},
		{"state", "W. Va.", "w va"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalize(tt.in); got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestConcurrentFind(t *testing.T) {
	f := newFinder(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if d, _, _ := f.Find("", "ISTANBUL (Reuters) - Police said."); d.Place != "Istanbul" {
					t.Errorf("got %+v", d)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzParseWire checks that the dateline parser never panics and that a
// dateline it finds is a prefix span of the first lines.
func FuzzParseWire(f *testing.F) {
	for _, s := range []string{
		"ISTANBUL (Reuters) - x", "KYIV, Ukraine — x", "NEW YORK, March 4 - x", "PARIS: x", "Photo\nLONDON — x",
		"RAMALLAH, West Bank (AP) - x", "(CNN) x", "—", "A - ", "X (", "ERIE, Pa. -- x", "\xff\xfe - x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		w, ok := parseWire(text)
		if !ok {
			return
		}
		if w.start < 0 || w.start >= w.end || w.end > len(text) || len(w.places) == 0 {
			t.Fatalf("parseWire(%q) = %+v", text, w)
		}
	})
}

// FuzzFind checks Find's contract on any input: no panic; without a place
// the text is unchanged; with one the cleaned text is the text less one span.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"ISTANBUL (Reuters) - Turkish police", "Reading the report", "Paris, Texas", "U.S.-China talks in St. Louis",
		"By X\nERIMO, Japan, Oct 19 (Reuters) - x", "Nice, France", "’s", "A'", "D.C.", "..", "-a-",
	} {
		f.Add("", s)
	}
	finder := newFinder(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		d, cleaned, ok := finder.Find(title, text)
		if !ok {
			if cleaned != text || d != (news.Dateline{}) {
				t.Fatalf("no place but %+v, %q", d, cleaned)
			}
			return
		}
		if d.Text == "" {
			t.Fatalf("place without text: %+v", d)
		}
		if cleaned != text && (len(cleaned) >= len(text) || !strings.HasSuffix(text, cleaned[prefixLen(text, cleaned):])) {
			t.Fatalf("cleaned %q is not text %q less a span", cleaned, text)
		}
	})
}

// prefixLen is how many leading bytes a and b share.
func prefixLen(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// BenchmarkNew measures loading the gazetteer, and reports the heap it
// keeps.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f, _ := New()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(f)
}

func BenchmarkFindWire(b *testing.B) {
	f := newFinder(b)
	text := "KYIV, Ukraine — Russian drones struck the capital overnight, officials said.\n\n" + strings.Repeat("The attack damaged buildings in several districts. ", 30)
	for b.Loop() {
		f.Find("Drones strike Kyiv", text)
	}
}

func BenchmarkFindInfer(b *testing.B) {
	f := newFinder(b)
	text := strings.Repeat("A gunman killed more than 50 people at an open-air concert in Las Vegas, officials said. ", 20)
	for b.Loop() {
		f.Find("Mass shooting at Las Vegas concert", text)
	}
}

// article600 is a wire story of about 600 words in 16 paragraphs, without
// its dateline: a few places, many capitalized words that are not places.
var article600 = func() string {
	paras := []string{
		"Turkish police detained 20 people on Tuesday over a deadly blast that tore through a busy shopping street, officials said, as investigators combed the area for evidence and the government vowed to find those responsible.",
		"Interior Minister Ali Yerlikaya said the suspects were taken into custody in simultaneous raids across three provinces, including Ankara and Izmir, and that more arrests were expected in the coming days as the inquiry widened.",
		"The explosion on Sunday afternoon killed six people and wounded 81 others, according to the health ministry. Television footage showed shattered shop windows, burning debris and people running from the scene near Taksim Square.",
		"President Tayyip Erdogan, speaking before leaving for the Group of 20 summit in Indonesia, called the attack a vile act and said the perpetrators would be punished. He said the smell of terror could be felt in the blast.",
		"No group has claimed responsibility. Police said a woman suspected of planting the bomb had been detained, and the government blamed Kurdish militants, who denied any involvement in a statement published by a news agency close to them.",
		"The United States, the European Union and several Gulf states condemned the bombing and offered condolences. Washington said it stood shoulder to shoulder with its NATO ally in countering terrorism, a State Department spokesman said.",
		"Istiklal Avenue, a pedestrian thoroughfare lined with shops, cafes and consulates, draws millions of visitors each year and was packed with weekend shoppers and tourists when the bomb went off shortly after four in the afternoon.",
		"The country was hit by a wave of bombings in 2015 and 2016, some carried out by Islamic State and others claimed by Kurdish militant groups. Hundreds were killed in those attacks, which hurt tourism for years afterwards.",
		"Analysts said the blast could weigh on the lira and on tourism, a vital source of foreign currency, ahead of elections due next year. The main stock index fell 1.2 percent on Monday morning before recovering some of its losses.",
		"Prosecutors said they had opened an investigation into 25 social media accounts for sharing footage of the attack, and the broadcasting authority temporarily restricted coverage, citing public order and the privacy of the victims and their families.",
	}
	words := 0
	var out []string
	for i := 0; words < 600; i++ { // the paragraphs again, until 600 words
		p := paras[i%len(paras)]
		out = append(out, p)
		words += len(strings.Fields(p))
	}
	return strings.Join(out, "\n\n")
}()

// noPlaceArticle600 is about 600 words that name no place: Find reads it
// all twice, the worst case.
var noPlaceArticle600 = strings.Repeat("Shares of the company rose 4 percent after it reported quarterly earnings that beat analyst expectations, with revenue up 12 percent and a raised forecast for the full year, executives said on a call.\n\n", 18)

// BenchmarkFind600 reports how many 600-word articles Find handles per
// second on one core (run with -cpu 1).
func BenchmarkFind600(b *testing.B) {
	f := newFinder(b)
	cases := []struct{ name, title, text string }{
		{"wire", "Turkey detains 20 over Istanbul blast", "ISTANBUL (Reuters) - " + article600},
		{"infer", "Turkey detains 20 over Istanbul blast", article600},
		{"noplace", "Company beats forecasts", noPlaceArticle600},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				f.Find(c.title, c.text)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

func TestCountry(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"United States", "United States", true},
		{"usa", "United States", true},
		{"U.S.", "United States", true},
		{" india ", "India", true},
		{"Britain", "United Kingdom", true},
		{"Istanbul", "", false}, // a city, not a country
		{"Atlantis", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got, ok := f.Country(tt.name); got != tt.want || ok != tt.ok {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
