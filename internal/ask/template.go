package ask

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"tidings/internal/text"
)

// Template kinds, in the order a story's questions prefer them.
const (
	kindWhy = iota
	kindSay
	kindHowMany
	kindNext
	kindDefine
	kindKnown
)

// candidate is a question with how to find its answer: BM25 on query over
// the sentences that keep accepts.
type candidate struct {
	q     string
	kind  int
	query string
	keep  func(string) bool
	about *entity // the entity asked about
}

// story is what the templates draw on.
type story struct {
	c        *corpus
	ents     []*entity
	topic    string
	caseless bool // the text has no capitals: ents are salient terms
}

// candidates returns every question the templates make for s, in template
// order, each kind most salient entity first.
func (s *story) candidates() []candidate {
	var out []candidate
	out = append(out, s.why()...)
	out = append(out, s.say()...)
	out = append(out, s.howMany()...)
	out = append(out, s.next()...)
	out = append(out, s.define()...)
	out = append(out, s.known()...)
	return out
}

// say: "What did <Person> say about the <topic>?" for people quoted.
func (s *story) say() []candidate {
	var out []candidate
	for _, e := range s.ents {
		if e.kind != person || !attributedTo(s.c, e) || s.topic == "" {
			continue
		}
		out = append(out, candidate{
			q:     "What did " + e.name + " say about the " + s.topic + "?",
			kind:  kindSay,
			query: e.name + " " + s.topic,
			keep:  func(p string) bool { return speaks(p, e) || pronounSpeaker(p) },
			about: e,
		})
	}
	return out
}

var pronounSpeakerRE = regexp.MustCompile(`\b(he|she) (said|told|added)\b`)

func pronounSpeaker(p string) bool { return hasQuote(p) && pronounSpeakerRE.MatchString(p) }

func hasQuote(p string) bool { return strings.ContainsAny(p, `"“”`) }

// reasonRE finds "<Subject> <past verb> <object> because|after|due to|in
// response to": the subject is a capitalized phrase opening the sentence.
var reasonRE = regexp.MustCompile(`^(?:The\s+)?([A-Z][\w.'-]*(?:\s+(?:of\s+)?[A-Z][\w.'-]*)*)\s+(?:(?:also|has|have|had)\s+)?([a-z]+)\s+([^,;]{3,80}?)\s+(?:because|due to|in response to|after)\s+(\w+)`)

// why: "Why has <Subject> <participle> <object>?" when a sentence gives a
// reason; reasons given by "after", often only a sequence, rank last.
func (s *story) why() []candidate {
	var strong, weak []candidate
	for _, p := range s.c.ps {
		m := reasonRE.FindStringSubmatch(p.text)
		if m == nil || strings.HasSuffix(m[4], "ing") || text.WordCount(m[3]) > 8 || speech[m[2]] || timeSpan.MatchString(m[3]) {
			continue
		}
		e := s.lookup(m[1])
		part, ok := participle(m[2])
		if e == nil || !ok {
			continue
		}
		q := "Why " + hasHave(e.name) + " " + e.display() + " " + part + " " + m[3] + "?"
		c := candidate{q: q, kind: kindWhy, query: e.name + " " + m[2] + " " + m[3], keep: hasReason, about: e}
		if strings.HasSuffix(m[0], "after "+m[4]) {
			weak = append(weak, c)
		} else {
			strong = append(strong, c)
		}
	}
	return append(strong, weak...)
}

// timeSpan ends an object that an "after" only dates: "since arresting
// her three days".
var timeSpan = regexp.MustCompile(`\b(since|until)\b|\b(seconds|minutes|hours|days|weeks|months|years)$`)

// speaks reports whether p has e speaking: "<e> said", "said <e>", and
// the like, with a form of e's name.
func speaks(p string, e *entity) bool {
	for f := range e.forms {
		for i := e.index(p, f, 0); i >= 0; i = e.index(p, f, i+len(f)) {
			after := p[i+len(f):]
			if saidAfter.MatchString(after) || saidBefore.MatchString(p[:i]) || hasQuote(p) && quotedAfter.MatchString(after) {
				return true
			}
		}
	}
	return false
}

