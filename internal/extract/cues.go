package extract

import (
	"regexp"
	"strings"
)

// The boilerplate phrase lists are built from concepts, not from pages:
// each names one piece of page furniture that news and blog sites share
// (a share button, a "read also" heading, a reading-time label) and gives
// its usual wording in English, German, French, Spanish, Italian,
// Portuguese, Dutch and Polish (the evaluation corpora's languages among
// them). No phrase was taken from an evaluation page: a phrase is here
// because its concept is, in every language alike.

// promptCues are whole paragraphs that ask the reader to act or label a
// control: share, print, comment, go back or on, load more, rate, log in,
// download, cite.
var promptCues = [][]string{
	// share
	{`share( this( article| story| post| page)?)?`, `(diesen |den )?(artikel|beitrag|seite) teilen`, `teilen`,
		`partager( (cet|l')article)?`, `compartir( (este|el) artículo)?`, `condividi(( questo|l')articolo)?`, `compartilhar|partilhar`, `delen`, `udostępnij`},
	// print
	{`print( this( article| page)?)?`, `(artikel |seite )?drucken`, `imprimer( (cet|l')article)?`, `imprimir`, `stampa`, `afdrukken|printen`, `drukuj`},
	// comments
	{`comments?`, `kommentare?`, `kommentieren`, `commentaires?`, `commenter`, `comentarios?|comentar`, `commenti|commenta`, `comentários?`, `reacties|reageer|reageren`, `komentarze?|skomentuj`,
		`\d+ (comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties|komentarz[ey]?)`,
		`(no|keine|aucun|sin|nessun|sem|geen|brak) (comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties|komentarzy)( yet| vorhanden| pour le moment| todavía| ainda)?`,
		`(leave|write|add|post) a (comment|reply)`, `kommentar (schreiben|verfassen|abgeben)`, `(laisser|écrire|ajouter) un commentaire`, `(deja|escribe|añade) (un|tu) comentario`,
		`lascia un commento`, `(deixe|escreva) (um|seu) comentário`, `(laat|schrijf) een reactie( achter)?`, `(dodaj|napisz) komentarz`,
		`comments are closed`, `kommentare (sind )?geschlossen`, `les commentaires sont fermés`, `los comentarios están cerrados`, `i commenti sono chiusi`, `comentários (estão )?encerrados`},
	// back, next, previous, to the top
	{`back`, `zurück`, `retour`, `volver|regresar`, `indietro`, `voltar`, `terug`, `wróć|powrót`,
		`(back to|go to) top`, `nach oben`, `(retour en|haut de) (haut|page)`, `volver arriba`, `torna su`, `voltar ao topo`, `terug naar boven`, `do góry`,
		`(next|previous|prev)( article| story| post| page)?`, `(nächste[rs]?|vorherige[rs]?) (artikel|beitrag|seite)`, `weiter`,
		`(article|page) (suivant|précédent)e?`, `(artículo|página) (siguiente|anterior)`, `(articolo|pagina) (successiv|precedent)[oa]`, `(próximo|anterior) (artigo|post)`,
		`(volgende|vorige) (artikel|pagina)`, `(następny|poprzedni) artykuł`},
	// read more, continue reading
	{`read more|continue reading|keep reading`, `weiterlesen|mehr lesen|artikel lesen`, `lire (la suite|plus)|en savoir plus`, `leer más|seguir leyendo|sigue leyendo`, `leggi (tutto|di più)|continua a leggere`,
		`leia mais|continue lendo|saiba mais`, `lees (meer|verder)|verder lezen`, `czytaj (dalej|więcej)`},
	// load or show more
	{`(load|show|see|view) more`, `mehr (laden|anzeigen)`, `weitere (laden|anzeigen)`, `(afficher|voir|charger) plus`, `(cargar|ver|mostrar) más`, `(mostra|carica|vedi) altro`,
		`(carregar|ver|mostrar) mais`, `toon meer|laad meer|meer laden`, `(pokaż|załaduj) więcej`},
	// reading or listening time
	{`\d+ ?min(ute)?s?( read| reading time)?`, `(reading|listening) time:? ?\d+ ?min(ute)?s?`, `lesezeit:? ?(ca\. )?\d+ ?min(\.|uten)?`, `(ca\. )?\d+ ?min(\.|uten)? lesezeit`,
		`(temps de lecture:? ?)?\d+ ?min(utes?)?( de lecture)?`, `(tiempo de lectura:? ?)?\d+ ?min(utos?)?( de lectura)?`, `(tempo di lettura:? ?)?\d+ ?min(uti)?( di lettura)?`,
		`(tempo de leitura:? ?)?\d+ ?min(utos?)?( de leitura)?`, `(leestijd:? ?)?\d+ ?min(uten)?( leestijd)?`, `(czas czytania:? ?)?\d+ ?min(\.|ut)?`},
	// rate the article; did you like it
	{`rate this (article|story|post)`, `(diesen |den )?(artikel|beitrag) bewerten`, `noter cet article`, `valora (este artículo|esta noticia)`, `valuta (questo articolo|questa notizia)`,
		`avalie (este artigo|esta notícia)`, `beoordeel dit artikel`, `oceń (ten )?artykuł`,
		`(was|is) this (article|story|post|page) (helpful|useful).{0,60}`, `(war|ist) (der|dieser) (artikel|beitrag) (hilfreich|nützlich).{0,60}`, `(cet article vous a-t-il été utile|cet article vous a plu).{0,60}`,
		`(te ha resultado útil|te ha gustado) (este artículo|esta noticia).{0,60}`, `(ti è piaciuto|ti è stato utile) questo articolo.{0,60}`, `(este artigo foi útil|gostou deste artigo).{0,60}`,
		`(did you (like|enjoy)|like) this (article|story|post).{0,60}`, `(hat (ihnen|dir) )?(der|dieser) (artikel|beitrag) gefallen.{0,60}`,
		`(no ratings yet|noch keine bewertungen|aucune note|sin valoraciones|nessuna valutazione|sem avaliações|nog geen beoordelingen|brak ocen).{0,40}`},
	// log in to take part
	{`you (must|need to) (be logged in|log in|sign in).{0,80}`, `sie müssen (sich )?(eingeloggt|angemeldet|einloggen|anmelden).{0,80}`, `vous devez être connecté.{0,80}`,
		`(debes|tienes que) (iniciar sesión|estar registrado|registrarte).{0,80}`, `devi (effettuare il login|essere registrato|accedere).{0,80}`, `você (precisa|deve) (estar logado|fazer login).{0,80}`,
		`je moet ingelogd zijn.{0,80}`, `musisz (być zalogowany|się zalogować).{0,80}`},
	// download as PDF; cite
	{`.{0,60}\b(download|herunterladen|downloaden|télécharger|descargar|scarica|baixar|pobierz)\b.{0,30}\bpdf\b.{0,20}`, `.{0,60}\bpdf\b.{0,30}\b(download|herunterladen|downloaden|télécharger|descargar|scarica|baixar|pobierz)`,
		`(suggested citation|cite this (article|page)|zitiervorschlag|zitierweise|citer cet article|cómo citar( este artículo)?|come citare|como citar|citeer dit artikel|jak cytować).*`},
	// labels standing alone: photo, source, author, contact, tags, permalink
	{`photos?|pictures?|images?|foto(s|grafie)?|bild(er)?|imagen(es)?|immagin[ei]|imagem|afbeelding(en)?|zdjęci[ea]`, `sources?|quellen?|fuentes?|fonti?|fontes?|bron(nen)?|źródł[oa]`,
		`authors?|autor(in|en|es|e|i|zy)?|auteurs?|auteur`, `contact|kontakt|contacto|contatti|contato`,
		`about the author|über (den|die) autor(in)?|à propos de l'auteur|sobre el autor|sull'autore|sobre o autor|over de auteur|o autorze`,
		`tags?|schlagw(o|ö)rte?|étiquettes|etiquetas|categor(y|ies)|kategorien?|catégories?|categorías?|categorie|categorias|categorieën|kategorie`,
		`(filed under|posted in|tagged|abgelegt unter|veröffentlicht in|publié dans|classé dans|publicado en|archiviato in|publicado em|geplaatst in|opublikowano w):? .{1,80}`,
		`this entry was posted in .{1,80}`, `permalink|permalien|enlace permanente|link permanente|bezpośredni link`},
}

