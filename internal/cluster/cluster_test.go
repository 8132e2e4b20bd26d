package cluster

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"tidings/internal/news"
)

func TestGroup(t *testing.T) {
	tests := []struct {
		name     string
		articles []news.Article
		want     []int
	}{
		{"empty", nil, []int{}},
		{"all different", []news.Article{{URL: "a", Text: "x"}, {URL: "b", Text: "y"}}, []int{1, 2}},
		{"same url", []news.Article{{URL: "a", Text: "x"}, {URL: "b", Text: "y"}, {URL: "a", Text: "z"}}, []int{1, 2, 1}},
		{"same text, other spacing and case", []news.Article{{URL: "a", Text: "One  Two"}, {URL: "b", Text: "one two"}}, []int{1, 1}},
		{"chained through url then text", []news.Article{{URL: "a", Text: "x"}, {URL: "b", Text: "y"}, {URL: "a", Text: "y"}}, []int{1, 1, 1}},
		{"no url, no text: alone", []news.Article{{}, {}}, []int{1, 2}},
		{"same event, other outlets", []news.Article{quake("a", 1), fire("b", 1), quake("c", 2)}, []int{1, 2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Group(tt.articles)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Group = %v, want %v", got, tt.want)
			}
		})
	}
}

var day0 = time.Date(2025, 5, 13, 9, 0, 0, 0, time.UTC)

// Two events, each told in three wordings by different outlets.
var (
	quakeTexts = []string{
		"A magnitude 6.8 earthquake struck near Izmir on Tuesday, killing at least 12 people and toppling buildings across western Turkey, officials said. Rescue teams searched the rubble through the night.",
		"At least 12 people died when a strong earthquake of magnitude 6.8 shook Izmir and the Aegean coast of Turkey. Turkish rescue workers pulled survivors from collapsed buildings, the disaster agency AFAD said.",
		"The death toll from the Izmir earthquake rose to 19 on Wednesday as rescue teams in western Turkey kept digging through collapsed buildings. The magnitude 6.8 quake was felt as far as Istanbul and Athens.",
	}
	fireTexts = []string{
		"A wildfire fanned by strong winds forced thousands to flee their homes north of Los Angeles on Tuesday, as firefighters struggled to contain the blaze in dry hills near Santa Clarita, California.",
		"Firefighters battled a fast-moving wildfire near Santa Clarita, California, where evacuation orders covered thousands of homes. Strong Santa Ana winds pushed the flames across dry brush north of Los Angeles.",
		"Crews gained ground on the Santa Clarita wildfire on Wednesday as winds eased, letting some of the thousands evacuated north of Los Angeles return home. The blaze burned 14,000 acres in California.",
	}
)

func quake(url string, n int) news.Article {
	return news.Article{URL: url, Title: "Earthquake in Izmir, Turkey", Text: quakeTexts[n%3], Published: day0.Add(time.Duration(n) * time.Hour)}
}

func fire(url string, n int) news.Article {
	return news.Article{URL: url, Title: "Wildfire near Los Angeles", Text: fireTexts[n%3], Published: day0.Add(time.Duration(n) * time.Hour)}
}

// wire is a wire story and a lightly edited, shortened copy of it.
var wire = strings.Repeat("The central bank raised its main interest rate by a quarter point on Thursday, the third rise this year, saying inflation remained too high for comfort. ", 1) +
	"Governor Ana Costa told reporters in Lisbon that further increases could not be ruled out if prices kept rising faster than wages. " +
	"Markets had expected the move, and the currency barely changed after the announcement. " +
	"Economists said the decision showed the bank would rather risk a slowdown than let inflation settle above its target. " +
	"The bank will publish new forecasts for growth and prices at its next meeting in six weeks."

func wireCopy() string {
	s := strings.Replace(wire, "on Thursday", "Thursday", 1)
	return s[:strings.LastIndex(s, " The bank will")] + " (Reporting by the wire; editing by the desk.)"
}

