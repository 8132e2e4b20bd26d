package extract

import "strings"

// minStandfirstWords is the fewest words a description must hold to be
// taken as the article's standfirst, and a paragraph to be taken as the
// start of the text rather than a heading or a label.
const minStandfirstWords = 6

// addStandfirst puts the page's standfirst before the first paragraph of
// text in paras when an extractor left it out. The standfirst (the dek,
// the teaser under the headline) is one of the page's descriptions of
// itself (descs: og:description, description, ...) that the page also
// shows as a paragraph of its own before that first paragraph: page holds
// all the paragraphs of the page in order. A description the page does not
// show, or shows after the text starts (a summary box at the end), is not
// added.
func addStandfirst(paras, page []string, descs []string) []string {
	start := -1 // the first paragraph of text in paras
	for i, p := range paras {
		if len(strings.Fields(p)) >= minStandfirstWords {
			start = i
			break
		}
	}
	if start < 0 {
		return paras
	}
	at := map[string]int{}
	for i := len(page) - 1; i >= 0; i-- {
		at[page[i]] = i // the first place of each paragraph
	}
	textAt, ok := at[paras[start]]
	if !ok {
		return paras
	}
	for _, desc := range descs {
		desc = strings.Join(strings.Fields(desc), " ")
		if len(strings.Fields(desc)) < minStandfirstWords || isJunk(desc) || holds(paras, desc) {
			continue
		}
		if d, ok := at[desc]; ok && d < textAt {
			out := append(append(paras[:start:start], desc), paras[start:]...)
			return out
		}
	}
	return paras
}

// holds reports whether a paragraph of paras contains s.
func holds(paras []string, s string) bool {
	for _, p := range paras {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}
