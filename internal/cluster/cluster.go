package cluster

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"tidings/internal/news"
)

// Options tune a Clusterer. Start from DefaultOptions.
type Options struct {
	// Window is how long a story stays open after its latest article. An
	// article joins only a story whose articles lie within Window of its
	// time, and a story whose latest article is older than Window (behind
	// the newest article seen) leaves the index for good.
	Window time.Duration
	// Threshold is the least cosine similarity, in [0, 1], between an
	// article's TF-IDF vector (its terms that earlier articles had) and a
	// story's centroid for the article to join the story (which also asks
	// that rare terms make up enough of it: see specificShare).
	Threshold float64
	// Merge is the least cosine similarity between the centroids of two
	// stories that one article reaches (both at or above Threshold) for
	// the two to become one; a merge into a big story also needs their
	// articles close on average (see tightSize). Above 1, stories never
	// merge on similarity (copies of articles in two stories still merge
	// them).
	Merge float64
	// Duplicate is the least share, in (0, 1], of the shorter article's
	// word 5-shingles found in an earlier article for it to be a copy.
	Duplicate float64
}

// DefaultOptions returns the options measured best on the Giveme5W1H
// news_cluster set (see the evaluate package). Threshold has the best mean
// B-cubed F1 there with the 30-day window and without one, alone and
// mixed with the BBC News articles as a dense stream (0.911 and 0.953
// alone, 0.856 and 0.831 over all articles of the mix); 0.20 does better
// on the set alone with the window (0.915) but lets more of a busy stream
// run together (0.847) and does worse without the window (0.943). The
// google_news set was not used to choose them.
func DefaultOptions() Options {
	return Options{
		Window:    30 * 24 * time.Hour,
		Threshold: 0.22,
		Merge:     0.30,
		Duplicate: 0.80,
	}
}

// Assignment is where an article went.
type Assignment struct {
	// Story is the key of the article's story: the ID of the article that
	// started it. A story keeps its key as it grows; when stories merge,
	// the oldest one's key survives.
	Story int64
	// New is true when the article started Story.
	New bool
	// DuplicateOf is the ID of the earlier article this one copies (same
	// URL, same text, or syndicated text), 0 if none. A copy is one
	// source of reporting run by another outlet.
	DuplicateOf int64
	// Merged lists the keys of stories merged into Story because the
	// article joined them: the caller must redirect each to Story. Nil
	// when nothing merged.
	Merged []int64
}

// Clusterer assigns articles to stories one at a time. It is not safe for
// concurrent use: the caller serializes calls (one pipeline worker owns
// it). Its memory follows the articles of the last Window, plus one entry
// per distinct term seen.
type Clusterer struct {
	opts     Options
	voc      *vocabulary
	clock    time.Time // the newest article time seen
	stories  map[int64]*story
	postings postings
	expiry   timeline[*story] // pushed each time a story grows
	copies   copyIndex
}

// New returns a Clusterer with no stories.
func New(opts Options) *Clusterer {
	return &Clusterer{
		opts:     opts,
		voc:      newVocabulary(),
		stories:  map[int64]*story{},
		postings: postings{},
		copies:   newCopyIndex(),
	}
}

// Add assigns article a to a story and returns where it went.
//
// a.ID must be non-zero and unique: it names the article in
// Assignment.DuplicateOf and becomes the key of a story it starts. Adding
// an ID again returns its current story and changes nothing. The article's
// time is a.Published, or a.Fetched when Published is zero or later, or the
// newest time seen when both are zero. Articles should come in about the
// order of their times: one older than Window behind the newest seen finds
// no story open and starts its own.
func (c *Clusterer) Add(a news.Article) Assignment {
	if m := c.copies.docs[a.ID]; m != nil {
		return Assignment{Story: m.story.current().key}
	}
	d := c.prepare(a)
	var as Assignment
	origs := c.copies.find(d, c.opts.Duplicate)
	joined := c.storiesOf(origs)
	if len(origs) > 0 {
		as.DuplicateOf = origs[0]
	} else {
		joined = c.closest(d)
	}
	var s *story
	if len(joined) == 0 {
		s = c.start(a.ID, d.t)
		as.New = true
	} else {
		s = joined[0]
		for _, o := range joined[1:] {
			c.merge(s, o)
			as.Merged = append(as.Merged, o.key)
		}
	}
	c.join(s, d, len(origs) == 0)
	as.Story = s.key
	return as
}

// Restore puts article a back into the story with key story, as it was
// before a restart, without comparing it to any story. Restore the
// articles of the last Window, oldest first, before the first Add. An ID
// restored or added before is ignored.
func (c *Clusterer) Restore(a news.Article, story int64) {
	if c.copies.docs[a.ID] != nil {
		return
	}
	d := c.prepare(a)
	s := c.stories[story]
	if s == nil {
		s = c.start(story, d.t)
	}
	origs := c.copies.find(d, c.opts.Duplicate)
	c.join(s, d, !slices.ContainsFunc(origs, func(id int64) bool { return c.copies.docs[id].story.current() == s }))
}

// prepare computes what the clusterer needs of a, moves the clock and
// closes the stories that fall out of the window.
func (c *Clusterer) prepare(a news.Article) *doc {
	t := a.Published
	if t.IsZero() || (!a.Fetched.IsZero() && t.After(a.Fetched)) {
		t = a.Fetched
	}
	if t.IsZero() {
		t = c.clock
	}
	if t.After(c.clock) {
		c.clock = t
		c.expire()
	}
	vec := c.voc.vector(a.Title, a.Text, true)
	return &doc{
		id:    a.ID,
		t:     t,
		url:   a.URL,
		text:  textKey(a.Text),
		sig:   minhash(a.Text),
		vec:   vec,
		query: c.voc.seen(vec),
	}
}

