// Package news holds the plain types that every stage of Tidings shares:
// sources, articles, stories, questions and flags. It has no dependencies
// beyond the standard library, and every other package may import it.
//
// The flow is: a Source is fetched into Articles; Articles about one event
// form a Story; a Story is written (headline, summary, body), placed
// (section, dateline) and given Questions answered from its Articles.
// Readers may raise Flags on a Story.
package news
