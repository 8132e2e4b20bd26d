package write

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"tidings/internal/news"
	"tidings/internal/text"
)

// TestWriteIsFaithful checks, over the fixtures and many shuffled and
// recombined stories, that every summary and body sentence is a substring
// of its cited article's text after white-space normalization, and that
// each body paragraph is exactly its citations joined.
func TestWriteIsFaithful(t *testing.T) {
	var pool []news.Article
	for _, path := range stories(t) {
		pool = append(pool, loadStory(t, path)...)
	}
	pool = append(pool, messyArticles()...)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		arts := sample(rng, pool)
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkFaithful(t, arts) })
	}
}

func sample(rng *rand.Rand, pool []news.Article) []news.Article {
	n := 1 + rng.IntN(4)
	out := make([]news.Article, n)
	for i := range out {
		a := pool[rng.IntN(len(pool))]
		paras := a.Paragraphs()
		rng.Shuffle(len(paras), func(i, j int) { paras[i], paras[j] = paras[j], paras[i] })
		a.Text = strings.Join(paras[:1+rng.IntN(len(paras))], "\n\n")
		a.ID = int64(i + 1)
		out[i] = a
	}
	return out
}

func checkFaithful(t *testing.T, arts []news.Article) {
	t.Helper()
	texts := map[int64]string{}
	for _, a := range arts {
		texts[a.ID] = text.NormalizeSpace(a.Text)
	}
	d, err := Write(arts)
	if err == ErrNoText {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != len(d.Sources) || len(d.Body) > MaxParagraphs {
		t.Fatalf("%d paragraphs, %d source lists", len(d.Body), len(d.Sources))
	}
	if len(d.Headline) > MaxHeadline {
		t.Errorf("headline %q longer than %d", d.Headline, MaxHeadline)
	}
	words := 0
	for i, p := range d.Body {
		var quotes []string
		for _, c := range d.Sources[i] {
			if !strings.Contains(texts[c.ArticleID], c.Quote) {
				t.Errorf("quote %q not in article %d", c.Quote, c.ArticleID)
			}
			quotes = append(quotes, c.Quote)
		}
		if p != strings.Join(quotes, " ") {
			t.Errorf("paragraph %d is not its citations joined:\n%q", i, p)
		}
		words += text.WordCount(p)
	}
	if words > MaxBodyWords {
		t.Errorf("body has %d words", words)
	}
	srcs := collect(arts)
	for _, s := range summary(leadSource(srcs, centroidOf(srcs)), centroidOf(srcs)) {
		if !strings.Contains(texts[s.articleID], s.text) {
			t.Errorf("summary sentence %q not in article %d", s.text, s.articleID)
		}
	}
	if d.Summary == "" {
		t.Errorf("empty summary")
	}
}

// messyArticles are texts full of furniture, odd spacing and abbreviations.
func messyArticles() []news.Article {
	return []news.Article{
		{Title: "WATCH: Storm hits coast 🌊🌊 - Coast News", Text: "By Ann Lee\n\nPhoto: waves.\n\nA storm hit the U.S. east coast on Jan. 5, cutting power to 200,000 homes.   Officials   said the\nstorm would weaken by Friday.\n\n\"It was terrifying,\" one resident said. \"We lost everything.\"\n\nSign up for alerts.\n\nWhat next?"},
		{Title: "", Text: "Dr. Smith of St. Mary's Hospital said 3.5 percent of patients were affected. He said: \"This is serious.\" Click here for more."},
		{Title: "Short", Text: "Too short.\n\nAdvertisement"},
	}
}
