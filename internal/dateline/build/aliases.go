package main

// Hand-written additions to the GeoNames tables: the names a news text uses
// for a country or a region that GeoNames does not spell that way.

// countryNames overrides GeoNames' country name where common English differs.
var countryNames = map[string]string{
	"NL": "Netherlands",
	"PS": "Palestinian Territories",
}

// cityNames overrides GeoNames' name of a city, by geonameid, where news
// uses another: GeoNames' "New York City" is "New York" in datelines.
var cityNames = map[string]string{
	"5128581": "New York",
}

// cityAliases are further names of a city, by geonameid, that GeoNames
// lacks: the halves of a city once divided.
var cityAliases = map[string][]string{
	"2950159": {"West Berlin", "East Berlin"},
}

// countryAliases are further names of a country, usable anywhere in a text.
// Aliases written all in capitals ("US", "U.K.") only match capitals.
// Former names resolve to today's country: "West Germany" and "East
// Germany" to Germany, "Soviet Union" to Russia (its successor state;
// Moscow), "Zaire" to the Democratic Republic of the Congo.
var countryAliases = map[string][]string{
	"US": {"United States of America", "USA", "U.S.A.", "US", "U.S.", "America"},
	"GB": {"UK", "U.K.", "Britain", "Great Britain"},
	"NZ": {"N.Z."},
	"HK": {"H.K."},
	"KR": {"Korea", "Republic of Korea", "ROK"},
	"KP": {"DPRK", "Democratic People's Republic of Korea"},
	"RU": {"Russian Federation", "Soviet Union", "USSR", "U.S.S.R."},
	"DE": {"West Germany", "East Germany", "Federal Republic of Germany"},
	"KH": {"Kampuchea"},
	"LK": {"Ceylon"},
	"CZ": {"Czech Republic"},
	"CI": {"Côte d'Ivoire", "Cote d'Ivoire"},
	"MM": {"Burma"},
	"NL": {"Holland", "The Netherlands"},
	"AE": {"UAE", "U.A.E."},
	"CD": {"DR Congo", "DRC", "Congo-Kinshasa", "Congo", "Zaire"},
	"CG": {"Congo-Brazzaville", "Congo Republic"},
	"PS": {"Palestine", "Palestinian Territory", "State of Palestine"},
	"VA": {"Vatican City", "Holy See"},
	"SZ": {"Swaziland"},
	"TL": {"East Timor", "Timor-Leste"},
	"CV": {"Cape Verde"},
	"MK": {"Macedonia"},
	"TR": {"Türkiye", "Turkiye"},
	"BA": {"Bosnia", "Bosnia-Herzegovina"},
	"TT": {"Trinidad"},
	"VN": {"Viet Nam"},
	"FM": {"Federated States of Micronesia"},
	"MO": {"Macau"},
	"CN": {"PRC", "People's Republic of China", "Mainland China"},
	"GM": {"The Gambia"},
	"BS": {"The Bahamas"},
}

