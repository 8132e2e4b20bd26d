package cluster

import (
	"slices"
	"time"
)

// doc is what the clusterer keeps of an article while it is compared.
type doc struct {
	id    int64
	t     time.Time
	url   string
	text  uint64 // textKey of its text
	sig   *signature
	vec   sparse // its TF-IDF vector, which a story it joins absorbs
	query sparse // vec without the terms no earlier article had: see vocabulary.seen
}

// weight returns the weight of term t in d's query vector.
func (d *doc) weight(t uint32) float64 {
	i, ok := slices.BinarySearchFunc(d.query, t, func(e entry, t uint32) int { return int(e.term) - int(t) })
	if !ok {
		return 0
	}
	return d.query[i].weight
}

// member is an article of an open story, as the copy index keeps it.
type member struct {
	story *story // as it was when the article joined: see story.current
	t     time.Time
	url   string
	text  uint64
	sig   *signature
	order uint64 // arrival number, to name the earliest original
}

// copyIndex finds earlier articles of open stories that an article copies:
// by URL, by text, and by MinHash LSH buckets.
type copyIndex struct {
	docs    map[int64]*member
	byURL   map[string]int64
	byText  map[uint64]int64
	buckets map[uint64][]int64
	arrived uint64
	expiry  timeline[int64]
}

func newCopyIndex() copyIndex {
	return copyIndex{
		docs:    map[int64]*member{},
		byURL:   map[string]int64{},
		byText:  map[uint64]int64{},
		buckets: map[uint64][]int64{},
	}
}

// find returns the IDs of the articles that d copies, earliest first: the
// one with its URL, the one with its text, and those whose shingles hold
// at least share of the shorter one's.
func (x *copyIndex) find(d *doc, share float64) []int64 {
	var out []int64
	if id, ok := x.byURL[d.url]; ok && d.url != "" {
		out = append(out, id)
	}
	if id, ok := x.byText[d.text]; ok && d.text != 0 && !slices.Contains(out, id) {
		out = append(out, id)
	}
	if d.sig != nil {
		for _, k := range d.sig.bandKeys() {
			for _, id := range x.buckets[k] {
				if slices.Contains(out, id) {
					continue
				}
				if containment(d.sig, x.docs[id].sig) >= share {
					out = append(out, id)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b int64) int {
		oa, ob := x.docs[a].order, x.docs[b].order
		switch {
		case oa < ob:
			return -1
		case oa > ob:
			return 1
		}
		return 0
	})
	return out
}

// add puts d in the index as an article of s.
func (x *copyIndex) add(d *doc, s *story) {
	x.arrived++
	x.docs[d.id] = &member{story: s, t: d.t, url: d.url, text: d.text, sig: d.sig, order: x.arrived}
	x.expiry.push(d.t, d.id)
	if _, ok := x.byURL[d.url]; !ok && d.url != "" {
		x.byURL[d.url] = d.id
	}
	if _, ok := x.byText[d.text]; !ok && d.text != 0 {
		x.byText[d.text] = d.id
	}
	if d.sig != nil {
		for _, k := range d.sig.bandKeys() {
			x.buckets[k] = append(x.buckets[k], d.id)
		}
	}
}

// expire removes the articles older than cutoff.
func (x *copyIndex) expire(cutoff time.Time) {
	for id, ok := x.expiry.due(cutoff); ok; id, ok = x.expiry.due(cutoff) {
		x.remove(id)
	}
}

// remove takes article id out of the index.
func (x *copyIndex) remove(id int64) {
	m := x.docs[id]
	if m == nil {
		return
	}
	delete(x.docs, id)
	if x.byURL[m.url] == id {
		delete(x.byURL, m.url)
	}
	if x.byText[m.text] == id {
		delete(x.byText, m.text)
	}
	if m.sig != nil {
		for _, k := range m.sig.bandKeys() {
			list := x.buckets[k]
			if i := slices.Index(list, id); i >= 0 {
				list = slices.Delete(list, i, i+1)
			}
			if len(list) == 0 {
				delete(x.buckets, k)
			} else {
				x.buckets[k] = list
			}
		}
	}
}
