package cluster

import (
	"container/heap"
	"slices"
	"time"
)

// Sizes of the index, fixed: they bound the work and memory per story.
const (
	centroidTerms = 200 // a story's centroid keeps its heaviest terms
	postedTerms   = 12  // a story is found under its heaviest terms
	queryTerms    = 12  // an article looks up its heaviest terms
	candidates    = 16  // stories scored exactly per article
)

// Limits on joining that keep a busy stream from snowballing, where big,
// loosely related stories keep drawing in articles on the same topic (the
// centroid of many articles on one topic is close to every article on
// it). Chosen on the news_cluster set mixed with the BBC News articles
// (see the evaluate package).
const (
	// rivalMargin is how far the best story's cosine must lead that of
	// any other candidate story it would not merge with: an article about
	// as close to two unrelated stories is about their shared topic, not
	// about the event of either, and starts its own story.
	rivalMargin = 0.05
	// tightSize is the number of articles (copies aside) from which a
	// story must stay tight: an article joins it only when its mean
	// cosine with the story's articles reaches tightAverage as well, and
	// two stories merge into one that big only when the mean cosine
	// between their articles does. Coverage of one event stays close
	// article to article (it repeats the facts and the names), so it
	// passes however big it grows; a chain of articles on one topic,
	// each close only to the centroid and a few others, stops there.
	tightSize    = 12
	tightAverage = 0.22
	// specificShare is the least part of an article's cosine with a story
	// that must come from rare terms (see vocabulary.rarity) for the
	// article to join it. Articles on one event share its names, places
	// and figures, which few other articles have; articles on one topic
	// (an economy's monthly figures, a tennis season) share mostly the
	// topic's common words, with different names each time.
	specificShare = 0.45
)

// story is a live story: the centroid of its articles' vectors and where it
// sits in the index.
type story struct {
	key         int64
	first, last time.Time
	size        int     // articles, copies included
	members     int     // articles whose vectors make up centroid
	centroid    sparse  // sum of the vectors of its articles (copies aside)
	norm        float64 // of centroid
	posted      []uint32
	alive       bool
	into        *story // the story it merged into, if it did
}

// current returns the story that s is now part of, merges followed.
func (s *story) current() *story {
	for s.into != nil {
		s = s.into
	}
	return s
}

// absorb adds vector v (of unit length) to the centroid.
func (s *story) absorb(v sparse) {
	s.members++
	s.centroid = add(s.centroid, v).truncate(centroidTerms)
	s.norm = s.centroid.norm()
}

// similarity is the cosine of v (of unit length) and the centroid.
func (s *story) similarity(v sparse) float64 {
	if s.norm == 0 {
		return 0
	}
	return dot(v, s.centroid) / s.norm
}

// admits reports whether an article with query vector v and cosine sim
// with the centroid may join s: sim reaches threshold and, once s has
// tightSize articles, v's mean cosine with them (its dot product with
// the centroid, the sum of their unit vectors, over their number) reaches
// tightAverage. The centroid keeps only its heaviest terms, so for a big,
// diffuse story the mean is an underestimate, which only makes the gate
// stricter where it should be.
func (s *story) admits(v sparse, sim, threshold float64) bool {
	if sim < threshold {
		return false
	}
	return s.members < tightSize || dot(v, s.centroid)/float64(s.members) >= tightAverage
}

// specific returns the part of the cosine of v (of unit length) and the
// centroid that rare terms make up: each shared term's product weighted
// by its rarity in voc.
func (s *story) specific(v sparse, voc *vocabulary) float64 {
	if s.norm == 0 {
		return 0
	}
	var sum float64
	for i, j := 0, 0; i < len(v) && j < len(s.centroid); {
		switch a, b := v[i], s.centroid[j]; {
		case a.term < b.term:
			i++
		case a.term > b.term:
			j++
		default:
			sum += a.weight * b.weight * voc.rarity(a.term)
			i++
			j++
		}
	}
	return sum / s.norm
}

// mergeable reports whether one article may merge stories s and o: the
// cosine of their centroids reaches merge and, when together they have
// tightSize articles or more, the mean cosine between the articles of
// one and those of the other reaches tightAverage (as admits asks of an
// article joining a story that big).
func (s *story) mergeable(o *story, merge float64) bool {
	if s.norm == 0 || o.norm == 0 {
		return false
	}
	d := dot(s.centroid, o.centroid)
	if d/(s.norm*o.norm) < merge {
		return false
	}
	return s.members+o.members < tightSize || d/float64(s.members*o.members) >= tightAverage
}

// within reports whether time t lies within w of the story's span.
func (s *story) within(t time.Time, w time.Duration) bool {
	return !t.Before(s.first.Add(-w)) && !t.After(s.last.Add(w))
}

// postings is the inverted index: for each term, the live stories posted
// under it.
type postings map[uint32][]*story

// repost puts s under its current heaviest terms and takes it off the
// others.
func (p postings) repost(s *story) {
	want := s.centroid.top(postedTerms)
	for _, t := range s.posted {
		if !slices.Contains(want, t) {
			p.remove(t, s)
		}
	}
	for _, t := range want {
		if !slices.Contains(s.posted, t) {
			p[t] = append(p[t], s)
		}
	}
	s.posted = want
}

// unpost takes s out of the index.
func (p postings) unpost(s *story) {
	for _, t := range s.posted {
		p.remove(t, s)
	}
	s.posted = nil
}

func (p postings) remove(t uint32, s *story) {
	list := p[t]
	if i := slices.Index(list, s); i >= 0 {
		list[i] = list[len(list)-1]
		list[len(list)-1] = nil
		list = list[:len(list)-1]
	}
	if len(list) == 0 {
		delete(p, t)
	} else {
		p[t] = list
	}
}

// timeline orders values by a time, oldest first, for expiry.
type timeline[T any] []timed[T]

type timed[T any] struct {
	t time.Time
	v T
}

func (e timeline[T]) Len() int           { return len(e) }
func (e timeline[T]) Less(i, j int) bool { return e[i].t.Before(e[j].t) }
func (e timeline[T]) Swap(i, j int)      { e[i], e[j] = e[j], e[i] }
func (e *timeline[T]) Push(x any)        { *e = append(*e, x.(timed[T])) }
func (e *timeline[T]) Pop() any {
	old := *e
	x := old[len(old)-1]
	*e = old[:len(old)-1]
	return x
}

// push adds v at time t.
func (e *timeline[T]) push(t time.Time, v T) { heap.Push(e, timed[T]{t, v}) }

// due pops and returns the next value with a time before cutoff.
func (e *timeline[T]) due(cutoff time.Time) (T, bool) {
	if e.Len() > 0 && (*e)[0].t.Before(cutoff) {
		return heap.Pop(e).(timed[T]).v, true
	}
	var zero T
	return zero, false
}