func TestAddDuplicates(t *testing.T) {
	tests := []struct {
		name   string
		first  news.Article
		second news.Article
		dup    bool
	}{
		{"same url", news.Article{ID: 1, URL: "u", Text: "one text"}, news.Article{ID: 2, URL: "u", Text: "updated text"}, true},
		{"same text", news.Article{ID: 1, URL: "u", Text: "Some Text."}, news.Article{ID: 2, URL: "v", Text: "some   text."}, true},
		{"syndicated, lightly edited and cut", news.Article{ID: 1, URL: "u", Text: wire}, news.Article{ID: 2, URL: "v", Text: wireCopy()}, true},
		{"same event, own wording", quake("u", 0), quake("v", 1), false},
		{"short texts are only matched exactly", news.Article{ID: 1, URL: "u", Text: "Rates rise again."}, news.Article{ID: 2, URL: "v", Text: "Rates rise again!"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(DefaultOptions())
			tt.first.ID, tt.second.ID = 1, 2
			a := c.Add(tt.first)
			b := c.Add(tt.second)
			if got := b.DuplicateOf == 1; got != tt.dup {
				t.Fatalf("second.DuplicateOf = %d, want copy %v", b.DuplicateOf, tt.dup)
			}
			if tt.dup && b.Story != a.Story {
				t.Errorf("copy in story %d, original in %d", b.Story, a.Story)
			}
		})
	}
}

func TestAddEvents(t *testing.T) {
	tests := []struct {
		name string
		a, b news.Article
		same bool
	}{
		{"same event, other outlet", quake("u", 0), quake("v", 1), true},
		{"same event, next day's update", quake("u", 0), quake("v", 2), true},
		{"different events", quake("u", 0), fire("v", 0), false},
		{"different events, same day, other wording", fire("u", 1), quake("v", 2), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(DefaultOptions())
			tt.a.ID, tt.b.ID = 1, 2
			a, b := c.Add(tt.a), c.Add(tt.b)
			if !a.New {
				t.Errorf("first article not New")
			}
			if got := a.Story == b.Story; got != tt.same {
				t.Errorf("same story = %v, want %v (stories %d, %d)", got, tt.same, a.Story, b.Story)
			}
			if b.New == tt.same {
				t.Errorf("second New = %v", b.New)
			}
		})
	}
}

func TestWindow(t *testing.T) {
	opts := DefaultOptions()
	tests := []struct {
		name string
		gap  time.Duration
		same bool
	}{
		{"within the window", opts.Window - time.Hour, true},
		{"past the window", opts.Window + time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(opts)
			a := quake("u", 0)
			a.ID = 1
			first := c.Add(a)
			b := quake("v", 1)
			b.ID, b.Published = 2, a.Published.Add(tt.gap)
			second := c.Add(b)
			if got := first.Story == second.Story; got != tt.same {
				t.Errorf("same story = %v, want %v", got, tt.same)
			}
			if !tt.same && (len(c.stories) != 1 || len(c.copies.docs) != 1) {
				t.Errorf("expired story kept: %d stories, %d articles open", len(c.stories), len(c.copies.docs))
			}
		})
	}
}

