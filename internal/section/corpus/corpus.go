// Package corpus reads the labelled news data sets under the shared data
// folder (/work/shared/data, each folder described by its SOURCE.md) into
// section.Examples, mapping each set's labels to the site's sections. The
// section classifier is trained and evaluated on what it returns; nothing
// here is needed at run time.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tidings/internal/news"
	"tidings/internal/section"
)

// Mapping is the label mapping: for each data set, its own label (lower
// case) and the section it becomes. A label absent from a set's table is
// dropped with its items: HuffPost's CRIME, U.S. NEWS, PARENTING, ... and
// Inshorts' automobile have no single section. Choices worth a note:
//   - AG News "sci/tech" is TECHNOLOGY, its items about space, physics,
//     biology, climate and the like become SCIENCE by the keyword rule in
//     agScience (SCIENCE is otherwise the thinnest class); in evaluation
//     either section counts as right for any Sci/Tech item.
//   - HuffPost WELLNESS is HEALTH, CULTURE & ARTS and COMEDY are
//     ENTERTAINMENT, WORLD NEWS is WORLD. ENVIRONMENT is dropped like U.S.
//     NEWS: of its 25 items about 9 are climate or ecology (SCIENCE), 3
//     energy policy and 13 storms, floods, wildfires or animal stories
//     (alligators in pools), which a news site files as national or world
//     news, not science.
//   - Health News in Twitter is all HEALTH (one desk per file).
var Mapping = map[string]map[string]news.Section{
	"bbc-news": {
		"business": news.Business, "entertainment": news.Entertainment,
		"politics": news.Politics, "sport": news.Sports, "tech": news.Technology,
	},
	"ag-news": {
		"world": news.World, "sports": news.Sports, "business": news.Business, "sci/tech": news.Technology,
	},
	"huffpost-news-category-subset": {
		"politics": news.Politics, "entertainment": news.Entertainment, "world news": news.World,
		"sports": news.Sports, "business": news.Business, "tech": news.Technology, "science": news.Science,
		"wellness": news.Health, "culture & arts": news.Entertainment,
		"comedy": news.Entertainment,
	},
	"giveme5w1h-news-cluster": {
		"world": news.World, "technology": news.Technology, "science": news.Science,
		"entertainment": news.Entertainment, "sports": news.Sports, "business": news.Business,
	},
	"masakhanews-eng": {
		"business": news.Business, "entertainment": news.Entertainment, "health": news.Health,
		"politics": news.Politics, "sports": news.Sports, "technology": news.Technology,
	},
	"inshorts-news": {
		"world": news.World, "politics": news.Politics, "technology": news.Technology,
		"science": news.Science, "sports": news.Sports, "entertainment": news.Entertainment,
	},
	"health-news-in-twitter": {
		"health": news.Health,
	},
}

// Set is one data set and how to read it.
type Set struct {
	Name string // the folder under the data directory
	Load func(dir string) ([]section.Example, error)
}

// Sets lists the data sets in a fixed order.
var Sets = []Set{
	{"bbc-news", loadBBC},
	{"ag-news", loadAG},
	{"huffpost-news-category-subset", loadHuffPost},
	{"giveme5w1h-news-cluster", loadGiveme},
	{"masakhanews-eng", loadMasakhane},
	{"inshorts-news", loadInshorts},
	{"health-news-in-twitter", loadHealthTweets},
}

// Load reads every set of Sets found under dir, skipping sets whose folder
// is missing. It returns an error if a present set cannot be read, or if
// no set is present.
func Load(dir string) ([]section.Example, error) {
	var all []section.Example
	found := 0
	for _, s := range Sets {
		path := filepath.Join(dir, s.Name)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		found++
		exs, err := s.Load(path)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", s.Name, err)
		}
		all = append(all, exs...)
	}
	if found == 0 {
		return nil, fmt.Errorf("load %s: no data set found", dir)
	}
	return all, nil
}

// label maps a set's own label to a section; ok is false for labels the
// set's table leaves out.
func label(set, l string) (news.Section, bool) {
	s, ok := Mapping[set][strings.ToLower(strings.TrimSpace(l))]
	return s, ok
}

// dedupe drops examples whose set, title and text repeat an earlier one,
// and all copies of an item that carries two different labels.
func dedupe(exs []section.Example) []section.Example {
	key := func(ex section.Example) [3]string {
		return [3]string{ex.Set, strings.TrimSpace(ex.Title), strings.TrimSpace(ex.Text)}
	}
	labels := map[[3]string]news.Section{}
	conflict := map[[3]string]bool{}
	for _, ex := range exs {
		k := key(ex)
		if l, ok := labels[k]; ok && l != ex.Section {
			conflict[k] = true
		}
		labels[k] = ex.Section
	}
	seen := map[[3]string]bool{}
	var out []section.Example
	for _, ex := range exs {
		k := key(ex)
		if seen[k] || conflict[k] {
			continue
		}
		seen[k] = true
		out = append(out, ex)
	}
	return out
}
