package dateline

// The word lists behind the false-positive rules; doc.go states the rules.

// wordNames are place names that are more often English words, months or
// labels than places ("Reading", "Nice", "Mobile", "March", "Police"). In a
// text they count only when qualified ("Nice, France"); as a wire dateline
// only in capitals or when qualified or followed by an agency.
var wordNames = set(
	// words
	"reading", "nice", "mobile", "bath", "police", "of", "to", "can", "man", "male", "van", "sale", "split",
	"orange", "surprise", "tours", "bush", "mission", "independence", "enterprise", "union", "liberty",
	"concord", "temple", "rugby", "troy", "most", "roman", "date", "clay", "forest", "elk", "normal", "spring",
	"springs", "revere", "acre", "reservoir", "moss", "aloha", "dome", "tire", "mentor", "rouge", "apex", "dig",
	"drama", "cove", "swords", "gap", "come", "than", "gay", "hire", "university", "fleet", "tank", "lens",
	"horn", "pen", "goes", "bake", "sunset", "sunrise", "bell", "same", "bay", "marks", "imperial", "hit",
	"save", "jam", "dire", "lend", "gore", "salt", "deal", "annex", "savage", "best", "sue", "rich", "central",
	"punch", "pop", "sterling", "fountain", "bow", "anew", "plum", "superior", "buy", "pearl", "green", "dole",
	"opportunity", "retreat", "bra", "boo", "mine", "crystal", "holiday", "manage", "summit", "alliance",
	"converse", "coin", "mile", "anthem", "marina", "begun", "liberal", "sedan", "golden", "pace", "time",
	"hem", "bear", "roses", "hook", "plunge", "bank", "officer", "along", "say", "grove", "bar", "cocoa",
	"ware", "panorama", "young", "lice", "federal", "midway", "rye", "republic", "mascot", "prosper",
	"overland", "parole", "god", "yoga", "boom", "humble", "hale", "sim", "peer", "hurricane", "butterfly",
	"much", "wedding", "homestead", "eagle", "keystone", "borne", "pout", "semi", "ogre", "magenta",
	"paradise", "mango", "metro", "downtown", "uptown", "midtown", "corona", "delta", "vista", "moron",
	"sparks", "plantation", "meridian", "sandy", "bend", "worms", "largo", "torrent", "tome", "colon",
	"brick", "ode", "highland", "woodland", "woodlands", "cypress", "paramount",
	"shoreline", "upland", "fishers", "bury", "barking", "tooting", "simmering", "archway", "saga", "bole",
	"bade", "ruse", "lira", "honcho", "oral", "sari", "tamale", "bimbo", "erode", "hue", "gent",
	"ho", "ye", "pa", "centurion", "bender", "pueblo", "mascara", "shaping", "balsas", "banes", "medias",
	"shush", "florin", "altos", "rho", "neath", "antelope", "linden", "canning", "shone", "acacias",
	"gondola", "bonito", "bras", "papaya", "wadi", "agar", "hermitage", "quarto", "awash", "posse", "stow",
	"felling", "leer", "seaside", "papa", "stains", "bray", "banning", "annex", "tequila", "wetter", "tame",
	"manga", "maracas", "samba", "pita", "midstream", "vineyard", "hillside", "columbine", "mine", "vicar",
	"cassia", "sake", "puma", "vise", "tulle", "bonny", "dour", "mocha", "defiance", "manly", "dyer",
	"brad", "groves", "tubas", "ocher", "bah", "fords", "lattes", "ascot", "lancing", "weir", "terrace",
	"orchards", "badger", "ampere", "leek", "stoke", "cognac", "chaparral", "sulphur", "mustang", "baud",
	"arbutus", "sire", "hays", "alabaster", "seaside", "annex", "welling", "ales", "hickory", "apace",
	"store", "grad", "unity", "cascade", "ascension", "vale", "trinity", "bride", "peel", "pool", "mono",
	"falcon", "plateau", "plateaux", "littoral", "maritime", "lakes", "oriental", "islands", "roma",
	"capital", "centre", "center", "north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "northwest", "northeast", "southwest", "southeast", "est", "ouest", "nord", "sud",
	"police", "victory", "progress", "industry", "commerce", "justice", "freedom", "hope", "harmony",
	"friendship", "home", "garden", "palm", "marine", "beach", "valley", "mountain", "lake", "river", "park",
	"city", "town", "port", "island", "human", "asia", "europe", "africa", "oceania", "antarctica",
	// companies, people and groups that share a place's name
	"google", "toyota", "hamas", "brits", "olympic", "jupiter", "obama", "kim", "michael",
	// months, days and wire labels
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"file", "update", "updated", "breaking", "exclusive", "watch", "video", "photo", "photos", "close",
	"opinion", "analysis", "live", "correction", "editor", "advertisement", "image", "story",
)

