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
	// institutions
	"federal reserve": "US", "fed": "US", "securities and exchange commission": "US", "sec": "US",
	"white house": "US", "pentagon": "US", "congress": "US", "capitol hill": "US", "wall street": "US",
	"nasdaq": "US", "bundesbank": "DE", "bundestag": "DE", "downing street": "GB", "whitehall": "GB",
	"bank of england": "GB", "kremlin": "RU", "knesset": "IL", "elysee": "FR", "élysée": "FR",
	"bank of japan": "JP",
	"senate":        "US", "house of representatives": "US", "food and drug administration": "US", "fda": "US",
	"usda": "US", "federal trade commission": "US", "ftc": "US", "internal revenue service": "US",
	"irs": "US", "federal communications commission": "US", "fcc": "US", "nyse": "US",
	"american stock exchange": "US", "miti": "JP",
	// company forms of one country
	"inc": "US", "plc": "GB", "gmbh": "DE", "diet": noCountry,
	// a demonym inside a phrase that points nowhere
	"latin american": noCountry, "native american": noCountry, "african american": noCountry,
	"american indian": noCountry, "indian ocean": noCountry, "arab": noCountry,
}

// noCountry is the cue code of phrases that point to no country.
const noCountry = "-"

// cueWeight scales a cue's weight against a place mention's.
const cueWeight = 0.5

// maxCueWords is the most words in a cue's key.
const maxCueWords = 4

// cueMentions appends the cues of one part of a text, as tokenized, to ms,
// as mentions of their countries.
func (g *gazetteer) cueMentions(toks []token, weight float64, ms []mention) []mention {
	var b []byte
	for i := 0; i < len(toks); i++ {
		if !toks[i].upper {
			continue // cues are capitalized
		}
		b = b[:0]
		code, n := "", 0
		for j := i; j < len(toks) && j-i < maxCueWords; j++ {
			if j > i {
				if !toks[j].sep.joins() {
					break
				}
				b = append(b, ' ')
			}
			b = append(b, toks[j].key...)
			if c, ok := cues[string(b)]; ok && capitalized(toks[i:j+1]) {
				code, n = c, j-i+1
			}
		}
		if n == 0 {
			continue
		}
		if id, ok := g.byCode[code]; ok {
			ms = append(ms, mention{key: cueKey(toks[i : i+n]), cands: []entry{{kind: kindCountry, id: id}}, weight: weight * cueWeight})
		}
		i += n - 1
	}
	return ms
}

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
