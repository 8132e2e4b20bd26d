package corpus

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"tidings/internal/news"
	"tidings/internal/section"
)

// readText reads a file as UTF-8, reading it as Latin-1 if it is not valid
// UTF-8 (BBC sport/199.txt, five of the health tweet files).
func readText(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs), nil
}

// loadBBC reads bbc/<label>/NNN.txt: the headline, a blank line, the body.
func loadBBC(dir string) ([]section.Example, error) {
	const set = "bbc-news"
	var out []section.Example
	files, err := filepath.Glob(filepath.Join(dir, "bbc", "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	for _, f := range files {
		sec, ok := label(set, filepath.Base(filepath.Dir(f)))
		if !ok {
			continue
		}
		s, err := readText(f)
		if err != nil {
			return nil, err
		}
		title, body, _ := strings.Cut(strings.TrimSpace(s), "\n")
		out = append(out, section.Example{Set: set, Title: title, Text: strings.TrimSpace(body), Section: sec})
	}
	return dedupe(out), nil
}

var agClasses = map[string]string{"1": "world", "2": "sports", "3": "business", "4": "sci/tech"}

// agScience picks the Sci/Tech items that are science rather than
// technology: space, the natural sciences, medicine research, climate.
var agScience = regexp.MustCompile(`(?i)\b(nasa|space\.com|spacecraft|astronaut|astronom|planet|mars|saturn|jupiter|comet|asteroid|telescope|galax|moon|orbit|cassini|hubble|physic|chemist|biolog|species|fossil|dinosaur|scientist|genome|genetic|dna|gene|evolution|climate|global warming|ocean|whale|wildlife|researchers|study finds|stem cell|ecolog|volcan|earthquake|archaeolog|geolog|extinct|nature\b|new scientist)`)

// loadAG reads ag-news/test.csv: class, title, description.
func loadAG(dir string) ([]section.Example, error) {
	const set = "ag-news"
	rows, err := readCSV(filepath.Join(dir, "test.csv"), ',')
	if err != nil {
		return nil, err
	}
	fix := strings.NewReplacer(`\n`, " ", `\`, " ", " #36;", " $", "#36;", "$", "#39;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&", "quot;", `"`)
	var out []section.Example
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		sec, ok := label(set, agClasses[r[0]])
		if !ok {
			continue
		}
		ex := section.Example{Set: set, Title: fix.Replace(r[1]), Text: fix.Replace(r[2]), Section: sec}
		if r[0] == "4" {
			ex.Also = news.Science
			if agScience.MatchString(ex.Title + " " + ex.Text) {
				ex.Section, ex.Also = news.Science, news.Technology
			}
		}
		out = append(out, ex)
	}
	return dedupe(out), nil
}

// loadHuffPost reads the JSON lines of the HuffPost subset.
func loadHuffPost(dir string) ([]section.Example, error) {
	const set = "huffpost-news-category-subset"
	f, err := os.Open(filepath.Join(dir, "News_Category_Dataset_v3.head1056.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []section.Example
	dec := json.NewDecoder(f)
	for {
		var r struct{ Link, Headline, Category, Short_description string }
		if err := dec.Decode(&r); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		if sec, ok := label(set, r.Category); ok {
			out = append(out, section.Example{Set: set, Title: r.Headline, Text: r.Short_description, URL: r.Link, Section: sec})
		}
	}
	return dedupe(out), nil
}

// giveCategory finds the category in newsCluster, which is a JSON object
// in some files and a Python literal string in others.
var giveCategory = regexp.MustCompile(`['"]Category['"]\s*:\s*['"](\w+)['"]`)

// loadGiveme reads news_cluster/*.json (news-please format).
func loadGiveme(dir string) ([]section.Example, error) {
	const set = "giveme5w1h-news-cluster"
	files, err := filepath.Glob(filepath.Join(dir, "news_cluster", "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var out []section.Example
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var r struct {
			Title, Description, Text, URL string
			NewsCluster                   json.RawMessage `json:"newsCluster"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		m := giveCategory.FindStringSubmatch(strings.ReplaceAll(string(r.NewsCluster), `\'`, `'`))
		if m == nil {
			continue
		}
		if sec, ok := label(set, m[1]); ok {
			out = append(out, section.Example{Set: set, Title: r.Title, Text: r.Text, URL: r.URL, Section: sec})
		}
	}
	return dedupe(out), nil
}

// loadMasakhane reads the dev, test and few-shot train TSVs (category,
// headline, text[, url]).
func loadMasakhane(dir string) ([]section.Example, error) {
	const set = "masakhanews-eng"
	var out []section.Example
	for _, p := range []string{"data/eng/dev.tsv", "data/eng/test.tsv", "few_shot_data/50_samples/eng/train.tsv"} {
		rows, err := readCSV(filepath.Join(dir, p), '\t')
		if err != nil {
			return nil, err
		}
		for _, r := range rows[min(1, len(rows)):] {
			if len(r) < 3 {
				continue
			}
			if sec, ok := label(set, r[0]); ok {
				ex := section.Example{Set: set, Title: r[1], Text: r[2], Section: sec}
				if len(r) > 3 && strings.HasPrefix(r[3], "/") {
					ex.URL = "https://www.bbc.com" + r[3]
				}
				out = append(out, ex)
			}
		}
	}
	return dedupe(out), nil
}

// loadInshorts reads inshort_news_data-N.csv (index, headline, article,
// category); the heavy duplication across files goes in dedupe.
func loadInshorts(dir string) ([]section.Example, error) {
	const set = "inshorts-news"
	files, err := filepath.Glob(filepath.Join(dir, "inshort_news_data-*.csv"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var out []section.Example
	for _, f := range files {
		rows, err := readCSV(f, ',')
		if err != nil {
			return nil, err
		}
		for _, r := range rows[min(1, len(rows)):] {
			if len(r) < 4 {
				continue
			}
			if sec, ok := label(set, r[3]); ok {
				out = append(out, section.Example{Set: set, Title: r[1], Text: r[2], Section: sec})
			}
		}
	}
	return dedupe(out), nil
}

// healthDesks are the tweet files kept: news desks. goodhealth and
// everydayhealth are mostly diet and lifestyle, gdnhealthcare health-service
// management, wsjhealth mostly retweets, msnhealthnews mixed.
var healthDesks = []string{"bbchealth", "cbchealth", "cnnhealth", "foxnewshealth", "KaiserHealthNews",
	"latimeshealth", "NBChealth", "nprhealth", "nytimeshealth", "reuters_health", "usnewshealth"}

// perDesk caps the tweets taken from each desk, spread evenly over the file,
// so that headlines do not swamp the other sets' HEALTH items.
const perDesk = 250

var tweetNoise = regexp.MustCompile(`https?://\S+|@\w+|#|\bvia\b`)

// loadHealthTweets reads tweet_id|created_at|text lines, dropping retweets.
func loadHealthTweets(dir string) ([]section.Example, error) {
	const set = "health-news-in-twitter"
	var out []section.Example
	for _, desk := range healthDesks {
		s, err := readText(filepath.Join(dir, desk+".txt"))
		if err != nil {
			return nil, err
		}
		var heads []string
		for _, line := range strings.Split(s, "\n") {
			parts := strings.SplitN(strings.TrimRight(line, "\r"), "|", 3)
			if len(parts) < 3 || strings.HasPrefix(parts[2], "RT ") {
				continue
			}
			h := strings.Join(strings.Fields(tweetNoise.ReplaceAllString(parts[2], " ")), " ")
			if len(strings.Fields(h)) >= 4 {
				heads = append(heads, h)
			}
		}
		step := max(1, len(heads)/perDesk)
		for i := 0; i < len(heads) && i/step < perDesk; i += step {
			out = append(out, section.Example{Set: set, Title: heads[i], Section: news.Health})
		}
	}
	return dedupe(out), nil
}

func readCSV(path string, sep rune) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	return r.ReadAll()
}
