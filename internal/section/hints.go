package section

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"tidings/internal/news"
)

// synonyms maps a normalised feed category or URL path segment to the
// sections it points at. Most point at one; "sci-tech" points at two, which
// leaves the text model to choose between them. A word mapped to no section
// ("us-news", "news", "uk") is known to say nothing about the section: a
// US-news item may be politics, crime, weather or health.
var synonyms = func() map[string][]news.Section {
	m := map[string][]news.Section{}
	add := func(s []news.Section, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = s
		}
	}
	one := func(s news.Section) []news.Section { return []news.Section{s} }
	add(one(news.World), `world world-news worldnews international global foreign europe asia africa
		americas latin-america middle-east middleeast asia-pacific world-europe world-asia world-africa
		world-middle-east world-us-canada world-latin-america`)
	add(one(news.Politics), `politics political election elections government congress parliament
		us-politics uk-politics politics-news white-house campaign-2024`)
	add(one(news.Business), `business money markets market economy economics finance financial
		companies company business-news personal-finance stocks investing`)
	add(one(news.Technology), `tech technology technology-news tech-news gadgets internet computing
		software ai artificial-intelligence cybersecurity`)
	add(one(news.Science), `science science-news space environment climate climate-change nature
		astronomy physics biology`)
	add(one(news.Health), `health health-news wellness wellbeing well-being medicine medical healthcare
		fitness nutrition coronavirus covid-19 mental-health`)
	add(one(news.Sports), `sport sports football soccer cricket tennis golf rugby rugby-union
		rugby-league nfl nba mlb nhl f1 formula1 formula-one olympics boxing athletics cycling
		baseball basketball hockey motorsport`)
	add(one(news.Entertainment), `entertainment entertainment-arts arts culture arts-culture
		culture-arts movies movie film films music tv television celebrity celebrities showbiz books
		theater theatre comedy media-entertainment`)
	add([]news.Section{news.Science, news.Technology}, `sci-tech scitech science-technology
		science-and-technology`)
	add(nil, `us-news usnews news uk us national local top-news latest breaking home index`)
	return m
}()

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// normalise turns a category or path segment into the form of the synonym
// table: lower case, "&" as "and", runs of other characters as one "-", and
// a trailing article id ("business-61880859") dropped.
func normalise(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "u.s.", "us")
	s = strings.ReplaceAll(s, "&", " and ")
	s = strings.Trim(nonSlug.ReplaceAllString(s, "-"), "-")
	if i := strings.LastIndexByte(s, '-'); i > 0 && allDigits(s[i+1:]) {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "-and-", "-")
	return s
}

// lookup returns the sections a category or segment names; for a category
// like "News > Sport" with no entry of its own, it tries each part.
func lookup(s string) []news.Section {
	if secs, ok := synonyms[normalise(s)]; ok {
		return secs
	}
	var out []news.Section
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("/>|:,;", r) }) {
		out = union(out, synonyms[normalise(part)])
	}
	return out
}

// HintSections returns the sections that the feed's categories and the
// article URL point at, without duplicates, in the order of news.Sections.
// URL evidence is a path segment that is a synonym as a whole ("/sport/",
// "/news/business-61880859") or the first label of a host with at least
// three labels ("sports.example.com"); words inside a slug are not used.
func HintSections(h Hints) []news.Section {
	var out []news.Section
	for _, c := range h.Categories {
		out = union(out, lookup(c))
	}
	if u, err := url.Parse(h.URL); err == nil && h.URL != "" {
		if labels := strings.Split(u.Hostname(), "."); len(labels) >= 3 {
			out = union(out, synonyms[normalise(labels[0])])
		}
		for _, seg := range strings.Split(u.Path, "/") {
			out = union(out, synonyms[normalise(seg)])
		}
	}
	slices.SortFunc(out, func(a, b news.Section) int { return classIndex(a) - classIndex(b) })
	return out
}

func union(a, b []news.Section) []news.Section {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}
