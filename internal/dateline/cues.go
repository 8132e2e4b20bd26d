package dateline

// cues are words that point to a country without naming a place: demonyms
// ("Swedish industry", "West German bank") and national institutions
// ("Federal Reserve", "Bundesbank", "Kremlin"), by normalized key, each
// with its country's code. They count only when the title and lead name no
// place (see Finder.settle), and never as place names ("German" is not the
// Isle of Man village). noCountry marks phrases that contain a demonym but
// point nowhere ("Latin American").
var cues = map[string]string{
	// demonyms
	"american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "irish": "IE",
	"french": "FR", "german": "DE", "west german": "DE", "east german": "DE", "italian": "IT",
	"spanish": "ES", "portuguese": "PT", "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT",
	"swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "icelandic": "IS", "greek": "GR",
	"turkish": "TR", "russian": "RU", "soviet": "RU", "ukrainian": "UA", "polish": "PL", "czech": "CZ",
	"slovak": "SK", "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "serbian": "RS",
	"croatian": "HR", "slovenian": "SI", "lithuanian": "LT", "latvian": "LV", "estonian": "EE",
	"belarusian": "BY", "cypriot": "CY", "maltese": "MT", "chinese": "CN", "japanese": "JP",
	"south korean": "KR", "north korean": "KP", "taiwanese": "TW", "indian": "IN", "pakistani": "PK",
	"bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "afghan": "AF", "indonesian": "ID",
	"malaysian": "MY", "singaporean": "SG", "thai": "TH", "vietnamese": "VN", "philippine": "PH",
	"filipino": "PH", "burmese": "MM", "cambodian": "KH", "mongolian": "MN", "kazakh": "KZ",
	"uzbek": "UZ", "armenian": "AM", "azerbaijani": "AZ", "australian": "AU", "new zealander": "NZ",
	"canadian": "CA", "mexican": "MX", "brazilian": "BR", "argentine": "AR", "argentinian": "AR",
	"chilean": "CL", "peruvian": "PE", "colombian": "CO", "venezuelan": "VE", "ecuadorean": "EC",
	"ecuadorian": "EC", "bolivian": "BO", "uruguayan": "UY", "paraguayan": "PY", "cuban": "CU",
	"jamaican": "JM", "haitian": "HT", "panamanian": "PA", "costa rican": "CR", "guatemalan": "GT",
	"honduran": "HN", "nicaraguan": "NI", "salvadoran": "SV", "egyptian": "EG", "israeli": "IL",
	"palestinian": "PS", "saudi": "SA", "iranian": "IR", "iraqi": "IQ", "kuwaiti": "KW", "syrian": "SY",
	"lebanese": "LB", "jordanian": "JO", "emirati": "AE", "qatari": "QA", "omani": "OM", "yemeni": "YE",
	"bahraini": "BH", "libyan": "LY", "tunisian": "TN", "algerian": "DZ", "moroccan": "MA",
	"nigerian": "NG", "kenyan": "KE", "ethiopian": "ET", "south african": "ZA", "ghanaian": "GH",
	"zimbabwean": "ZW", "zambian": "ZM", "ugandan": "UG", "tanzanian": "TZ", "sudanese": "SD",
	"senegalese": "SN", "ivorian": "CI", "cameroonian": "CM", "angolan": "AO", "mozambican": "MZ",
	"somali": "SO", "rwandan": "RW", "malian": "ML",
	"yugoslav": "RS", "czechoslovak": "CZ", "flemish": "BE", "walloon": "BE", "bavarian": "DE",
	"quebecois": "CA", "catalan": "ES", "basque": "ES", "sicilian": "IT", "tibetan": "CN",
	"kurdish": noCountry, "scandinavian": noCountry, "nordic": noCountry,
	// national institutions, markets and indexes of today
	"federal reserve": "US", "fed": "US", "securities and exchange commission": "US", "sec": "US",
	"white house": "US", "pentagon": "US", "congress": "US", "capitol hill": "US", "wall street": "US",
	"nasdaq": "US", "senate": "US", "house of representatives": "US", "food and drug administration": "US",
	"fda": "US", "usda": "US", "federal trade commission": "US", "ftc": "US", "internal revenue service": "US",
	"irs": "US", "federal communications commission": "US", "fcc": "US", "nyse": "US",
	"american stock exchange": "US", "dow jones": "US", "fannie mae": "US", "freddie mac": "US",
	"federal national mortgage association": "US", "federal home loan mortgage corporation": "US",
	"federal home loan bank board": "US", "federal deposit insurance corporation": "US", "fdic": "US",
	"comptroller of the currency": "US", "commodity futures trading commission": "US", "cftc": "US",
	"federal energy regulatory commission": "US", "ferc": "US", "environmental protection agency": "US",
	"epa": "US", "federal aviation administration": "US", "faa": "US", "fbi": "US", "cia": "US",
	"nasa": "US", "national transportation safety board": "US", "ntsb": "US",
	"department of energy": "US", "energy department": "US", "department of commerce": "US",
	"commerce department": "US", "department of agriculture": "US", "agriculture department": "US",
	"department of labor": "US", "labor department": "US", "department of justice": "US",
	"justice department": "US", "state department": "US", "treasury department": "US",
	"interior department": "US", "department of the interior": "US", "department of defense": "US",
	"defense department": "US", "department of transportation": "US", "transportation department": "US",
	"department of housing and urban development": "US", "department of homeland security": "US",
	"chicago board of trade": "US", "chicago mercantile exchange": "US", "new york mercantile exchange": "US",
	"nymex": "US", "comex": "US", "federal savings": "US", "savings and loan": "US",
	"tsx": "CA", "bay street": "CA", "bank of canada": "CA",
	"bundesbank": "DE", "bundestag": "DE", "bundesrat": "DE", "bundeskartellamt": "DE", "dax": "DE",
	"downing street": "GB", "whitehall": "GB", "bank of england": "GB", "exchequer": "GB",
	"house of lords": "GB", "ftse": "GB", "office of fair trading": "GB",
	"monopolies and mergers commission": "GB",
	"kremlin":                           "RU", "duma": "RU", "knesset": "IL", "elysee": "FR", "élysée": "FR",
	"banque de france": "FR",
	"bank of france":   "FR", "cac": "FR", "bank of japan": "JP", "miti": "JP", "nikkei": "JP", "keidanren": "JP",
	"ministry of international trade and industry": "JP", "reserve bank of india": "IN", "lok sabha": "IN",
	"reserve bank of australia": "AU", "reserve bank of new zealand": "NZ", "bank of italy": "IT",
	"bank of spain": "ES", "riksbank": "SE", "swiss national bank": "CH", "bank of korea": "KR",
	"people's bank of china": "CN", "xinhua": "CN", "kospi": "KR", "hang seng": "HK", "sensex": "IN",
	"diet": noCountry,
	// a demonym inside a phrase that points nowhere
	"latin american": noCountry, "native american": noCountry, "african american": noCountry,
	"american indian": noCountry, "indian ocean": noCountry, "arab": noCountry,
}

