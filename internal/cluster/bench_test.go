package cluster

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"tidings/internal/news"
	"tidings/internal/text"
)

// sharedNews is the Giveme5W1H set, outside the repository; the benchmark
// recombines its sentences when it is there.
const sharedNews = "../../../shared/data/giveme5w1h-news-cluster"

// BenchmarkAdd clusters a stream of synthetic articles, 1,000 a day, and
// reports the cost per article and the live heap at the end. Run with
//
//	go test ./internal/cluster -run '^$' -bench Add -benchtime 1x -cpu 1
//
// ns/article includes making the article (see BenchmarkGenerate);
// ns/article-last10k is the cost once the window (30 days, 30,000
// articles) is full, which stays flat however long the stream runs.
// bcubed-F1 scores the stories against the generator's events (of the
// last run; it is not timed): a dense stream, 1,000 articles a day on
// some 600 events open at a time, all drawing on one pool of sentences.
func BenchmarkAdd(b *testing.B) {
	pool := sentencePool(b)
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			var c *Clusterer
			var tail time.Duration // the last 10,000 articles
			var f1 float64
			for range b.N {
				c = New(DefaultOptions())
				g := newGenerator(pool)
				var start time.Time
				stories := make([]int64, n)
				events := make([]int, n)
				into := map[int64]int64{} // merged story -> survivor
				for i := range n {
					if i == n-10_000 {
						start = time.Now()
					}
					as := c.Add(g.next())
					stories[i], events[i] = as.Story, g.truth
					for _, m := range as.Merged {
						into[m] = as.Story
					}
				}
				tail += time.Since(start)
				b.StopTimer()
				f1 = streamF1(stories, events, into)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
			b.ReportMetric(float64(tail.Nanoseconds())/float64(b.N*10_000), "ns/article-last10k")
			b.ReportMetric(f1, "bcubed-F1")
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "MB-live")
			b.ReportMetric(float64(len(c.copies.docs)), "articles-open")
			runtime.KeepAlive(c)
		})
	}
}

// streamF1 is the B-cubed F1 of the stories (merges followed through
// into) against the events.
func streamF1(stories []int64, events []int, into map[int64]int64) float64 {
	type pair struct {
		story int64
		event int
	}
	both, inStory, inEvent := map[pair]int{}, map[int64]int{}, map[int]int{}
	for i, s := range stories {
		for into[s] != 0 {
			s = into[s]
		}
		stories[i] = s
		both[pair{s, events[i]}]++
		inStory[s]++
		inEvent[events[i]]++
	}
	var p, r float64
	for i, s := range stories {
		k := float64(both[pair{s, events[i]}])
		p += k / float64(inStory[s])
		r += k / float64(inEvent[events[i]])
	}
	p /= float64(len(stories))
	r /= float64(len(stories))
	return 2 * p * r / (p + r)
}

// BenchmarkGenerate is the cost of making the articles alone.
func BenchmarkGenerate(b *testing.B) {
	g := newGenerator(sentencePool(b))
	for range b.N {
		g.next()
	}
}

// generator makes a deterministic stream of articles: events of one to a
// dozen articles over two days, each with its own made-up names; each
// article is five of its event's eight sentences (real sentences, with the
// event's names) and four random ones, or, one time in five, a copy of an
// earlier article of the event with a paragraph dropped.
type generator struct {
	rng    *rand.Rand
	pool   []string
	events []*event
	clock  time.Time
	id     int64
	made   int // events made
	truth  int // event of the latest article
}

type event struct {
	id       int
	start    time.Time
	core     []string
	articles []string
}

func newGenerator(pool []string) *generator {
	return &generator{
		rng:   rand.New(rand.NewPCG(1, 2)),
		pool:  pool,
		clock: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
	}
}

