package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rxBoilerClass matches class and id words of page furniture: share bars,
// newsletter boxes, related links, ads, captions, credits, cookie notices,
// boxes about the author, post metadata lines ("entry-meta", WordPress's
// "postmetadata"), affiliate disclosures.
var rxBoilerClass = regexp.MustCompile(`(?i)(^|[-_ ])(share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|sign-up|related|recirc|recommended|recommendations|promo|advert|advertisement|ad|ads|adslot|ad-slot|sponsor|sponsored|caption|credit|credits|cookie|cookies|consent|gdpr|byline|outbrain|taboola|read-more|readmore|pullquote|pull-quote|more-stories|most-read|tags|toolbar|breadcrumb|breadcrumbs|comments|disclaimer|paywall|author-?box|author-?bio|author-?info|about-?author|entry-?meta|post-?meta|postmetadata|socials|disclosure)($|[-_ ])`)

// maxBoilerWords is the most words an element matched by class may hold
// and still be dropped: a container that big is the article, whatever its
// class says.
const maxBoilerWords = 80

// isBoilerplate reports whether an element of the content is page
// furniture, by its class or id and its size.
func isBoilerplate(n *html.Node) bool {
	if !rxBoilerClass.MatchString(classNames(n)) && !rxBoilerClass.MatchString(attr(n, "id")) {
		return false
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	return wordCount(n, maxBoilerWords+1) <= maxBoilerWords
}

// classNames returns the class attribute of n without the names that
// deny what follows them ("no-caption", "no_sidebar", "without-share"):
// they say the element lacks the furniture they name.
func classNames(n *html.Node) string {
	class := attr(n, "class")
	if !strings.ContainsAny(class, "-_") || !strings.Contains(strings.ToLower(class), "no") && !strings.Contains(strings.ToLower(class), "without") {
		return class
	}
	var keep []string
	for _, c := range strings.Fields(class) {
		lc := strings.ToLower(c)
		if !strings.HasPrefix(lc, "no-") && !strings.HasPrefix(lc, "no_") && !strings.HasPrefix(lc, "without") {
			keep = append(keep, c)
		}
	}
	return strings.Join(keep, " ")
}

// wordCount counts the words under n, stopping at limit.
func wordCount(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				count += len(strings.Fields(c.Data))
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

var (
	// rxJunkLine matches whole paragraphs that are never prose.
	rxJunkLine = regexp.MustCompile(`(?i)^(advertisement|advertising|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|sponsored|sponsored content|story continues below( this)?( advertisement| ad)?|article continues (below|after advertisement)|continue reading( below| the main story)?|scroll to continue( with content)?|skip (to|past) .{1,40}|loading|share|share this( article| story| page)?|tweet|email|print|comments?|by|por|par|von|door|listen to (this )?(article|story)|\d+ min(ute)?s? read|read more|more|related|see also|photo|image|video|enlarge this image|toggle caption|hide caption|expand|close)$`)
	// rxPromptLine matches whole paragraphs that ask the reader to do
	// something (share, print, comment, go back) or label furniture
	// (sources, contacts), in the languages of promptCues.
	rxPromptLine = wholeLine(promptCues)
	// rxSectionLine matches headings that announce links to other pages
	// ("Related stories", "Weitere Artikel"): they and the short lines
	// after them are dropped.
	rxSectionLine = wholeLine(sectionCues)
	// rxShortJunk matches short paragraphs that are prompts, credits or
	// notices, in English.
	rxShortJunk = regexp.MustCompile(`(?i)^(read more|read next|read also|also read|more:|related:|related (stories|articles|coverage|content)|see also|click here|tap here|sign up|subscribe (now|today|to)|follow us|download (our|the) app|get the (latest|app)|don'?t miss|recommended( for you)?|watch:|watch now|listen:|share (on|this|via)|photo( credit)?:|photos:|image( credit)?:|picture:|credit:|illustration:|file photo|\(photo|\(image|\(ap photo|ap photo/|©|copyright|published|updated|posted|last updated|first published|(additional )?reporting by|writing by|editing by)(\b|\s|$)|^the post .* appeared first on .*$|^[\p{L} .'’-]{2,60}\s*/\s*(getty images|ap|afp|reuters|epa|epa-efe|shutterstock|bloomberg|alamy|afp via getty images|the associated press)\)?\.?$`)
	// rxNewsletter matches a newsletter box's prompt anywhere in a short
	// paragraph. (Apart from rxShortJunk, which is anchored and so fast.)
	rxNewsletter = regexp.MustCompile(`(?i)(sign(ing)? up|subscrib(e|ing))\b.{0,60}\bnewsletter|newsletter.{0,40}\b(sign up|subscribe|inbox)`)
	// rxLabelLine matches short paragraphs that open with a label of
	// labelCues and a colon: "Read also: ...", "Foto: ...", "Quelle: ...".
	rxLabelLine = compileCues(labelCues, `^`, `\s*:`)
	// rxNotice matches notices anywhere in a short paragraph: copyright,
	// cookies, affiliate links (see noticeCues).
	rxNotice = compileCues(noticeCues, ``, ``)
)

var (
	// rxAgencyLine matches the initials of a writer and the agencies a
	// story came from, as a line of its own: "aja/PAP", "dpa/AFP".
	rxAgencyLine = regexp.MustCompile(`^\p{L}{2,5}(\s?/\s?\p{L}{2,6}){1,3}$`)
	// rxCreditTail matches the end of a caption: a photo credit after the
	// text ("... © AFP / Name", "... (Foto: Getty)", "... Photograph by
	// Name", "... photo: Archives").
	rxCreditTail = regexp.MustCompile(`(?i)(©[^.!?]{0,60}|\((foto|fotos|photo|photos|bild|credit|crédit|fot\.)\s*:[^)]{1,60}\)|\b(foto|photo|bild|fot\.)\s*:\s*[^.!?:]{1,60}|photograph(ed)? by [^.!?]{1,60})$`)
)

// maxCaptionWords is the most words a paragraph ending in a photo credit
// may hold and still be taken as a caption.
const maxCaptionWords = 25

// maxLineBytes is the longest paragraph, in bytes, that the whole-line
// patterns (rxJunkLine, rxPromptLine) are tried on: none of their lines
// is longer.
const maxLineBytes = 200

// maxJunkWords is the most words a paragraph that isJunk drops may hold.
const maxJunkWords = 30

// cleanParagraphs drops the paragraphs of paras that are boilerplate or
// repeat the metadata of r (the byline, the title, the site's name), and
// short paragraphs that repeat an earlier one: repeated lines are page
// furniture, while a long paragraph said twice may be the author's choice.
func cleanParagraphs(paras []string, r Result) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range dropLinkSections(paras) {
		key := strings.ToLower(p)
		if seen[key] || isJunk(p) || repeatsMeta(p, r) {
			continue
		}
		if wordsIn(p) <= maxJunkWords {
			seen[key] = true
		}
		out = append(out, p)
	}
	return out
}

// isJunk reports whether a paragraph is boilerplate on its own.
//
// No rule drops a paragraph of more than maxJunkWords words: furniture is
// short, and the regexps need not run over the article's prose.
func isJunk(p string) bool {
	if !hasLetterOrDigit(p) {
		return true
	}
	words := wordsIn(p)
	if words > maxJunkWords {
		return false
	}
	trimmed := strings.TrimFunc(p, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) })
	if len(trimmed) <= maxLineBytes && (rxJunkLine.MatchString(trimmed) || rxPromptLine.MatchString(trimmed)) {
		return true
	}
	colon := strings.Contains(p, ":")
	if rxShortJunk.MatchString(p) || colon && rxLabelLine.MatchString(p) {
		return true
	}
	lower := strings.ToLower(p)
	if strings.Contains(lower, "newsletter") && rxNewsletter.MatchString(p) || hasAny(lower, noticeHints) && rxNotice.MatchString(p) {
		return true
	}
	credit := colon || strings.Contains(p, "©") || strings.Contains(lower, "photograph")
	if rxAgencyLine.MatchString(trimmed) || credit && words <= maxCaptionWords && rxCreditTail.MatchString(p) {
		return true
	}
	_, isDate := parseDate(p)
	return isDate && words <= 6 || isDateLine(p, words)
}

