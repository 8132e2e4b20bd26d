package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"tidings/internal/api"
	"tidings/internal/cluster"
	"tidings/internal/compose"
	"tidings/internal/config"
	"tidings/internal/extract"
	"tidings/internal/jobs"
	"tidings/internal/news"
)

// maxLine is the longest input line analyze reads: a whole page of HTML.
const maxLine = 64 << 20

// analyzeInput is one input line: a page ({id, url, html}) or an article's
// text ({id, url, title, text, published, source}).
type analyzeInput struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	HTML      string          `json:"html"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Published string          `json:"published"`
	Source    string          `json:"source"`
}

// analyzed is one line's outcome: the article or the error that stopped it.
type analyzed struct {
	id      json.RawMessage
	url     string
	article news.Article
	err     error
}

func runAnalyze(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg := config.Default()
	fs := newFlags("analyze", "tidings analyze < articles.jsonl > stories.jsonl", stderr)
	cfg.Register(fs, getenv, "questions", "home-country")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return usageError{err}
	}
	composer, err := compose.New(compose.Options{Questions: cfg.Questions, Home: cfg.HomeCountry})
	if err != nil {
		return err
	}
	lines, err := readAnalyzeInput(ctx, stdin)
	if err != nil {
		return err
	}
	docs := analyzeAll(composer, lines)
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return w.Flush()
}

// readAnalyzeInput reads every line and turns it into an article, on all
// cores; a line that can't be read carries its error.
func readAnalyzeInput(ctx context.Context, r io.Reader) ([]analyzed, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var out []analyzed
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errLineTooLong) {
			return nil, fmt.Errorf("reading line %d: %w", n, err)
		}
		if len(bytes.TrimSpace(line)) == 0 && !errors.Is(err, errLineTooLong) {
			if errors.Is(err, io.EOF) {
				break
			}
			continue
		}
		mu.Lock()
		out = append(out, analyzed{err: err})
		i := len(out) - 1
		mu.Unlock()
		if errors.Is(err, errLineTooLong) {
			continue
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			res := analyzeLine(line, int64(i+1))
			mu.Lock()
			out[i] = res
			mu.Unlock()
		}()
		if errors.Is(err, io.EOF) {
			break
		}
	}
	wg.Wait()
	return out, nil
}

var errLineTooLong = fmt.Errorf("line longer than %d MiB", maxLine>>20)

// readLine reads one line of at most maxLine bytes; a longer line is
// skipped to its end and reported as errLineTooLong.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > maxLine {
			line = nil
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, err
		}
	}
}

// analyzeLine turns one input line into an article with the given ID.
func analyzeLine(line []byte, id int64) analyzed {
	var in analyzeInput
	if err := json.Unmarshal(line, &in); err != nil {
		return analyzed{err: fmt.Errorf("not a JSON object: %v", err)}
	}
	res := analyzed{id: in.ID, url: in.URL}
	a, err := inputArticle(in)
	if err != nil {
		res.err = err
		return res
	}
	a.ID = id
	res.article = a
	return res
}

func inputArticle(in analyzeInput) (news.Article, error) {
	a := news.Article{URL: jobs.Canonical(in.URL), Title: in.Title, Site: in.Source, Text: in.Text}
	if in.Published != "" {
		t, err := parseTime(in.Published)
		if err != nil {
			return a, err
		}
		a.Published = t
	}
	if in.HTML != "" {
		res, err := extract.Extract([]byte(in.HTML), in.URL)
		if err != nil {
			return a, fmt.Errorf("extract: %w", err)
		}
		a.Title, a.Byline, a.Site = orDefault(res.Title, a.Title), res.Byline, orDefault(res.Site, a.Site)
		a.Lang, a.ImageURL, a.Text = res.Lang, res.ImageURL, res.Text()
		if a.Published.IsZero() {
			a.Published = res.Published
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, errors.New("no text: give \"text\", or \"html\" of a page with a main text")
	}
	return a, nil
}

var timeLayouts = []string{time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
	"2006-01-02T15:04:05", "2006-01-02 15:04:05", time.DateOnly}

func parseTime(s string) (time.Time, error) {
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q: not a date; use RFC 3339, like 2025-05-13T09:30:00Z", s)
}

// analyzeAll groups the articles into stories, writes each story and gives
// every line its document.
func analyzeAll(composer *compose.Composer, lines []analyzed) []any {
	var articles []news.Article
	var index []int // line of each article
	for i, l := range lines {
		if l.err == nil {
			articles = append(articles, l.article)
			index = append(index, i)
		}
	}
	groups := cluster.Group(articles)
	members := map[int][]int{} // group -> positions in articles
	for k, g := range groups {
		members[g] = append(members[g], k)
	}
	stories := composeGroups(composer, articles, members)
	inputID := func(id int64) any { return lines[id-1].id } // article IDs are line numbers
	docs := make([]any, len(lines))
	for i, l := range lines {
		if l.err != nil {
			docs[i] = errorDoc{ID: l.id, URL: l.url, Error: l.err.Error()}
		}
	}
	for k, a := range articles {
		st := stories[groups[k]]
		if st.err != nil {
			docs[index[k]] = errorDoc{ID: lines[index[k]].id, URL: a.URL, Error: st.err.Error()}
			continue
		}
		story := st.story
		story.Articles = []news.Article{a}
		d := api.NewDocument(story, inputID)
		d.Story = groups[k]
		docs[index[k]] = d
	}
	return docs
}

type errorDoc struct {
	ID    json.RawMessage `json:"id"`
	URL   string          `json:"url,omitempty"`
	Error string          `json:"error"`
}

type composed struct {
	story news.Story
	err   error
}

// composeGroups writes one story per group, on all cores.
func composeGroups(composer *compose.Composer, articles []news.Article, members map[int][]int) map[int]composed {
	out := make(map[int]composed, len(members))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for g, ks := range members {
		group := make([]news.Article, len(ks))
		for j, k := range ks {
			group[j] = articles[k]
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			st, err := composer.Compose(context.Background(), compose.Input{Articles: group})
			mu.Lock()
			out[g] = composed{st, err}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

func orDefault(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}