var saidAfter = regexp.MustCompile(`^(?:\s?,[^,"“”]{1,80},)?\s+(?:has\s+|had\s+)?(?:said|says|told|explained|tweeted|stated)\b`)

// quotedAfter: verbs that report speech only beside a quotation.
var quotedAfter = regexp.MustCompile(`^(?:\s?,[^,"“”]{1,80},)?\s+(?:added|warned|wrote)\b`)

var saidBefore = regexp.MustCompile(`\b(said|says|told|according to)\s+$`)

var speech = map[string]bool{"said": true, "told": true, "added": true, "says": true, "warned": true, "announced": true}

var reasonCue = regexp.MustCompile(`\b(because|due to|in response to|after)\b`)

func hasReason(p string) bool { return reasonCue.MatchString(p) }

var strongReasonCue = regexp.MustCompile(`\b(because|due to|in response to|as a result of|so that)\b`)

func hasStrongReason(p string) bool { return strongReasonCue.MatchString(p) }

func hasHave(name string) string {
	last := name[strings.LastIndex(name, " ")+1:]
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && len(last) > 3 {
		return "have"
	}
	return "has"
}

// countRE finds "<Subject>[, apposition,] [aux] [adverb] <verb> [about] <number> <plural noun>".
var countRE = regexp.MustCompile(`^(?:The\s+)?([A-Z][\w.'-]*(?:\s+(?:of\s+)?[A-Z][\w.'-]*)*)(?:,[^,]{1,40},)?\s+(?:(will|would|could|has|have|had|plans to|expects to|is expected to)\s+)?(?:(?:now|also|already|just)\s+)?([a-z]+)\s+(?:(?:about|around|nearly|almost|some|over|more than|at least|up to)\s+)?\$?\d[\d,.]*\s+(?:(?:million|billion)\s+)?([a-z]{3,}s)\b`)

// howMany: "How many <noun> has|will <Subject> <verb>?" from a counted object.
func (s *story) howMany() []candidate {
	if s.caseless {
		return s.howManyCaseless()
	}
	var out []candidate
	for _, p := range s.c.ps {
		m := countRE.FindStringSubmatch(p.text)
		if m == nil || speech[m[3]] {
			continue
		}
		e := s.lookup(m[1])
		if e == nil {
			continue
		}
		out = append(out, s.countQuestion(e, m[2], m[3], m[4])...)
	}
	return out
}

// countQuestion makes the "How many" question of e, the subject of verb
// (after aux, if any) with a counted noun for object, if the verb allows.
func (s *story) countQuestion(e *entity, aux, verb, noun string) []candidate {
	aux, verb = countAux(aux, verb, e.name)
	if verb == "" {
		return nil
	}
	return []candidate{{
		q:     "How many " + noun + " " + aux + " " + e.display() + " " + verb + "?",
		kind:  kindHowMany,
		query: e.name + " " + verb + " " + noun,
		keep:  func(p string) bool { return strings.Contains(p, noun) && strings.ContainsAny(p, "0123456789") },
		about: e,
	}}
}

// haveQuestion: "How many <noun> does <Subject> have?", from "<Subject>
// has <number> <noun>".
func haveQuestion(e *entity, noun string) candidate {
	does := "does"
	if hasHave(e.name) == "have" {
		does = "do"
	}
	return candidate{
		q:     "How many " + noun + " " + does + " " + e.display() + " have?",
		kind:  kindHowMany,
		query: e.name + " " + noun,
		keep:  func(p string) bool { return strings.Contains(p, noun) && strings.ContainsAny(p, "0123456789") },
		about: e,
	}
}