// companyForms are the legal forms of companies of one country ("Inc",
// "Plc", "GmbH"), by normalized key. They count like cues, but all the
// forms of a country add at most formCap: ten companies named "Inc" say
// little more than two about where the story is. "Ltd" and "Limited",
// used in many countries but seldom in the United States, take their
// weight off the United States' forms (see infer); "SA" and "Co Ltd" are
// of too many countries to say anything.
var companyForms = map[string]string{
	"inc": "US", "incorporated": "US", "corp": "US", "corporation": "US", "co": "US", "llc": "US",
	"bancorp": "US", "bancorporation": "US", "bancshares": "US", "plc": "GB", "gmbh": "DE", "ag": "DE",
	"nv": "NL", "bv": "NL", "pty": "AU", "bhd": "MY", "pte": "SG", "asa": "NO", "oyj": "FI", "ab": "SE",
	"co ltd": noCountry, "ltd": manyCountries, "limited": manyCountries,
}

// manyCountries is the code of company forms used in many countries but
// seldom in the United States ("Ltd"): they speak against the United States
// forms of the same text (see infer).
const manyCountries = "*"

// currencies are currency words that point to a country ("15 billion
// yen", "the rupee"). They count in lower case, or after an amount
// ("Sterling Inc" is a company, "50 mln sterling" an amount). A currency
// named with its country counts as that country's demonym ("Canadian
// dollars"), but the United States' dollar, the currency of world trade,
// points nowhere (see judge).
var currencies = map[string]string{
	"yen": "JP", "yuan": "CN", "renminbi": "CN", "won": "KR", "rupee": "IN", "rupees": "IN",
	"ringgit": "MY", "baht": "TH", "rupiah": "ID", "naira": "NG", "shekel": "IL", "shekels": "IL",
	"lire": "IT", "lira": "TR", "peseta": "ES", "pesetas": "ES", "guilder": "NL", "guilders": "NL",
	"escudos": "PT", "drachma": "GR", "drachmas": "GR", "schilling": "AT", "schillings": "AT",
	"zloty": "PL", "zlotys": "PL", "forint": "HU", "forints": "HU", "rouble": "RU", "roubles": "RU",
	"ruble": "RU", "rubles": "RU", "hryvnia": "UA", "hryvnias": "UA", "kronor": "SE", "krona": "SE",
	"marks": "DE", "deutschemarks": "DE", "sterling": "GB", "rand": "ZA", "reais": "BR", "riyals": "SA",
	"dirhams": "AE", "ringgits": "MY", "rupiahs": "ID",
}