func TestStableKeys(t *testing.T) {
	c := New(DefaultOptions())
	var got []int64
	for i := range 6 {
		a := quake(fmt.Sprint("u", i), i)
		a.ID = int64(100 + i)
		got = append(got, c.Add(a).Story)
	}
	want := []int64{100, 100, 100, 100, 100, 100}
	if !slices.Equal(got, want) {
		t.Errorf("stories = %v, want the first article's ID throughout", got)
	}
	if as := c.Add(news.Article{ID: 103}); as.Story != 100 || as.New {
		t.Errorf("adding an ID again = %+v, want its story", as)
	}
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name     string
		articles []news.Article
		want     Assignment // of the last article
	}{
		{
			"a copy of articles in two stories merges them into the older",
			[]news.Article{{ID: 1, URL: "a", Text: "x"}, {ID: 2, URL: "b", Text: "y"}, {ID: 3, URL: "a", Text: "y"}},
			Assignment{Story: 1, DuplicateOf: 1, Merged: []int64{2}},
		},
		{
			"different stories stay apart",
			[]news.Article{{ID: 1, URL: "a", Text: "x"}, {ID: 2, URL: "b", Text: "y"}, {ID: 3, URL: "c", Text: "z"}},
			Assignment{Story: 3, New: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(DefaultOptions())
			var as Assignment
			for _, a := range tt.articles {
				as = c.Add(a)
			}
			if !reflect.DeepEqual(as, tt.want) {
				t.Errorf("last Add = %+v, want %+v", as, tt.want)
			}
			// The merged story's articles now answer with the survivor.
			if len(tt.want.Merged) > 0 {
				if got := c.Add(news.Article{ID: tt.want.Merged[0]}).Story; got != tt.want.Story {
					t.Errorf("article %d is in story %d after the merge, want %d", tt.want.Merged[0], got, tt.want.Story)
				}
			}
		})
	}
}

func TestRestore(t *testing.T) {
	c := New(DefaultOptions())
	for i := range 2 {
		a := quake(fmt.Sprint("u", i), i)
		a.ID = int64(10 + i)
		c.Restore(a, 7)
	}
	f := fire("f", 0)
	f.ID = 20
	c.Restore(f, 20)
	q := quake("u9", 2)
	q.ID = 30
	if as := c.Add(q); as.Story != 7 || as.New {
		t.Errorf("Add after Restore = %+v, want story 7", as)
	}
	dup := quake("u0", 0) // URL of a restored article
	dup.ID = 31
	if as := c.Add(dup); as.DuplicateOf != 10 || as.Story != 7 {
		t.Errorf("copy of a restored article = %+v, want a copy of 10 in story 7", as)
	}
}

func TestGroupDeterministic(t *testing.T) {
	g := newGenerator(madeUpSentences())
	var articles []news.Article
	for range 300 {
		articles = append(articles, g.next())
	}
	first := Group(articles)
	for range 3 {
		if again := Group(articles); !slices.Equal(first, again) {
			t.Fatal("Group gave different groups for the same articles")
		}
	}
}

func TestContainment(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical", wire, wire, 0.99, 1},
		{"cut and edited copy", wire, wireCopy(), 0.75, 1},
		{"unrelated", wire, quakeTexts[0] + " " + fireTexts[0] + " " + quakeTexts[2], 0, 0.1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sa, sb := minhash(tt.a), minhash(tt.b)
			if sa == nil || sb == nil {
				t.Fatal("no signature")
			}
			if got := containment(sa, sb); got < tt.min || got > tt.max {
				t.Errorf("containment = %.2f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
		})
	}
}

func TestGroupExactAcrossTime(t *testing.T) {
	old := news.Article{URL: "a", Text: "Talks open in Geneva.", Published: day0}
	later := news.Article{URL: "b", Text: "Marathon record in Berlin.", Published: day0.Add(200 * 24 * time.Hour)}
	again := news.Article{URL: "a?utm=x", Text: "talks open in  Geneva.", Published: day0}
	if got, want := Group([]news.Article{old, later, again}), []int{1, 2, 1}; !slices.Equal(got, want) {
		t.Errorf("Group = %v, want %v: same text is one group whatever the window", got, want)
	}
}

