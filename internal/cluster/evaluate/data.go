package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"tidings/internal/news"
)

// corpus is a labelled set of articles, oldest first (ties by file name),
// with IDs 1, 2, ... in that order.
type corpus struct {
	name     string
	articles []news.Article
	gold     []string // event of each article
}

// record is the part of a news-please JSON file the evaluation reads.
type record struct {
	Title        string          `json:"title"`
	Text         string          `json:"text"`
	Description  string          `json:"description"`
	URL          string          `json:"url"`
	SourceDomain string          `json:"source_domain"`
	DatePublish  string          `json:"date_publish"`
	NewsCluster  json.RawMessage `json:"newsCluster"` // news_cluster: object, or its Python-literal string
	Category     string          `json:"category"`    // google_news: the event
}

var eventID = regexp.MustCompile(`['"]EventId['"]\s*:\s*(\d+)`)

// event returns the gold event of r: newsCluster's EventId, else category.
func (r record) event() (string, error) {
	if len(r.NewsCluster) > 0 && string(r.NewsCluster) != "null" {
		raw := string(r.NewsCluster)
		var s string
		if json.Unmarshal(r.NewsCluster, &s) == nil {
			raw = s
		}
		if m := eventID.FindStringSubmatch(raw); m != nil {
			return "event " + m[1], nil
		}
		return "", fmt.Errorf("newsCluster without EventId: %.80s", raw)
	}
	if r.Category != "" {
		return r.Category, nil
	}
	return "", fmt.Errorf("no newsCluster or category")
}

// readCorpus reads every *.json file of dir.
func readCorpus(name, dir string) (*corpus, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read %s: %w", dir, os.ErrNotExist)
	}
	type item struct {
		file    string
		article news.Article
		event   string
	}
	var items []item
	for _, f := range files {
		a, ev, err := readArticle(f)
		if err != nil {
			return nil, err
		}
		items = append(items, item{filepath.Base(f), a, ev})
	}
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].article.Published.Equal(items[j].article.Published) {
			return items[i].article.Published.Before(items[j].article.Published)
		}
		return items[i].file < items[j].file
	})
	c := &corpus{name: name}
	for i, it := range items {
		it.article.ID = int64(i + 1)
		c.articles = append(c.articles, it.article)
		c.gold = append(c.gold, it.event)
	}
	return c, nil
}

func readArticle(file string) (news.Article, string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return news.Article{}, "", err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return news.Article{}, "", fmt.Errorf("read %s: %w", file, err)
	}
	ev, err := r.event()
	if err != nil {
		return news.Article{}, "", fmt.Errorf("read %s: %w", file, err)
	}
	published, _ := time.Parse("2006-01-02T15:04:05", strings.TrimSpace(r.DatePublish))
	body := r.Text
	if strings.TrimSpace(body) == "" || body == "None" {
		body = r.Description
	}
	return news.Article{
		URL:       r.URL,
		Title:     r.Title,
		Site:      r.SourceDomain,
		Published: published,
		Text:      body,
	}, ev, nil
}