var (
	rxYear  = regexp.MustCompile(`\b(19|20)\d\d\b`)
	rxDigit = regexp.MustCompile(`\d`)
)

// isDateLine reports whether a short line is a date, a time or a dateline
// stamp in any language: "23.10.2018", "Stand: 05. Februar 2020",
// "16 marca 2021": a year and one more number in at most five words.
func isDateLine(p string, words int) bool {
	if words > 5 {
		return false
	}
	loc := rxYear.FindStringIndex(p)
	return loc != nil && rxDigit.MatchString(p[:loc[0]]+p[loc[1]:])
}

// dropLinkSections drops the headings that announce links to other pages
// ("Related stories", "Weitere Artikel") and the short lines that follow
// them, up to the next long paragraph.
func dropLinkSections(paras []string) []string {
	out := paras[:0:0]
	inSection := false
	for _, p := range paras {
		words := wordsIn(p)
		trimmed := strings.TrimFunc(p, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
		switch {
		case words <= 8 && rxSectionLine.MatchString(trimmed):
			inSection = true
			continue
		case inSection && words <= maxSectionWords:
			continue
		}
		inSection = false
		out = append(out, p)
	}
	return out
}

// maxSectionWords is the most words a line after a links heading may have
// and still be taken as a link.
const maxSectionWords = 15

// repeatsMeta reports whether a paragraph repeats the byline, title or site.
func repeatsMeta(p string, r Result) bool {
	if strings.EqualFold(p, r.Title) || strings.EqualFold(p, r.Site) || strings.EqualFold(p, r.Byline) {
		return true
	}
	return isBylineLine(p, r.Byline)
}

// bylineWords may appear in a byline line besides names.
var bylineWords = map[string]bool{
	"and": true, "&": true, "in": true, "de": true, "del": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "da": true, "di": true, "du": true,
	"bin": true, "al": true, "y": true, "et": true, "und": true, "the": true, "for": true,
	"at": true, "on": true, "|": true, "-": true, "–": true, "—": true, "·": true, "updated": true,
	"published": true, "am": true, "pm": true,
}

// bylinePrefixes open a byline line: "By" and the labels "Author:",
// "Text:" and "With the help of:" in the languages of the cue lists (see
// cues.go), with or without a colon.
var bylinePrefixes = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "door": true, "di": true, "przez": true,
	"author": true, "authors": true, "autor": true, "autorin": true, "autoren": true, "autorzy": true, "auteur": true, "auteurs": true,
	"autore": true, "autori": true, "autores": true,
	"text": true, "texte": true, "texto": true, "testo": true, "tekst": true,
	"mitarbeit": true, "collaboration": true, "colaboración": true, "collaborazione": true, "colaboração": true, "medewerking": true, "współpraca": true,
}

// isBylineLine reports whether p is a byline: "By Jane Doe and John Roe,
// Reuters", or a short line holding the page's byline.
func isBylineLine(p, byline string) bool {
	words := strings.Fields(p)
	if len(words) > 15 {
		return false
	}
	if byline != "" && len(words) <= len(strings.Fields(byline))+6 && strings.Contains(strings.ToLower(p), strings.ToLower(byline)) {
		return true
	}
	if len(words) < 2 || !bylinePrefixes[strings.TrimSuffix(strings.ToLower(words[0]), ":")] {
		return false
	}
	for _, w := range words[1:] {
		r := []rune(w)[0]
		if unicode.IsLower(r) && !bylineWords[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return false
		}
	}
	return true
}

// wordsIn counts the words of p: the runs between spaces, and every
// character of the scripts written without spaces (Chinese, Japanese,
// Thai), so that a long Chinese paragraph is not taken for a short line.
func wordsIn(p string) int {
	n := len(strings.Fields(p))
	for _, r := range p {
		if r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			n++
		}
	}
	return n
}

// hasAny reports whether s holds any of the substrings.
func hasAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