func TestSeen(t *testing.T) {
	tests := []struct {
		name    string
		earlier []string // texts learnt before
		text    string
		want    []string // terms of the query vector
		unit    bool     // whether it has unit length
	}{
		{"first article: nothing seen", nil, "quake Izmir", nil, false},
		{"new terms left out", []string{"quake Turkey"}, "quake Izmir", []string{"quak"}, true},
		{"all seen", []string{"quake Izmir", "Izmir rescue"}, "quake Izmir", []string{"quak", "izmir"}, true},
		{"mostly new: raised at most twice", []string{"quake Turkey"}, "quake Izmir Bornova Konak Cigli Buca Urla Tire", []string{"quak"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			voc := newVocabulary()
			for _, e := range tt.earlier {
				voc.vector("", e, true)
			}
			v := voc.vector("", tt.text, true)
			q := voc.seen(v)
			var got []string
			for _, e := range q {
				for term, id := range voc.ids {
					if id == e.term {
						got = append(got, term)
					}
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("seen terms = %v, want %v", got, want)
			}
			if unit := math.Abs(q.norm()-1) < 1e-9; unit != tt.unit {
				t.Errorf("norm = %v, want unit %v", q.norm(), tt.unit)
			}
			for _, e := range q { // each weight raised, at most twice
				if w := weightOf(v, e.term); e.weight < w-1e-12 || e.weight > w/knownShare+1e-12 {
					t.Errorf("weight %v of a term that weighs %v in the full vector", e.weight, w)
				}
			}
		})
	}
}

func weightOf(v sparse, t uint32) float64 {
	for _, e := range v {
		if e.term == t {
			return e.weight
		}
	}
	return 0
}

// TestNewWordsDoNotHide checks that an article full of words no earlier
// article used still joins the story it shares its known words with: new
// words can match nothing and must not drown the match.
func TestNewWordsDoNotHide(t *testing.T) {
	c := New(DefaultOptions())
	first := quake("u", 0)
	first.ID = 1
	c.Add(first)
	second := quake("v", 1)
	second.ID = 2
	for i := range 300 { // made-up names, each new
		second.Text += " Vor" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "ek"
	}
	if as := c.Add(second); as.Story != 1 {
		t.Errorf("article with many new words in story %d, want 1", as.Story)
	}
}

// TestRival checks that an article about as close to two unrelated
// stories starts its own story, and joins the closer one when it leads by
// rivalMargin or when the other is absent.
func TestRival(t *testing.T) {
	a := sparse{{1, 0.6}, {2, 0.8}} // two stories that share no term
	b := sparse{{3, 0.6}, {4, 0.8}}
	tests := []struct {
		name       string
		simA, simB float64 // the article's cosines with the stories
		onlyA      bool
		want       int64 // story joined, 0 for none
	}{
		{"as close to both", 0.40, 0.40, false, 0},
		{"leads by less than the margin", 0.40, 0.40 - rivalMargin + 0.01, false, 0},
		{"leads by more than the margin", 0.40, 0.40 - rivalMargin - 0.01, false, 1},
		{"the rival below the threshold but close", 0.25, 0.21, false, 0},
		{"no rival", 0.40, 0.40, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(DefaultOptions())
			for i, v := range []sparse{a, b} {
				if i == 1 && tt.onlyA {
					break
				}
				s := c.start(int64(i+1), day0)
				s.absorb(v)
				c.postings.repost(s)
			}
			// Terms 1 and 3 weigh 0.6 in the stories.
			d := &doc{t: day0, query: sparse{{1, tt.simA / 0.6}, {3, tt.simB / 0.6}}}
			var got int64
			if out := c.closest(d); len(out) > 0 {
				got = out[0].key
			}
			if got != tt.want {
				t.Errorf("joined story %d, want %d", got, tt.want)
			}
		})
	}
}

// TestTight checks that a story of tightSize articles or more admits only
// articles whose mean cosine with its articles reaches tightAverage, and a
// smaller one any article at the threshold: the same loose relation to
// every article lets an article into a small story but not a big one.
func TestTight(t *testing.T) {
	th := DefaultOptions().Threshold
	tests := []struct {
		name string
		s    *story
		w    float64
		want bool
	}{
		{"small, loose", diffuse(tightSize-1, 0.4, 1), 0.4, true},
		{"big, loose", diffuse(tightSize, 0.4, 1), 0.4, false},
		{"big, tight", diffuse(tightSize, 0.8, 1), 0.8, true},
		{"small, below the threshold", diffuse(1, 0.1, 1), 0.1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := sparse{{0, tt.w}, {1000, math.Sqrt(1 - tt.w*tt.w)}}
			sim := tt.s.similarity(v)
			if got := tt.s.admits(v, sim, th); got != tt.want {
				t.Errorf("admits = %v, want %v (cosine %.3f, mean %.3f)", got, tt.want, sim, tt.w*tt.w)
			}
		})
	}
}

