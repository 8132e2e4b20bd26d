package verify

import (
	"fmt"
	"regexp"
	"strings"

	"tidings/internal/text"
)

// speakers are whom a sentence credits with words: the last word of each
// name, folded, and whether a pronoun is credited.
type speakers struct {
	names   map[string]bool
	pronoun bool
}

var (
	speechAfterRE  = regexp.MustCompile(`(?i)^[\s,]*(?:\d+[\s,]*)?(said|says|told|tells|added|adds|asked|warned|insisted|argued|stated|explained|noted|wrote|writes|tweeted|declared|announced|replied|recalled)\b`)
	speechBeforeRE = regexp.MustCompile(`(?i)\b(said|says|according to)\s+(?:[\p{Ll}][\p{L}-]*\s+){0,4}$`)
	pronounRE      = regexp.MustCompile(`(?i)\b(he|she|they)\s+(said|says|told|added|asked|warned|insisted|argued|explained|noted|wrote|replied)\b|\b(said|says)\s+(he|she)\b`)
)

// speakersOf finds who sentence makes a speaker: a name just before a
// speech verb ("Marsh said"), or after "said", "says" or "according to"
// with at most a few lower-case words between ("said union leader Owen
// Pryce").
func speakersOf(sentence string) speakers {
	sp := speakers{pronoun: pronounRE.MatchString(sentence)}
	for _, e := range text.Entities(sentence) {
		if !speechAfterRE.MatchString(sentence[e.End:]) && !speechBeforeRE.MatchString(sentence[:e.Start]) {
			continue
		}
		if ws := words(e.Text); len(ws) > 0 {
			if sp.names == nil {
				sp.names = map[string]bool{}
			}
			sp.names[ws[len(ws)-1]] = true
		}
	}
	return sp
}

// checkAttribution requires each speaker of sentence to be a speaker of the
// anchor; when the anchor credits only a pronoun, the name must be in the
// support or in one of the two source sentences before the anchor.
func (s *Sources) checkAttribution(sentence string, anchor *passage, support []*passage) []Problem {
	var out []Problem
	for name := range speakersOf(sentence).names {
		a := anchor.speakers
		switch {
		case a.names[name]:
		case len(a.names) == 0 && !a.pronoun:
		case len(a.names) == 0 && (inSupport(support, name) || s.before(anchor, name)):
		default:
			out = append(out, Problem{Attribution, name, fmt.Sprintf("the source credits %s", credited(a))})
		}
	}
	return out
}

// before reports whether w is a word of one of the two passages of the
// same article just before p.
func (s *Sources) before(p *passage, w string) bool {
	for _, q := range s.passages {
		if q.article == p.article && q.index < p.index && q.index >= p.index-2 && q.wordSet[w] {
			return true
		}
	}
	return false
}

func credited(sp speakers) string {
	var ns []string
	for n := range sp.names {
		ns = append(ns, n)
	}
	if len(ns) == 0 {
		return "someone else"
	}
	return strings.Join(ns, ", ")
}
