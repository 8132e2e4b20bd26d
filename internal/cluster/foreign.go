package cluster

import (
	"strings"

	"tidings/internal/text"
)

// foreignStopwords are the commonest function words of the other languages
// a newsroom's feeds are likely to carry (Spanish, French, German,
// Portuguese, Italian, Dutch, Polish), minus words that are also English
// content words ("war", "van", "hat", "plus", "met", "co", "die", "son", "per"). English stopwords are already
// dropped by text.Terms; without these, two unrelated Spanish articles look
// alike because both are full of "de", "la" and "que". The table holds the
// words as text.Terms gives them (stemmed).
var foreignStopwords = stemmedSet(`
de la el en y que los las del se por un una  para es al lo como más pero sus le ya o fue este ha sí porque esta
entre cuando muy  sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese
eso  ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
poco ella estar estas algunas algo nosotros mi  tú te ti tu tus ellas nosotras vosotros  mío mía tuyo suyo
les des du et à au aux ce ces dans est il elle ils elles nous vous leur leurs mais ou où qui quoi dont sur par
pas  pour sont été être avoir fait comme cette aussi très bien sans sous entre même dont depuis avec
der das und ist nicht ein eine einer eines einem einen dem des sich auf für mit dass sie es im zu von bei nach
auch aus wie wird oder wenn noch über nur vor  sind  werden wurde haben kann dieser diese dieses
 as um uma não com mais na no nos nas pelo pela ao aos à às seu sua seus suas também já foi está são ser
il lo gli della delle dei degli nel nella nei alla alle ai dal dalla che non si sono è ha per una uno
het een  en is dat op te zijn voor niet  hij zij ook als bij maar om  nog wel geen
i w z na się nie że do to jest o jak  po  tak jego jej od za przez już przy oraz ich tylko może być był
`)

func stemmedSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		for _, t := range text.Terms(w) {
			set[t] = true
		}
	}
	return set
}
