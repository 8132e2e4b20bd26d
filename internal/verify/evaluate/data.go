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

// story is a set of articles about one event: the sources a written text
// is checked against.
type story struct {
	name     string
	articles []news.Article
}

// readStories reads the Giveme5W1H news clusters (one story per event) and
// the cnndm-sample documents (one story each) under dataDir. Either set may
// be missing, not both.
func readStories(dataDir string) ([]story, error) {
	clusters, err1 := readClusters(filepath.Join(dataDir, "giveme5w1h-news-cluster", "news_cluster"))
	docs, err2 := readCNNDM(filepath.Join(dataDir, "cnndm-sample", "documents.txt"))
	if err1 != nil && err2 != nil {
		return nil, fmt.Errorf("%v; %v", err1, err2)
	}
	return append(clusters, docs...), nil
}

func readClusters(dir string) ([]story, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no articles in %s", dir)
	}
	byEvent := map[string][]news.Article{}
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var a struct {
			Title   string `json:"title"`
			Text    string `json:"text"`
			Cluster struct {
				Event string `json:"Event"`
			} `json:"newsCluster"`
		}
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		byEvent[a.Cluster.Event] = append(byEvent[a.Cluster.Event], news.Article{
			ID: int64(i + 1), Title: a.Title, Text: strings.ReplaceAll(a.Text, "\n", "\n\n")})
	}
	var out []story
	for ev, arts := range byEvent {
		out = append(out, story{name: ev, articles: arts})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// readCNNDM reads the lower-cased, PTB-tokenized cnndm-sample documents as
// articles of one sentence per paragraph, “ and ” made plain quotes.
func readCNNDM(path string) ([]story, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := strings.NewReplacer("``", `"`, "''", `"`)
	var out []story
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var paras, cur []string
		toks := strings.Fields(line)
		for j := 0; j < len(toks); j++ {
			cur = append(cur, toks[j])
			if toks[j] != "." && toks[j] != "!" && toks[j] != "?" {
				continue
			}
			for j+1 < len(toks) && toks[j+1] == "''" {
				j++
				cur = append(cur, toks[j])
			}
			paras, cur = append(paras, r.Replace(strings.Join(cur, " "))), nil
		}
		if len(cur) > 0 {
			paras = append(paras, r.Replace(strings.Join(cur, " ")))
		}
		out = append(out, story{name: fmt.Sprintf("cnndm-%02d", i+1),
			articles: []news.Article{{ID: 1, Text: strings.Join(paras, "\n\n")}}})
	}
	return out, nil
}