// sectionCues are headings that announce links to other pages; they and
// the short lines after them are dropped (see dropLinkSections).
var sectionCues = [][]string{
	// related
	{`related( articles| stories| posts| content| coverage| links| reading| topics)?`, `more (stories|articles|news|on this( topic| story)?)( from .{1,30})?`, `more (on|about) .{1,40}`,
		`(weitere|ähnliche|verwandte) (artikel|beiträge|themen|nachrichten|meldungen|news|links|informationen|infos)( zu(m|r)? .{1,40})?`, `(weitere )?(artikel|beiträge|nachrichten) zum thema`,
		`mehr (zum thema|zu diesem thema|dazu|artikel|news|themen)`, `mehr (zu|zum|zur|über) .{1,40}`,
		`articles? (liés|similaires|connexes)`, `sur le même (sujet|thème)`, `plus sur .{1,40}`,
		`(artículos|noticias|contenidos) relacionad[oa]s`, `más (sobre|noticias de) .{1,40}`,
		`(articoli|notizie) correlat[ie]`, `altro su .{1,40}`, `(artigos|notícias|matérias) relacionad[oa]s`, `mais sobre .{1,40}`,
		`gerelateerde (artikelen|berichten)`, `meer over .{1,40}`, `(powiązane|podobne) artykuły`, `więcej (o|na temat) .{1,40}`},
	// read also, see also
	{`(read|see) also`, `also read`, `lesen sie (auch|mehr)`, `siehe auch`, `(à )?lire aussi`, `voir aussi`, `le?[ae] también|ver también`, `(leggi|vedi) anche`,
		`(leia|veja) também`, `(lees|zie) ook`, `(czytaj|zobacz) (też|także|również)`},
	// you may also like, recommended
	{`you (may|might) (also )?(like|enjoy|be interested in)`, `(das )?könnte (sie|dich) (auch )?interessieren`, `auch interessant`,
		`vous (aimerez|pourriez aimer) aussi`, `à découvrir (aussi|également)`, `(también )?(te|le) puede interesar`, `(te|le) podría interesar`,
		`(potrebbe|ti potrebbe) interessar(ti|e)( anche)?`, `você (também )?pode gostar|pode (te )?interessar`, `misschien ook interessant`, `może (cię|pana|panią) zainteresować`,
		`recommended( for you| articles| stories| reading)?`, `empfohlene (artikel|beiträge)`, `unsere empfehlungen?`, `(nos )?recommandations`, `recomendad[oa]s?( para ti)?`,
		`consigliati( per te)?`, `recomendados?( para você)?`, `aanbevolen( artikelen)?`, `polecane|polecamy`},
	// most read, trending
	{`most (read|popular|viewed|shared|commented)`, `trending( now)?`, `top stories`, `popular (posts|articles|stories)`, `meist ?-?(gelesen|diskutiert|kommentiert|geklickt|geteilt)e?( artikel| beiträge| news)?`,
		`les plus (lus|populaires|partagés|commentés)`, `(lo )?más (leído|visto|popular|compartido)s?`, `(i )?più (lett|popolar|condivis)[ie]`, `(as )?mais (lidas|vistas|populares)`,
		`meest (gelezen|populair)|populair`, `najczęściej (czytane|komentowane)|najpopularniejsze`},
	// further reading
	{`further reading`, `weiterführende?r? (links?|informationen|literatur)`, `zum weiterlesen`, `pour aller plus loin`, `para saber más`, `per saperne di più`, `para saber mais`,
		`verder lezen`, `dowiedz się więcej`},
	// table of contents
	{`(table of )?contents`, `inhalt(sverzeichnis)?`, `sommaire|table des matières`, `índice|contenido|tabla de contenidos`, `indice|sommario`, `inhoud(sopgave)?`, `spis treści`},
}

