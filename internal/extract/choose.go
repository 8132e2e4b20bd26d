package extract

// choose picks the main text from two extractors' paragraphs, as
// Trafilatura weighs its own extraction against readability's: lib is
// readability's article, alt the element the page's markup names as the
// article body (see contentParagraphs). Readability wins unless it found
// (almost) nothing, or alt is more than twice as long, or the two disagree
// on where the article is: less than half of alt's text is in lib while
// alt holds at least a third as much text. Measured on the Mozilla and
// Trafilatura corpora (tidings eval extraction), this beats either alone.
func choose(lib, alt []string) []string {
	lt, at := textLen(lib), textLen(alt)
	switch {
	case at < minText:
		return lib
	case lt < minText || at > 2*lt:
		return alt
	case 2*sharedText(alt, lib) < at && 3*at >= lt:
		return alt
	}
	return lib
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
