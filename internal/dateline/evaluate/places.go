package evaluate

import "strings"

// Reuters-21578 tags each story with 1987 place codes ("usa", "uk",
// "west-germany", "ussr"). Find names today's countries, by their GeoNames
// names in common English. todayCountries maps the codes whose today's name
// is not simply the code in title case ("south-korea" is "South Korea").
//
// A country that has since merged maps to its successor ("west-germany" and
// "east-germany" are Germany, both Yemens are Yemen). A country that has
// since split maps to all its successor states, any of which counts as
// right: the USSR to its fifteen republics (a 1987 story datelined Moscow
// is in Russia, one datelined Kiev in Ukraine), Yugoslavia to its seven,
// Czechoslovakia to its two, the Netherlands Antilles to the three that
// GeoNames lists. Renamed countries take their new names (Burma is
// Myanmar, Zaire the Democratic Republic of the Congo, Kampuchea Cambodia).
var todayCountries = map[string][]string{
	"usa":                  {"United States"},
	"uk":                   {"United Kingdom"},
	"west-germany":         {"Germany"},
	"east-germany":         {"Germany"},
	"ussr":                 {"Russia", "Ukraine", "Belarus", "Moldova", "Estonia", "Latvia", "Lithuania", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan"},
	"yugoslavia":           {"Serbia", "Croatia", "Slovenia", "Bosnia and Herzegovina", "North Macedonia", "Montenegro", "Kosovo"},
	"czechoslovakia":       {"Czechia", "Slovakia"},
	"yemen-arab-republic":  {"Yemen"},
	"yemen-demo-republic":  {"Yemen"},
	"kampuchea":            {"Cambodia"},
	"burma":                {"Myanmar"},
	"zaire":                {"Democratic Republic of the Congo"},
	"congo":                {"Republic of the Congo"},
	"netherlands-antilles": {"Curacao", "Sint Maarten", "Bonaire, Saint Eustatius and Saba"},
	"western-samoa":        {"Samoa"},
	"swaziland":            {"Eswatini"},
	"cape-verde":           {"Cabo Verde"},
	"uae":                  {"United Arab Emirates"},
	"trinidad-tobago":      {"Trinidad and Tobago"},
	"antigua":              {"Antigua and Barbuda"},
	"us-virgin-islands":    {"U.S. Virgin Islands"},
	"guinea-bissau":        {"Guinea-Bissau"},
	"vatican":              {"Vatican"},
	"macao":                {"Macao"},
}

// countriesOf returns today's country names for a Reuters place code.
func countriesOf(code string) []string {
	if c, ok := todayCountries[code]; ok {
		return c
	}
	words := strings.Split(code, "-")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return []string{strings.Join(words, " ")}
}
