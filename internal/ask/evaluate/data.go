package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"tidings/internal/news"
)

// story is the sources of one story: the articles write and ask see.
type story struct {
	name     string
	articles []news.Article
}

// set is a named list of stories, evaluated and reported together.
type set struct {
	name  string
	about string
	cased bool // whether the text keeps its capitals
	items []story
}

// readGiveme reads <dataDir>/giveme5w1h-news-cluster/news_cluster and
// returns two sets: each gold event's articles as one story, and each
// article alone. Files are read in name order and numbered from 1; each
// line of a news-please text is a paragraph, so lines become paragraphs.
func readGiveme(dataDir string) (events, singles set, err error) {
	dir := filepath.Join(dataDir, "giveme5w1h-news-cluster", "news_cluster")
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		return set{}, set{}, fmt.Errorf("read %s: %w", dir, os.ErrNotExist)
	}
	sort.Strings(paths)
	byEvent := map[string][]news.Article{}
	for i, p := range paths {
		a, ev, err := readArticle(p)
		if err != nil {
			return set{}, set{}, err
		}
		a.ID = int64(i + 1)
		byEvent[ev] = append(byEvent[ev], a)
		singles.items = append(singles.items, story{name: filepath.Base(p), articles: []news.Article{a}})
	}
	for ev, arts := range byEvent {
		events.items = append(events.items, story{name: ev, articles: arts})
	}
	sort.Slice(events.items, func(i, j int) bool { return events.items[i].name < events.items[j].name })
	events.name, events.cased = "giveme5w1h events", true
	events.about = fmt.Sprintf("%d articles of news_cluster, each gold event's articles as one story", len(paths))
	singles.name, singles.cased = "giveme5w1h articles", true
	singles.about = fmt.Sprintf("the same %d articles, each alone", len(paths))
	return events, singles, nil
}

func readArticle(path string) (news.Article, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return news.Article{}, "", err
	}
	var r struct {
		Title   string `json:"title"`
		Text    string `json:"text"`
		Site    string `json:"source_domain"`
		Cluster struct {
			Event string `json:"Event"`
		} `json:"newsCluster"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return news.Article{}, "", fmt.Errorf("read %s: %w", path, err)
	}
	if r.Cluster.Event == "" {
		return news.Article{}, "", fmt.Errorf("read %s: no newsCluster event", path)
	}
	text := strings.ReplaceAll(strings.ReplaceAll(r.Text, "\r\n", "\n"), "\n", "\n\n")
	return news.Article{Title: r.Title, Site: r.Site, Text: text}, r.Cluster.Event, nil
}

// readCNNDM reads <dataDir>/cnndm-sample/documents.txt: lower-cased,
// PTB-tokenized articles, one a line, each made a story of one article
// with a sentence per paragraph (the corpus keeps no paragraphs) and “
// and ” made plain double quotes.
func readCNNDM(dataDir string) (set, error) {
	path := filepath.Join(dataDir, "cnndm-sample", "documents.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		return set{}, err
	}
	r := strings.NewReplacer("``", `"`, "''", `"`)
	s := set{name: "cnndm-sample", about: "CNN/DailyMail articles, lower-cased and PTB-tokenized"}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var paras []string
		for _, sent := range ptbSentences(line) {
			paras = append(paras, r.Replace(sent))
		}
		s.items = append(s.items, story{name: fmt.Sprintf("cnndm-%02d", i+1),
			articles: []news.Article{{ID: 1, Text: strings.Join(paras, "\n\n")}}})
	}
	return s, nil
}

// ptbSentences splits PTB-tokenized text after the tokens ".", "!" and
// "?", a closing ” or bracket after the stop staying with its sentence.
func ptbSentences(line string) []string {
	var out, cur []string
	toks := strings.Fields(line)
	for i := 0; i < len(toks); i++ {
		cur = append(cur, toks[i])
		if toks[i] != "." && toks[i] != "!" && toks[i] != "?" {
			continue
		}
		for i+1 < len(toks) && (toks[i+1] == "''" || toks[i+1] == ")") {
			i++
			cur = append(cur, toks[i])
		}
		out, cur = append(out, strings.Join(cur, " ")), nil
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}