// countAfter finds, after a subject, "[, apposition,|, who] [aux] [adverb]
// <verb> [about] <number> <plural noun>", in any case and with PTB's
// spaces ("£ 5 million", "koirala , 56 ,").
var countAfter = regexp.MustCompile(`^(?:\s?,[^,]{1,40},|\s?,\s+who)?\s+(?:(will|would|could|has|have|had|plans to|expects to|is expected to)\s+)?(?:(?:now|also|already|just|\w+ly)\s+)?([a-z]+)\s+(?:(?:about|around|nearly|almost|some|over|more than|at least|up to)\s+)?(?:[$£€]\s?)?\d[\d,.]*\s*(?:(?:million|billion|m|bn)\s+)?([a-z]{3,}s)\b`)

// subjectBefore: what may stand before a subject that opens a clause.
var subjectBefore = regexp.MustCompile(`(^|[,;:"'‘’“”(]\s*|\bthe\s+)$`)

// howManyCaseless: the "How many" questions of caseless text, whose
// subjects are the story's terms wherever they open a clause.
func (s *story) howManyCaseless() []candidate {
	var out []candidate
	for _, e := range s.ents {
		for _, p := range s.c.ps {
			for f := range e.forms {
				i := e.index(p.text, f, 0)
				if i < 0 || !subjectBefore.MatchString(p.text[:i]) {
					continue
				}
				m := countAfter.FindStringSubmatch(p.text[i+len(f):])
				switch {
				case m == nil || speech[m[2]]:
				case m[1] == "" && (m[2] == "has" || m[2] == "have"):
					out = append(out, haveQuestion(e, m[3]))
				default:
					out = append(out, s.countQuestion(e, m[1], m[2], m[3])...)
				}
			}
		}
	}
	return out
}

// countAux picks the auxiliary and verb form for a "How many" question.
func countAux(aux, verb, name string) (string, string) {
	switch aux {
	case "will", "would", "could", "plans to", "expects to", "is expected to":
		return "will", verb
	case "has", "have", "had":
		return hasHave(name), verb
	}
	if part, ok := participle(verb); ok {
		return hasHave(name), part
	}
	return "", ""
}

var futureRE = regexp.MustCompile(`\b(will|is expected to|are expected to|plans to|plan to|planning to|is set to|are set to|is due to|are due to|next (week|month|year|season))\b`)

// next: "What happens next for <X>?" for the entity most named in
// sentences about the future.
func (s *story) next() []candidate {
	var future []string
	for _, p := range s.c.ps {
		if futureRE.MatchString(p.text) {
			future = append(future, p.text)
		}
	}
	var out []candidate
	for _, e := range s.ents {
		if e.kind == thing && !e.titled || !anyMentions(future, e) {
			continue
		}
		out = append(out, candidate{
			q:     "What happens next for " + e.display() + "?",
			kind:  kindNext,
			query: e.name,
			keep:  func(p string) bool { return futureRE.MatchString(p) && e.mentionedIn(p) },
			about: e,
		})
	}
	return out
}

func anyMentions(ss []string, e *entity) bool {
	for _, s := range ss {
		if e.mentionedIn(s) {
			return true
		}
	}
	return false
}

// define: "Who is <Person>?" or "What is <X>?" when a sentence defines the
// name: "<X>, the ...", "<X>, who ...", "<X>, which ...", "<X> is a ...".
func (s *story) define() []candidate {
	var out []candidate
	for _, e := range s.ents {
		defined := func(p string) bool { return definesAny(p, e) }
		if e.kind == thing && !strings.Contains(e.name, " ") || e.caseless && !e.titled && !e.the || !anyPassage(s.c, defined) {
			continue
		}
		q := "What is " + e.display() + "?"
		if e.kind == person {
			q = "Who is " + e.name + "?"
		}
		out = append(out, candidate{q: q, kind: kindDefine, query: e.name, keep: defined, about: e})
	}
	return out
}

func definesAny(p string, e *entity) bool {
	for f := range e.forms {
		if i := e.index(p, f, 0); i >= 0 && definitionAfter.MatchString(p[i+len(f):]) {
			return true
		}
	}
	return false
}

