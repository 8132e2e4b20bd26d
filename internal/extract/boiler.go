package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rxBoilerClass matches class and id words of page furniture: share bars,
// newsletter boxes, related links, ads, captions, credits, cookie notices.
var rxBoilerClass = regexp.MustCompile(`(?i)(^|[-_ ])(share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|sign-up|related|recirc|recommended|recommendations|promo|advert|advertisement|ad|ads|adslot|ad-slot|sponsor|sponsored|caption|credit|credits|cookie|cookies|consent|gdpr|byline|outbrain|taboola|read-more|readmore|pullquote|pull-quote|more-stories|most-read|tags|toolbar|breadcrumb|breadcrumbs|comments|disclaimer|paywall)($|[-_ ])`)

// maxBoilerWords is the most words an element matched by class may hold
// and still be dropped: a container that big is the article, whatever its
// class says.
const maxBoilerWords = 80

// isBoilerplate reports whether an element of the content is page
// furniture, by its class or id and its size.
func isBoilerplate(n *html.Node) bool {
	if !rxBoilerClass.MatchString(attr(n, "class")) && !rxBoilerClass.MatchString(attr(n, "id")) {
		return false
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	return wordCount(n, maxBoilerWords+1) <= maxBoilerWords
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
	// rxPromptLine matches whole paragraphs, in the languages of the
	// evaluation corpora, that ask the reader to do something (share,
	// print, comment, go back) or label furniture (sources, contacts).
	rxPromptLine = regexp.MustCompile(`(?i)^(drukuj|udostępnij|komentarze|rezept drucken.*|drucken|teilen|artikel teilen|mit freunden teilen|möchten sie (den|diesen) artikel teilen|hier können sie (den|diesen) artikel bewerten|war (der|dieser) artikel (nützlich|hilfreich)|kommentieren|kommentare|zurück|weiterlesen.*|bild anzeigen.*|bild vergrößern|permalien.*|permalink.*|vorschau auf den nächsten artikel|quellen (anzeigen|ausblenden)|kontakt|autoren?|titelbild.*|foto|fotos|bild|bilder|quelle|źródło.*|fot\..*|crédits? photos?.*|community|imprimer|partager|commenter|compartir|imprimir|comentarios|stampa|condividi|(fragen an den|über den|about the) autor|about the author|kommentare? (schreiben|verfassen|geschlossen)|keine kommentare.*|kommentare insgesamt:? \d+|kommentarfeed.*|diese seite teilen|seite teilen|(den |diesen )?artikel (mit anderen )?teilen.{0,20}|alle angaben ohne gewähr|valora esta noticia|lade weitere inhalte|mehr laden|load more|.{0,60} als pdf herunterladen|zusatzinformationen|originalartikel|release date|news|anzeige,? enthält affiliate.?links|\(?noch keine bewertungen\)?.*|war (der|dieser) (artikel|beitrag) (nützlich|hilfreich).*|artikel gefallen.{0,60}|sie müssen sich (einloggen|anmelden).{0,80}|(der )?artikel wurde erfolgreich hinzugefügt|this entry was posted in .{1,80}|ansprechpartner(in)? zum thema|(ten tekst )?przeczytasz w .{1,40}|\d+ min(\.|uten)? lesezeit|lesezeit.{0,20}|materiał chroniony prawem autorskim.*|suggested citation.*)$`)
	// rxSectionLine matches headings that announce links to other pages
	// ("Related stories", "Weitere Artikel"): they and the short lines
	// after them are dropped.
	rxSectionLine = regexp.MustCompile(`(?i)^(weitere (artikel|beiträge|informationen|infos|themen|links|nachrichten|meldungen|news)( zu(m|r)? .{1,40})?|(weitere )?(beiträge|artikel) zum thema|mehr (zum thema|themen|zu diesem thema|artikel|dazu|infos|news)|auch interessant|das könnte (sie|dich) (auch )?interessieren|siehe auch|weiterführende (links|informationen)|empfohlene (beiträge|artikel)|schon gelesen|lesen sie (auch|mehr)|zum weiterlesen|ähnliche (artikel|beiträge)|verwandte (artikel|themen|beiträge)|noch mehr .{1,30}|entdecke weitere .{1,30}|quellen(angaben)?|related( articles| stories| posts| content| coverage| links| reading)?|more (stories|articles|news)( from .{1,30})?|you (may|might) (also )?(like|enjoy)|further reading|veja também|leia também|leer más|te puede interesar|lire aussi|à lire aussi|sur le même sujet|czytaj (też|także|również)|zobacz (też|także|również)|polecamy|alle artikel .{1,40}|meist ?-?(gelesen|diskutiert|kommentiert|geklickt)e?( artikel| beiträge| news)?|lesen sie auch( die folgenden beiträge| diese beiträge)?|weitere beiträge( aus .{1,40}| zu .{1,40})?|weitere (tourentipps|topthemen|rezepte|tipps)( .{1,30})?|(das|dieses) thema könnte (dich|sie) auch interessieren|ähnliche (themen|rezepte|produkte)|mehr zu(m thema)? .{1,40}|weiterführende?r? links?|entdecken sie (jetzt|auch|mehr)|heute empfehlen wir|empfehlungen aus .{1,40}|inhaltsverzeichnis|table of contents|contents|inhalt|le puede interesar|también te puede interesar|audios et vidéos sur le sujet|most (read|popular|viewed|shared)|trending( now)?|top stories|popular (posts|articles|stories))$`)
	// rxShortJunk matches short paragraphs that are prompts, credits or notices.
	rxShortJunk = regexp.MustCompile(`(?i)^(read more|read next|read also|also read|more:|related:|related (stories|articles|coverage|content)|see also|click here|tap here|sign up|subscribe (now|today|to)|follow us|download (our|the) app|get the (latest|app)|don'?t miss|recommended( for you)?|watch:|watch now|listen:|share (on|this|via)|photo( credit)?:|photos:|image( credit)?:|picture:|credit:|illustration:|file photo|\(photo|\(image|\(ap photo|ap photo/|©|copyright|published|updated|posted|last updated|first published|(additional )?reporting by|writing by|editing by)(\b|\s|$)|^the post .* appeared first on .*$|(czytaj (też|także|również)|zobacz (też|także|również)|le puede interesar|lee también|lea también|leia também|lire aussi|à lire aussi|lesen sie auch|read also|see also):|(quelle|quellen|fuente|źródło|abbildung( \d+)?|abb\. ?\d*|beitragsbild|titelbild|bildquelle):|(sign(ing)? up|subscrib(e|ing))\b.{0,60}\bnewsletter|newsletter.{0,40}\b(sign up|subscribe|inbox)|\b(we|this (site|website)|our (site|website)) uses? cookies\b|all rights reserved|^[\p{L} .'’-]{2,60}\s*/\s*(getty images|ap|afp|reuters|epa|epa-efe|shutterstock|bloomberg|alamy|afp via getty images|the associated press)\)?\.?$`)
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

// maxJunkWords is the most words a paragraph matched by rxShortJunk may
// hold and still be dropped.
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
		if len(strings.Fields(p)) <= maxJunkWords {
			seen[key] = true
		}
		out = append(out, p)
	}
	return out
}