// ofAmounts are the currency words that are also common words ("95
// marks", "won the vote"): they count only after a magnitude ("500 mln
// marks", "billion won").
var ofAmounts = set("won", "marks", "rand", "lira", "lire")

// magnitudes before a currency word mark an amount: "billion won".
var magnitudes = set("mln", "million", "millions", "bln", "billion", "billions", "trillion", "trillions", "thousand")

// dollarWords after "U.S." name the currency, not the country.
var dollarWords = set("dollar", "dollars", "dlr", "dlrs", "cent", "cents")

// noCountry is the cue code of phrases that point to no country.
const noCountry = "-"

// cueWeight scales a cue's weight against a place mention's.
const cueWeight = 0.5

// maxCueWords is the most words in a cue's key.
const maxCueWords = 6

// cueMentions appends the cues of one part of a text, as tokenized, to ms,
// as mentions of their countries.
func (g *gazetteer) cueMentions(toks []token, weight float64, ms []mention) []mention {
	var b []byte
	for i := 0; i < len(toks); i++ {
		if code, ok := currencies[toks[i].key]; ok && currencyAt(toks, i) {
			if id, ok := g.byCode[code]; ok {
				ms = append(ms, mention{key: toks[i].key, cands: []entry{{kind: kindCountry, id: id}}, weight: weight * cueWeight})
			}
			continue
		}
		if !toks[i].upper && !lowerForm(toks, i) {
			continue // cues are capitalized
		}
		b = b[:0]
		code, n, form := "", 0, false
		for j := i; j < len(toks) && j-i < maxCueWords; j++ {
			if j > i {
				if !toks[j].sep.joins() {
					break
				}
				b = append(b, ' ')
			}
			b = append(b, toks[j].key...)
			if c, ok := cues[string(b)]; ok && capitalized(toks[i:j+1]) {
				code, n, form = c, j-i+1, false
			} else if c, ok := companyForms[string(b)]; ok && (j == i || capitalized(toks[i:j+1])) {
				code, n, form = c, j-i+1, true
			}
		}
		if n == 0 {
			continue
		}
		if id, ok := g.byCode[code]; ok {
			ms = append(ms, mention{key: cueKey(toks[i : i+n]), cands: []entry{{kind: kindCountry, id: id}}, weight: weight * cueWeight, form: form})
		} else if code == manyCountries {
			ms = append(ms, mention{key: cueKey(toks[i : i+n]), weight: weight * cueWeight, form: true})
		}
		i += n - 1
	}
	return ms
}

// lowerForm reports whether toks[i] is a company form in lower case right
// after a name: "Vista Chemical co", but not "Jobs co-founded".
func lowerForm(toks []token, i int) bool {
	prev := wordBefore(toks, i)
	return companyForms[toks[i].key] != "" && prev != nil && prev.upper &&
		(i+1 >= len(toks) || toks[i+1].sep != sepHyphen)
}

// currencyAt reports whether the currency word at toks[i] names a
// currency: after an amount's magnitude ("mln marks", "billion yen"), or,
// for a word that is not also common, in lower case ("the yen rose", but
// not "Sterling Inc"); a word that is also common only after a magnitude.
func currencyAt(toks []token, i int) bool {
	prev := ""
	if i > 0 {
		prev = toks[i-1].key
	}
	switch {
	case magnitudes[prev]:
		return true
	case ofAmounts[toks[i].key]:
		return false // "marks" alone are a pupil's
	}
	return !toks[i].upper || (prev != "" && isDigit(prev[len(prev)-1]))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// cueKey joins the keys of toks with spaces.
func cueKey(toks []token) string {
	var b []byte
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.key...)
	}
	return string(b)
}