// regionAliases are further names of a first-level region, keyed by country
// code and the region's GeoNames name. Those in qualifiers are only matched
// right after a place and a comma ("Erie, Pa."), never on their own: most are
// abbreviations that are also words ("Miss.", "Ore.", "IN", "OK").
var regionAliases = map[string]map[string]struct{ mentions, qualifiers []string }{
	"US": {
		"Alabama":              {qualifiers: []string{"Ala.", "AL"}},
		"Alaska":               {qualifiers: []string{"AK"}},
		"Arizona":              {qualifiers: []string{"Ariz.", "AZ"}},
		"Arkansas":             {qualifiers: []string{"Ark.", "AR"}},
		"California":           {qualifiers: []string{"Calif.", "Cal.", "CA"}},
		"Colorado":             {qualifiers: []string{"Colo.", "CO"}},
		"Connecticut":          {qualifiers: []string{"Conn.", "CT"}},
		"Delaware":             {qualifiers: []string{"Del.", "DE"}},
		"District of Columbia": {qualifiers: []string{"D.C.", "DC"}},
		"Florida":              {qualifiers: []string{"Fla.", "FL"}},
		"Georgia":              {qualifiers: []string{"Ga.", "GA"}},
		"Hawaii":               {qualifiers: []string{"HI"}},
		"Idaho":                {qualifiers: []string{"ID"}},
		"Illinois":             {qualifiers: []string{"Ill.", "IL"}},
		"Indiana":              {qualifiers: []string{"Ind.", "IN"}},
		"Iowa":                 {qualifiers: []string{"IA"}},
		"Kansas":               {qualifiers: []string{"Kan.", "Kans.", "KS"}},
		"Kentucky":             {qualifiers: []string{"Ky.", "KY"}},
		"Louisiana":            {qualifiers: []string{"La.", "LA"}},
		"Maine":                {qualifiers: []string{"Me.", "ME"}},
		"Maryland":             {qualifiers: []string{"Md.", "MD"}},
		"Massachusetts":        {qualifiers: []string{"Mass.", "MA"}},
		"Michigan":             {qualifiers: []string{"Mich.", "MI"}},
		"Minnesota":            {qualifiers: []string{"Minn.", "MN"}},
		"Mississippi":          {qualifiers: []string{"Miss.", "MS"}},
		"Missouri":             {qualifiers: []string{"Mo.", "MO"}},
		"Montana":              {qualifiers: []string{"Mont.", "MT"}},
		"Nebraska":             {qualifiers: []string{"Neb.", "Nebr.", "NE"}},
		"Nevada":               {qualifiers: []string{"Nev.", "NV"}},
		"New Hampshire":        {qualifiers: []string{"N.H.", "NH"}},
		"New Jersey":           {qualifiers: []string{"N.J.", "NJ"}},
		"New Mexico":           {qualifiers: []string{"N.M.", "NM"}},
		"New York":             {qualifiers: []string{"N.Y.", "NY"}},
		"North Carolina":       {qualifiers: []string{"N.C.", "NC"}},
		"North Dakota":         {qualifiers: []string{"N.D.", "ND"}},
		"Ohio":                 {qualifiers: []string{"OH"}},
		"Oklahoma":             {qualifiers: []string{"Okla.", "OK"}},
		"Oregon":               {qualifiers: []string{"Ore.", "Oreg.", "OR"}},
		"Pennsylvania":         {qualifiers: []string{"Pa.", "Penn.", "PA"}},
		"Rhode Island":         {qualifiers: []string{"R.I.", "RI"}},
		"South Carolina":       {qualifiers: []string{"S.C.", "SC"}},
		"South Dakota":         {qualifiers: []string{"S.D.", "SD"}},
		"Tennessee":            {qualifiers: []string{"Tenn.", "TN"}},
		"Texas":                {qualifiers: []string{"Tex.", "TX"}},
		"Utah":                 {qualifiers: []string{"UT"}},
		"Vermont":              {qualifiers: []string{"Vt.", "VT"}},
		"Virginia":             {qualifiers: []string{"Va.", "VA"}},
		"Washington":           {qualifiers: []string{"Wash.", "WA"}},
		"West Virginia":        {qualifiers: []string{"W.Va.", "W. Va.", "WV"}},
		"Wisconsin":            {qualifiers: []string{"Wis.", "Wisc.", "WI"}},
		"Wyoming":              {qualifiers: []string{"Wyo.", "WY"}},
	},
	"CA": {
		"Alberta":                   {qualifiers: []string{"Alta.", "AB"}},
		"British Columbia":          {qualifiers: []string{"B.C.", "BC"}},
		"Manitoba":                  {qualifiers: []string{"Man.", "MB"}},
		"New Brunswick":             {qualifiers: []string{"N.B.", "NB"}},
		"Newfoundland and Labrador": {mentions: []string{"Newfoundland"}, qualifiers: []string{"Nfld.", "NL"}},
		"Nova Scotia":               {qualifiers: []string{"N.S.", "NS"}},
		"Ontario":                   {qualifiers: []string{"Ont.", "ON"}},
		"Prince Edward Island":      {qualifiers: []string{"P.E.I.", "PEI"}},
		"Quebec":                    {qualifiers: []string{"Que.", "QC"}},
		"Saskatchewan":              {qualifiers: []string{"Sask.", "SK"}},
	},
	"AU": {
		"New South Wales": {mentions: []string{"NSW"}},
	},
}

// blockers are names that contain a country or place name but name neither
// ("Latin America", "Middle East"): matching them keeps their words from
// counting.
var blockers = []string{
	"Latin America", "South America", "North America", "Central America", "Americas",
	"Middle East", "Near East", "Far East", "Southeast Asia", "South Asia", "East Asia", "Central Asia",
	"Asia-Pacific", "Asia Pacific", "West Africa", "East Africa", "North Africa", "Southern Africa",
	"Sub-Saharan Africa", "Central Africa", "Western Europe", "Eastern Europe", "Central Europe",
	"European Union", "Korean Peninsula", "Persian Gulf", "Gulf of Mexico", "New England",
	"Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Caribbean",
}
