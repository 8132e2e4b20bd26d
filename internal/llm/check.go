package llm

import (
	"fmt"
	"regexp"
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

var (
	htmlTagRE = regexp.MustCompile(`<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?\s*>|<!--|&lt;\s*/?\s*[a-zA-Z]`)
	linkRE    = regexp.MustCompile(`(?i)\b(?:https?://|ftp://|www\.)[^\s<>"'()\[\]]+|\]\([^)]*\)|\b(?:mailto|javascript|data):`)
)

// plain checks one text of the model's output: no HTML, no control
// characters, and no links but the sources' own URLs.
func plain(s string, sourceURLs map[string]bool) error {
	if htmlTagRE.MatchString(s) {
		return fmt.Errorf("%w: HTML in %q", ErrBadOutput, clip(s, 80))
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f }) {
		return fmt.Errorf("%w: control character in %q", ErrBadOutput, clip(s, 80))
	}
	for _, l := range linkRE.FindAllString(s, -1) {
		if !sourceURLs[strings.TrimRight(l, ".,;:!?")] {
			return fmt.Errorf("%w: link %q is not a source's", ErrBadOutput, clip(l, 80))
		}
	}
	return nil
}

func urlsOf(articles []news.Article) map[string]bool {
	m := map[string]bool{}
	for _, a := range articles {
		if a.URL != "" {
			m[a.URL] = true
		}
	}
	return m
}

// cited returns the articles a sentence's source ids name (1-based), or
// an error if an id names no source.
func cited(ids []int, articles []news.Article) ([]news.Article, error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("%w: a sentence cites no source", ErrBadOutput)
	}
	var out []news.Article
	seen := map[int]bool{}
	for _, id := range ids {
		if id < 1 || id > len(articles) {
			return nil, fmt.Errorf("%w: source id %d does not exist (there are %d)", ErrBadOutput, id, len(articles))
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, articles[id-1])
		}
	}
	return out, nil
}

// bestPassage returns the sentence of sources that shares the most with s,
// as a citation quoting it verbatim (space-normalized, as write quotes).
func bestPassage(s string, sources []news.Article) news.Citation {
	v := text.TermVector(s)
	var best news.Citation
	bestScore := -1.0
	for _, a := range sources {
		for _, p := range a.Paragraphs() {
			for _, sent := range text.Sentences(p) {
				if score := text.Cosine(v, text.TermVector(sent)); score > bestScore {
					bestScore = score
					best = news.Citation{ArticleID: a.ID, Quote: text.NormalizeSpace(sent)}
				}
			}
		}
	}
	return best
}
