package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTailWords is the most words the last paragraph of the text may hold
// and still be dropped by trimTail when it does not end a sentence.
const maxTailWords = 8

// sentenceEnds are the characters a sentence, or a quotation or an
// aside closing one, may end with.
const sentenceEnds = ".!?…。！？\"'”’»)]"

// trimTail drops the paragraphs at the end of the text that are short and
// do not end a sentence (see isLooseLine), one after another: a label, a
// heading whose links were cut, a "Share:" or a category line left over
// from the page's footer. A text ends with a sentence; a short line
// without a full stop after it announces something that is no longer
// there. A line is kept when the text before it is shorter than minText:
// a text that short is all lines, and none of them is more of a tail than
// the others. It returns a prefix of paras.
func trimTail(paras []string) []string {
	n := len(paras)
	for n > 1 && isLooseLine(paras[n-1]) && textLen(paras[:n-1]) >= minText {
		n--
	}
	return paras[:n]
}

// isLooseLine reports whether p holds at most maxTailWords words and does
// not end with one of sentenceEnds (a line ending with a colon is loose:
// it announces what follows).
func isLooseLine(p string) bool {
	if wordsIn(p) > maxTailWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(p, unicode.IsSpace))
	return !strings.ContainsRune(sentenceEnds, last)
}

// maxAuthorNoteWords is the most words a note about the author may hold.
const maxAuthorNoteWords = 80

// dropAuthorNote drops the last paragraph of the text when it opens with
// the name of the byline's first author and holds at most
// maxAuthorNoteWords words: the note about the author that many sites put
// under the article ("Jane Doe covers the courts for the paper ..."),
// which describes the writer, not the story. byline is Result.Byline
// (names separated by ", "); with no byline, or only one paragraph,
// paras is returned as it is. It returns a prefix of paras.
func dropAuthorNote(paras []string, byline string) []string {
	name, _, _ := strings.Cut(byline, ", ")
	if name == "" || len(paras) < 2 {
		return paras
	}
	last := paras[len(paras)-1]
	if wordsIn(last) <= maxAuthorNoteWords && strings.HasPrefix(last, name+" ") {
		return paras[:len(paras)-1]
	}
	return paras
}
