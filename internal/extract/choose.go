package extract

import "strings"

// choose picks the main text from two extractors' paragraphs, as
// Trafilatura weighs its own extraction against readability's: lib is
// readability's article, alt the element the page's markup names as the
// article body (see contentParagraphs). Readability wins unless it found
// (almost) nothing, or alt is more than twice as long, or the two disagree
// on where the article is: less than half of alt's text is in lib while
// alt holds at least a third as much text. When alt is longer and holds
// lib's start and most of its text (see leadShared), the long paragraphs
// alt has before lib's first one (a lead that readability's scoring cut)
// are put in front of lib (see mergeLead).
// Measured on the Mozilla and Trafilatura corpora (tidings eval
// extraction), this beats either alone.
func choose(lib, alt []string) []string {
	lt, at := textLen(lib), textLen(alt)
	switch {
	case at < minText:
		return lib
	case lt < minText || at > 2*lt:
		return alt
	case 2*sharedText(alt, lib) < at && 3*at >= lt:
		return alt
	case at > lt && leadShared(lib, alt):
		return mergeLead(lib, alt)
	}
	return lib
}

// minLeadWords is the fewest words a paragraph of alt before lib's text
// must hold to be taken as part of the article's lead.
const minLeadWords = 30

// mergeLead returns lib with the paragraphs of alt that come before the
// first paragraph of lib put in front, if they hold at least minLeadWords
// words. Short lines there are mostly furniture (labels, dates, credits);
// paragraphs that alt has after lib's start are left out too: measured on
// the Mozilla pages they are mostly notes and footers that readability was
// right to cut.
func mergeLead(lib, alt []string) []string {
	if len(lib) == 0 {
		return lib
	}
	var lead []string
	for _, p := range alt {
		if p == lib[0] {
			break
		}
		if len(strings.Fields(p)) >= minLeadWords {
			lead = append(lead, p)
		}
	}
	if len(lead) == 0 {
		return lib
	}
	return append(lead, lib...)
}

// sharedText returns how many bytes of a's paragraphs b holds too.
func sharedText(a, b []string) int {
	set := make(map[string]bool, len(b))
	for _, p := range b {
		set[p] = true
	}
	n := 0
	for _, p := range a {
		if set[p] {
			n += len(p)
		}
	}
	return n
}

// leadShared reports whether alt holds lib's first paragraph and at least
// two thirds of lib's text, so that both found the same article and the
// paragraphs alt has before lib's first are the article's lead. (Asking
// for all of lib fails whenever alt splits or joins one paragraph of it
// differently.)
func leadShared(lib, alt []string) bool {
	if len(lib) == 0 {
		return false
	}
	return 3*sharedText(lib, alt) >= 2*textLen(lib) && sharedText(lib[:1], alt) > 0
}