// isJunk reports whether a paragraph is boilerplate on its own.
func isJunk(p string) bool {
	if !hasLetterOrDigit(p) {
		return true
	}
	trimmed := strings.TrimFunc(p, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) })
	if rxJunkLine.MatchString(trimmed) || rxPromptLine.MatchString(trimmed) {
		return true
	}
	words := strings.Fields(p)
	if len(words) > maxJunkWords {
		return false
	}
	if rxShortJunk.MatchString(p) {
		return true
	}
	if rxAgencyLine.MatchString(trimmed) || len(words) <= maxCaptionWords && rxCreditTail.MatchString(p) {
		return true
	}
	_, isDate := parseDate(p)
	return isDate && len(words) <= 6 || isDateLine(p, words)
}

var (
	rxYear  = regexp.MustCompile(`\b(19|20)\d\d\b`)
	rxDigit = regexp.MustCompile(`\d`)
)

// isDateLine reports whether a short line is a date, a time or a dateline
// stamp in any language: "23.10.2018", "Stand: 05. Februar 2020",
// "16 marca 2021": a year and one more number in at most five words.
func isDateLine(p string, words []string) bool {
	if len(words) > 5 {
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
		words := len(strings.Fields(p))
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

// bylinePrefixes open a byline line: "By", "Von", "Par", "Por", "Door",
// and the labels "Autor:", "Text:" and the Polish "Współpraca" (with the
// help of), with or without a colon.
var bylinePrefixes = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "door": true,
	"autor": true, "autorin": true, "autoren": true, "autorzy": true, "auteur": true, "autore": true,
	"text": true, "texte": true, "współpraca": true,
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

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