// labelCues open short paragraphs that are furniture whatever follows: a
// "Read also:" or "Related:" teaser, a credit or source label, an image
// label, a list of tags. The related-link concepts are sectionCues'.
var labelCues = append([][]string{
	{`tags?|schlagw(o|ö)rte?|étiquettes|etiquetas|categor(y|ies)|kategorien?|catégories?|categorías?|categorie|categorias|categorieën|kategorie`},
}, append(sectionCues[:3:3], [][]string{
	// read also / read more with a colon, before a linked headline
	{`(read|see) (also|more)`, `also read`, `lesen sie (auch|mehr)`, `mehr (dazu|zum thema)`, `siehe auch`, `(à )?lire aussi`, `voir aussi`, `lire (la suite|plus)`, `le?[ae] (también|más)`, `ver también`,
		`(leggi|vedi) anche`, `(leia|veja) (também|mais)`, `(lees|zie) ook`, `(czytaj|zobacz) (też|także|również|więcej)`},
	// sources, credits, image labels
	{`sources?|quellen?|fuentes?|fonti?|fontes?|bron(nen)?|źródł[oa]`, `credits?|crédits?|créditos|bildnachweis|bildquelle|fotoquelle|fotonachweis`,
		`photos?|pictures?|images?|foto(s|grafie)?|bild(er)?|imagen(es)?|immagin[ei]|imagem|afbeelding|zdjęci[ea]|fot\.`,
		`illustrations?|illustrazione|ilustración|ilustração|grafik|graphic|figure|fig\.|abbildung( \d+)?|abb\. ?\d*`,
		`featured image|cover image|header image|beitragsbild|titelbild|aufmacherbild|image à la une|imagen destacada|immagine in evidenza|imagem destacada`},
}...)...)

