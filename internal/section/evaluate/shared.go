package evaluate

import (
	"slices"

	"tidings/internal/news"
	"tidings/internal/section"
)

// Shared restricts a test to the labels its training side shares with the
// test set. A test item counts if its Section or Also has a label of
// Allowed; the method chooses among Allowed; a choice is right if its
// label is the label of the item's Section or Also. With Merge, WORLD and
// POLITICS are one label (the sets disagree on where the line between
// them falls); without it each section is its own label.
type Shared struct {
	Allowed []news.Section // in the order of news.Sections
	Merge   bool
}

// sharedLabels returns the Shared of a training side that uses the
// sections in train and a test set whose items use those in test
// (Section and Also): Allowed holds the sections of train whose label
// test also has.
func sharedLabels(train, test map[news.Section]bool, merge bool) Shared {
	s := Shared{Merge: merge}
	labels := map[news.Section]bool{}
	for x := range test {
		labels[s.label(x)] = true
	}
	for _, x := range news.Sections {
		if train[x] && labels[s.label(x)] {
			s.Allowed = append(s.Allowed, x)
		}
	}
	return s
}

// label returns the label of section x: x itself, or WORLD for POLITICS
// with Merge.
func (s Shared) label(x news.Section) news.Section {
	if s.Merge && x == news.Politics {
		return news.World
	}
	return x
}

// Labels returns the distinct labels of Allowed, as their first section:
// with Merge, WORLD and POLITICS count once.
func (s Shared) Labels() []news.Section {
	var out []news.Section
	for _, x := range s.Allowed {
		if l := s.label(x); !slices.ContainsFunc(out, func(y news.Section) bool { return s.label(y) == l }) {
			out = append(out, x)
		}
	}
	return out
}

// has reports whether section x has one of the labels of Allowed.
func (s Shared) has(x news.Section) bool {
	return x != "" && slices.ContainsFunc(s.Allowed, func(y news.Section) bool { return s.label(y) == s.label(x) })
}

// covers reports whether the test counts ex.
func (s Shared) covers(ex section.Example) bool {
	return s.has(ex.Section) || s.has(ex.Also)
}

// right reports whether p has the label of ex's Section or Also.
func (s Shared) right(ex section.Example, p news.Section) bool {
	l := s.label(p)
	return l == s.label(ex.Section) || (ex.Also != "" && l == s.label(ex.Also))
}

// sections returns the sections exs use: their Section, and their Also if
// also is true.
func sections(exs []section.Example, also bool) map[news.Section]bool {
	out := map[news.Section]bool{}
	for _, ex := range exs {
		out[ex.Section] = true
		if also && ex.Also != "" {
			out[ex.Also] = true
		}
	}
	return out
}

// test runs predict on the items of test that s covers and scores them.
func (s Shared) test(predict Predictor, test []section.Example) Result {
	var r Result
	for _, ex := range test {
		if s.covers(ex) {
			p := predict(ex.Title, ex.Text, s.Allowed)
			r.addRight(ex, p, s.right(ex, p))
		}
	}
	return r
}
