package text

// IsStopword reports whether the lower-case word w is an English stopword:
// a function word that carries no topic, or a reporting verb ("said").
func IsStopword(w string) bool { return stopwords[w] }

var stopwords = setOf(
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
	"are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
	"both", "but", "by", "can", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
	"doesn't", "doing", "don't", "down", "during", "each", "either", "else", "ever", "every",
	"few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't",
	"having", "he", "he'd", "he'll", "he's", "her", "here", "hers", "herself", "him", "himself",
	"his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is",
	"isn't", "it", "it's", "its", "itself", "just", "let's", "may", "me", "meanwhile", "might",
	"more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of",
	"off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out",
	"over", "own", "same", "shall", "she", "she'd", "she'll", "she's", "should", "shouldn't",
	"since", "so", "some", "still", "such", "than", "that", "that's", "the", "their", "theirs",
	"them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll",
	"they're", "they've", "this", "those", "though", "through", "thus", "to", "too", "under",
	"until", "up", "upon", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're",
	"we've", "were", "weren't", "what", "what's", "when", "when's", "where", "where's",
	"whether", "which", "while", "who", "who's", "whom", "whose", "why", "why's", "will",
	"with", "within", "without", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll",
	"you're", "you've", "your", "yours", "yourself", "yourselves",
	// reporting verbs: every news sentence has one, so they say nothing
	"said", "says", "say", "told", "according",
)