// diffuse returns a story of n articles, each of which has term 0 with
// weight w and a term of its own (from, from+1, ...): any two of them, or
// one of them and another such article, have cosine w*w.
func diffuse(n int, w float64, from uint32) *story {
	s := &story{}
	for i := range n {
		s.absorb(sparse{{0, w}, {from + uint32(i), math.Sqrt(1 - w*w)}})
	}
	return s
}

// TestMergeable checks that two stories whose centroids are close merge
// only when, together of tightSize articles or more, their articles are
// close on average too.
func TestMergeable(t *testing.T) {
	merge := DefaultOptions().Merge
	half := tightSize / 2
	tests := []struct {
		name string
		a, b *story
		want bool
	}{
		{"small, loose", diffuse(half-1, 0.4, 1), diffuse(half-1, 0.4, 100), true},
		{"big, loose", diffuse(half, 0.4, 1), diffuse(tightSize-half, 0.4, 100), false},
		{"big, tight", diffuse(half, 0.6, 1), diffuse(tightSize-half, 0.6, 100), true},
		{"centroids apart", diffuse(1, 0.4, 1), diffuse(1, 0.4, 100), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.mergeable(tt.b, merge); got != tt.want {
				t.Errorf("mergeable = %v, want %v (centroid cosine %.3f)", got, tt.want, dot(tt.a.centroid, tt.b.centroid)/(tt.a.norm*tt.b.norm))
			}
		})
	}
}

func TestRarity(t *testing.T) {
	tests := []struct {
		name string
		docs int
		df   uint32
		want float64
	}{
		{"in few articles", 5000, 3, 1},
		{"at the share", 5000, 50, 1},
		{"twice the share", 5000, 100, 0.25},
		{"common", 5000, 1000, 0.0025},
		{"short stream: the floor holds", 100, rareFloor, 1},
		{"short stream: past the floor", 100, 2 * rareFloor, 0.25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			voc := &vocabulary{docs: tt.docs, df: []uint32{tt.df}}
			if got := voc.rarity(0); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("rarity = %v, want %v", got, tt.want)
			}
		})
	}
	if got := newVocabulary().rarity(7); got != 1 {
		t.Errorf("rarity of a term never seen = %v, want 1", got)
	}
}

// TestSpecific checks that an article joins a story only when enough of
// its cosine comes from rare terms: one close to the story through a
// topic's common word alone starts its own story, however high the
// cosine, and one that shares the story's rare name joins it.
func TestSpecific(t *testing.T) {
	story := sparse{{1, 0.6}, {2, 0.8}} // term 1 the topic's, term 2 the event's
	tests := []struct {
		name    string
		docs    int
		dfTopic uint32 // articles with term 1; term 2 is in 3
		query   sparse
		want    int64 // story joined, 0 for none
	}{
		{"the topic's word only", 5000, 1000, sparse{{1, 1}}, 0},
		{"mostly the topic's word", 5000, 1000, sparse{{1, 0.95}, {2, 0.31}}, 0},
		{"the event's name", 5000, 1000, sparse{{1, 0.6}, {2, 0.8}}, 1},
		{"a word just past the limit", 5000, 60, sparse{{1, 1}}, 1},
		{"short stream: the floor holds", 200, rareFloor, sparse{{1, 1}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(DefaultOptions())
			c.voc.docs = tt.docs
			c.voc.df = []uint32{0, tt.dfTopic, 3}
			s := c.start(1, day0)
			s.absorb(story)
			c.postings.repost(s)
			d := &doc{t: day0, query: tt.query}
			var got int64
			if out := c.closest(d); len(out) > 0 {
				got = out[0].key
			}
			if got != tt.want {
				t.Errorf("joined story %d, want %d", got, tt.want)
			}
		})
	}
}