// noticeCues are found anywhere in a short paragraph and mark it as a
// notice: copyright, cookies, affiliate links.
var noticeCues = [][]string{
	{`all rights reserved`, `alle rechte vorbehalten`, `tous droits réservés`, `todos los derechos reservados`, `tutti i diritti riservati`, `todos os direitos reservados`,
		`alle rechten voorbehouden`, `wszelkie prawa zastrzeżone`},
	{`\b(we|this (site|website)|our (site|website)) uses? cookies\b`, `\bverwendet cookies\b|\bnutzt cookies\b|\bwir verwenden cookies\b`, `\butilise des cookies\b`, `\butiliza(mos)? cookies\b`,
		`\butilizza (i )?cookie\b`, `\bgebruikt cookies\b`, `\bużywa(my)? (plików )?cookies\b`},
	// an affiliate disclosure: "This post contains affiliate links", "Anzeige, enthält Affiliate-Links"
	{`\b(contains?|enthält|beinhaltet|contient|contiene|contém|bevat|zawiera)\s.{0,40}\b(affiliate|partner-?links?|affiliés?|afiliad[oa]s?|affiliazione|afiliacyjne)`,
		`^(anzeige|werbung|disclosure|offenlegung|publicité|publicidad|pubblicità)[\s,:].{0,30}\b(affili|afili|partner-?link)`},
}

// noticeHints are lower-case words one of which every notice of
// noticeCues holds: the cheap test before the regexps.
var noticeHints = []string{"rights", "rechte", "droits", "derechos", "diritti", "direitos", "prawa", "cookie", "affili", "afili", "partner"}

// cueSet is a list of cue groups compiled one regexp per group: small
// programs, which Go's regexp package runs on short lines by backtracking,
// many times faster than one program of every group would run.
type cueSet []*regexp.Regexp

// MatchString reports whether any group matches s.
func (c cueSet) MatchString(s string) bool {
	for _, rx := range c {
		if rx.MatchString(s) {
			return true
		}
	}
	return false
}

// compileCues compiles each group as prefix + alternation + suffix,
// ignoring case.
func compileCues(groups [][]string, prefix, suffix string) cueSet {
	set := make(cueSet, len(groups))
	for i, g := range groups {
		set[i] = regexp.MustCompile(`(?i)` + prefix + `(` + strings.Join(g, "|") + `)` + suffix)
	}
	return set
}

// wholeLine compiles cue groups to match a whole paragraph.
func wholeLine(groups [][]string) cueSet { return compileCues(groups, `^`, `$`) }