var definitionAfter = regexp.MustCompile(`^(\s?,\s+(the|a|an|who|which|\d+\s?,)\s|\s+is\s+(a|an|the)\s)`)

func anyPassage(c *corpus, keep func(string) bool) bool {
	for _, p := range c.ps {
		if keep(p.text) {
			return true
		}
	}
	return false
}

// knownForms are the plain questions about a name, worded apart so that
// two of them about different names do not nearly repeat each other.
var knownForms = []string{"What is known about %s?", "What do the sources say about %s?", "How does %s figure in this story?"}

// known: the plain questions (knownForms) about a person, organisation or
// longer name, last in rank, then about the other names that the sources
// use in mid-sentence and more than once, or that the headline uses.
func (s *story) known() []candidate {
	var first, rest []*entity
	for _, e := range s.ents {
		switch {
		case e.kind != thing || strings.Contains(e.name, " "):
			first = append(first, e)
		case e.inside > 0 && !isDemonym(e.name) && (e.mentions > 1 || e.salience > float64(e.mentions)):
			rest = append(rest, e)
		}
	}
	var out []candidate
	for _, form := range knownForms {
		for _, e := range append(first, rest...) {
			out = append(out, candidate{
				q:     fmt.Sprintf(form, e.display()),
				kind:  kindKnown,
				query: e.name + " " + s.topic,
				keep:  e.mentionedIn,
				about: e,
			})
		}
	}
	return out
}

// lookup finds the entity a subject phrase names.
func (s *story) lookup(phrase string) *entity {
	name, _ := canonical(strings.TrimSuffix(strings.TrimSuffix(phrase, "'s"), "’s"))
	for _, e := range s.ents {
		if e.name == name || e.forms[phrase] || e.forms[name] {
			return e
		}
	}
	return nil
}

// generic words are too common in news to be a story's topic.
var generic = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`percent year years time times people week month day days first last
		next also would could many much more most their other only about like well told after before
		season minute minutes half three five million billion manager company club team side government
		official officials leader leaders chief executive secretary spokesman spokeswoman members`) {
		generic[w] = true
	}
}

// determiners before a word show it is a noun.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "this": true}

// topicOf picks the story's topic word: the lower-case content word most
// used across the sources, counting triple those in the headline, among
// words seen after a determiner (a cheap test for a noun) or headline words
// the sources use twice, not ending in "s" (a headline's verbs), and among those
// in the headline or summary if any are; never a word of skip. In caseless
// text, where a name may be any word, only words seen after a determiner
// count.
func topicOf(c *corpus, headline, summary string, skip map[string]bool, caseless bool) string {
	inHead, inDraft := lowerSet(headline), lowerSet(headline+" "+summary)
	count := map[string]float64{}
	noun := map[string]bool{}
	for _, p := range c.ps {
		prev := ""
		for _, w := range strings.Fields(p.text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if topical(w) && !skip[w] {
				count[w]++
				if inHead[w] {
					count[w] += 2
				}
				noun[w] = noun[w] || determiners[strings.ToLower(prev)]
			}
			prev = w
		}
	}
	var words, drafted []string
	for w := range count {
		if !caseless && inHead[w] && count[w] >= 6 && !strings.HasSuffix(w, "s") {
			noun[w] = true // a headline word the sources use twice or more
		}
		if noun[w] {
			words = append(words, w)
		}
		if noun[w] && inDraft[w] {
			drafted = append(drafted, w)
		}
	}
	if len(drafted) > 0 {
		words = drafted
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// lowerSet is the set of words written in lower case in s.
func lowerSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == strings.ToLower(w) {
			out[w] = true
		}
	}
	return out
}

// topical: lower case, at least four letters, no hyphen or apostrophe, no stopword, not generic,
// not an -ing or -ed form.
func topical(w string) bool {
	return len(w) >= 4 && w == strings.ToLower(w) && !strings.ContainsAny(w, "-'’") && !text.IsStopword(w) && !generic[w] &&
		!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}