// storiesOf returns the live stories of the given articles, without
// repeats, oldest first.
func (c *Clusterer) storiesOf(ids []int64) []*story {
	var out []*story
	for _, id := range ids {
		if s := c.copies.docs[id].story.current(); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	sortOldestFirst(out)
	return out
}

// closest returns the story d joins and the stories that merge with it,
// oldest first, or nil if d starts a story.
func (c *Clusterer) closest(d *doc) []*story {
	type scored struct {
		s   *story
		sim float64
	}
	var all, found []scored
	for _, s := range c.candidates(d) {
		sim := s.similarity(d.query)
		all = append(all, scored{s, sim})
		if s.admits(d.query, sim, c.opts.Threshold) && s.specific(d.query, c.voc) >= specificShare*sim {
			found = append(found, scored{s, sim})
		}
	}
	if len(found) == 0 {
		return nil
	}
	sort.Slice(found, func(i, j int) bool { return found[i].sim > found[j].sim })
	best := found[0].s
	out := []*story{best}
	for _, f := range found[1:] {
		if best.mergeable(f.s, c.opts.Merge) {
			out = append(out, f.s)
		}
	}
	for _, r := range all { // a rival too close: see rivalMargin
		if !slices.Contains(out, r.s) && r.sim > found[0].sim-rivalMargin {
			return nil
		}
	}
	sortOldestFirst(out)
	return out
}

// candidates returns the open stories posted under d's heaviest terms that
// weigh most in d, at most candidates of them.
func (c *Clusterer) candidates(d *doc) []*story {
	acc := map[*story]float64{}
	for _, t := range d.query.top(queryTerms) {
		w := d.weight(t)
		for _, s := range c.postings[t] {
			if s.within(d.t, c.opts.Window) {
				acc[s] += w
			}
		}
	}
	out := make([]*story, 0, len(acc))
	for s := range acc {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if acc[out[i]] != acc[out[j]] {
			return acc[out[i]] > acc[out[j]]
		}
		return out[i].key < out[j].key
	})
	return out[:min(len(out), candidates)]
}

func sortOldestFirst(ss []*story) {
	sort.Slice(ss, func(i, j int) bool {
		if !ss[i].first.Equal(ss[j].first) {
			return ss[i].first.Before(ss[j].first)
		}
		return ss[i].key < ss[j].key
	})
}

// start opens a story with the given key.
func (c *Clusterer) start(key int64, t time.Time) *story {
	s := &story{key: key, first: t, last: t, alive: true}
	c.stories[key] = s
	return s
}

// join adds d to s; its vector counts towards the centroid when it is not
// a copy.
func (c *Clusterer) join(s *story, d *doc, original bool) {
	s.size++
	if d.t.Before(s.first) {
		s.first = d.t
	}
	if d.t.After(s.last) {
		s.last = d.t
	}
	if original && len(d.vec) > 0 {
		s.absorb(d.vec)
		c.postings.repost(s)
	}
	c.copies.add(d, s)
	c.expiry.push(s.last, s)
}

// merge moves story o into s.
func (c *Clusterer) merge(s, o *story) {
	c.postings.unpost(o)
	s.centroid = add(s.centroid, o.centroid).truncate(centroidTerms)
	s.norm = s.centroid.norm()
	c.postings.repost(s)
	s.size += o.size
	s.members += o.members
	if o.first.Before(s.first) {
		s.first = o.first
	}
	if o.last.After(s.last) {
		s.last = o.last
	}
	o.alive, o.into = false, s
	delete(c.stories, o.key)
	c.expiry.push(s.last, s)
}

// expire closes the stories whose latest article is older than Window
// behind the clock, and forgets the articles older than that.
func (c *Clusterer) expire() {
	cutoff := c.clock.Add(-c.opts.Window)
	for s, ok := c.expiry.due(cutoff); ok; s, ok = c.expiry.due(cutoff) {
		if s.alive && s.last.Before(cutoff) { // else a stale entry
			c.postings.unpost(s)
			s.alive = false
			delete(c.stories, s.key)
		}
	}
	c.copies.expire(cutoff)
}

// Group assigns each article a group number, starting at 1 in order of
// first appearance; articles in one group tell one story. It runs a
// Clusterer with DefaultOptions over the articles in input order (their
// IDs are ignored), and groups that a later article merges are one group.
// Articles with the same URL or the same text (case and white space aside)
// are always one group, whatever their times.
func Group(articles []news.Article) []int {
	c := New(DefaultOptions())
	parent := map[int64]int64{}
	find := func(k int64) int64 {
		for {
			p, ok := parent[k]
			if !ok {
				return k
			}
			k = p
		}
	}
	union := func(a, b int64) {
		if ra, rb := find(a), find(b); ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	keys := make([]int64, len(articles))
	exact := map[string]int64{}
	for i, a := range articles {
		a.ID = int64(i + 1)
		as := c.Add(a)
		for _, m := range as.Merged {
			union(m, as.Story)
		}
		keys[i] = as.Story
		for _, k := range exactKeys(a) {
			if first, ok := exact[k]; ok {
				union(first, as.Story)
			} else {
				exact[k] = as.Story
			}
		}
	}
	groups := make([]int, len(articles))
	number := map[int64]int{}
	for i, k := range keys {
		k = find(k)
		if number[k] == 0 {
			number[k] = len(number) + 1
		}
		groups[i] = number[k]
	}
	return groups
}

// exactKeys returns the URL and the text key of a, those it has.
func exactKeys(a news.Article) []string {
	var out []string
	if a.URL != "" {
		out = append(out, "url:"+a.URL)
	}
	if k := textKey(a.Text); k != 0 {
		out = append(out, fmt.Sprint("text:", k))
	}
	return out
}