// wireLabels stand where a dateline would ("FILE -", "UPDATE:") but never
// name a place.
var wireLabels = set(
	"file", "update", "updated", "breaking", "exclusive", "watch", "video", "photo", "photos", "close",
	"opinion", "analysis", "live", "correction", "editor", "editors", "advertisement", "image", "story",
	"developing", "urgent", "flash", "bulletin", "new", "read", "listen", "note",
)

// surnames are city names that are as often people ("Jackson said", "Lincoln's
// legacy"). In a text they count only after a place preposition ("in
// Washington"), when qualified, or when a region or country of theirs is also
// mentioned.
var surnames = set(
	"washington", "jackson", "lincoln", "madison", "clinton", "hamilton", "franklin", "jefferson",
	"lafayette", "carson", "chandler", "tyler", "warren", "newton", "garland", "davenport", "rogers",
	"martin", "mason", "tucker", "garner", "walker", "wright", "griffin", "jasper", "logan", "marion",
	"shelby", "lawrence", "florence", "victoria", "charlotte", "preston", "chester", "lancaster",
	"hudson", "irving", "allen", "sherman", "pierce", "kent", "regina", "elizabeth", "salem", "camden",
	"raleigh", "eugene", "bradford", "lowell", "quincy", "cicero", "homer", "troy", "sparta", "vernon",
	"beaumont", "stanley", "douglas", "murray", "wallace", "morgan", "taylor", "clark", "gary", "aurora",
	"david", "george", "jacob", "brandon", "adam", "zachary", "kyle", "bryan", "wayne", "roy", "vincent",
	"harvey", "mary", "linda", "nancy", "donna", "shirley", "anna", "gloria", "teresa", "ann", "alice",
	"julia", "sophia", "beverly", "diana", "palmer",
)

// placePrepositions before a name mark it as a place: "in Washington".
var placePrepositions = set(
	"in", "at", "from", "to", "near", "outside", "across", "around", "into", "toward", "towards", "inside",
	"throughout", "via", "visit", "visited", "visiting", "leave", "left", "reach", "reached", "arrived",
	"based", "downtown", "central", "northern", "southern", "eastern", "western",
)

// functionWords are capitalized at the start of a sentence or in a headline
// without being names, so a place after them is not part of a longer name.
var functionWords = set(
	"the", "a", "an", "in", "at", "from", "to", "on", "for", "of", "and", "or", "but", "with", "by", "as",
	"near", "across", "outside", "inside", "into", "over", "under", "after", "before", "since", "during",
	"when", "while", "like", "both", "via", "between", "around", "toward", "towards", "against", "amid",
	"says", "said", "why", "how", "what", "where", "who", "is", "are", "was", "were", "will", "has", "have",
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
	"upper", "lower", "downtown", "metropolitan", "old", "rural", "suburban", "coastal", "northwest",
	"northeast", "southwest", "southeast", "all", "every", "this", "that", "these", "those", "its", "their",
	"our", "his", "her", "new", "more", "than", "not", "no", "only", "also", "then", "there", "here",
	"residents", "officials", "police", "people", "troops", "forces", "leaders", "rebels", "citizens",
)

// placeSuffixes after a name do not make it part of a longer name: "Istanbul
// Province", "Gaza City".
var placeSuffixes = set(
	"city", "province", "state", "county", "region", "district", "prefecture", "oblast", "governorate",
	"airport", "international", "police", "municipality", "metropolitan", "area", "suburbs", "harbour",
	"harbor", "port", "mayor", "governor", "residents", "officials",
)

// personal are country names that are as often people's first names: before
// a speech verb they are people ("Jordan said"), unlike other countries and
// regions ("Britain said").
var personal = set("jordan", "chad", "georgia", "israel", "india", "kenya")

// speechVerbs after a city's name make it a person: "Jackson said".
var speechVerbs = set(
	"said", "says", "told", "added", "wrote", "tweeted", "argued", "explained", "noted", "asked", "replied",
	"insisted", "announced", "admitted", "denied", "claimed", "stated", "recalled", "testified",
)

// genericWords make up region names that name no particular place ("Central
// Region", "North West"): such a region counts only as a qualifier.
var genericWords = set(
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
	"center", "capital", "region", "province", "district", "state", "area", "governorate", "islands",
	"coast", "northwest", "northeast", "southwest", "southeast", "side", "end", "hill", "department",
	"municipality", "county", "division", "territory", "est", "ouest", "nord", "sud",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