func (g *generator) next() news.Article {
	g.id++
	g.clock = g.clock.Add(86400 * time.Second / 1000)
	for len(g.events) > 0 && g.clock.Sub(g.events[0].start) > 48*time.Hour {
		g.events = g.events[1:]
	}
	if len(g.events) == 0 || g.rng.IntN(10) < 3 {
		g.made++
		e := &event{id: g.made, start: g.clock}
		names := []string{g.name(), g.name() + " " + g.name(), g.name()}
		for i := range 8 {
			e.core = append(e.core, names[i%3]+" "+g.sentence())
		}
		g.events = append(g.events, e)
	}
	e := g.events[g.rng.IntN(len(g.events))]
	var body string
	if len(e.articles) > 0 && g.rng.IntN(5) == 0 {
		paras := strings.Split(e.articles[g.rng.IntN(len(e.articles))], "\n\n")
		drop := g.rng.IntN(len(paras))
		body = strings.Join(append(paras[:drop:drop], paras[drop+1:]...), "\n\n")
	} else {
		var paras []string
		for _, i := range g.rng.Perm(len(e.core))[:5] {
			paras = append(paras, e.core[i])
		}
		for range 4 {
			paras = append(paras, g.sentence())
		}
		g.rng.Shuffle(len(paras), func(i, j int) { paras[i], paras[j] = paras[j], paras[i] })
		body = strings.Join(paras, "\n\n")
	}
	e.articles = append(e.articles, body)
	g.truth = e.id
	return news.Article{
		ID:        g.id,
		URL:       fmt.Sprintf("https://example.com/%d", g.id),
		Title:     e.core[0],
		Text:      body,
		Published: g.clock,
	}
}

func (g *generator) sentence() string { return g.pool[g.rng.IntN(len(g.pool))] }

// name makes up a proper name, as each event has its own people and places.
func (g *generator) name() string {
	syllables := []string{"ka", "lo", "mer", "tan", "vi", "dro", "sul", "pe", "ran", "zo", "bel", "qui", "no", "sta", "re", "gan"}
	var b strings.Builder
	for i := range 2 + g.rng.IntN(2) {
		s := syllables[g.rng.IntN(len(syllables))]
		if i == 0 {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		b.WriteString(s)
	}
	return b.String()
}

// sentencePool returns the sentences of the shared Giveme5W1H articles, or
// sentences made from a small vocabulary when the set is absent.
func sentencePool(tb testing.TB) []string {
	var pool []string
	files, _ := filepath.Glob(filepath.Join(sharedNews, "*", "*.json"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var r struct{ Text string }
		if err := json.Unmarshal(b, &r); err != nil {
			tb.Fatal(err)
		}
		for _, s := range text.Sentences(r.Text) {
			if text.WordCount(s) >= 8 {
				pool = append(pool, s)
			}
		}
	}
	if len(pool) > 0 {
		return pool
	}
	return madeUpSentences()
}

// madeUpSentences builds 5,000 sentences from a vocabulary of names,
// places and common news words, Zipf-distributed.
func madeUpSentences() []string {
	words := strings.Fields(`said government minister president police officials company market shares
		percent year week report people city country state court judge election vote party leader talks
		deal agreement attack killed injured fire storm flood earthquake rescue hospital health vaccine
		study scientists space launch rocket satellite team game season coach player championship win
		loss profit revenue quarter bank rates inflation economy jobs workers strike union trade tariffs
		oil prices energy climate emissions summit treaty sanctions border troops military ceasefire`)
	names := strings.Fields(`Berlin Paris Tokyo Lagos Lima Ottawa Cairo Delhi Jakarta Nairobi Madrid Seoul
		Smith Garcia Okafor Tanaka Dubois Novak Rossi Silva Kim Haddad Mueller Ivanova Acme Globex Initech`)
	rng := rand.New(rand.NewPCG(3, 4))
	zw := rand.NewZipf(rng, 1.1, 1, uint64(len(words)-1))
	var out []string
	for range 5000 {
		var b strings.Builder
		b.WriteString(names[rng.IntN(len(names))])
		for range 10 + rng.IntN(15) {
			b.WriteString(" ")
			if rng.IntN(6) == 0 {
				b.WriteString(names[rng.IntN(len(names))])
			} else {
				b.WriteString(words[zw.Uint64()])
			}
		}
		b.WriteString(".")
		out = append(out, b.String())
	}
	return out
}
