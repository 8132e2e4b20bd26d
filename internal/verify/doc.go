// Package verify is the faithfulness gate: before a story is published,
// every sentence written about it must be supported by its sources.
//
// In the flow it comes after write (headline, summary, body) and ask
// (questions and answers), and before publishing: a text with problems is
// held for a moderator instead of going out. The offline writer's drafts
// pass by construction; the gate is there for every engine, and the test
// that they pass keeps the construction honest.
//
// # What "supported" means
//
// The sources are the articles' titles and the sentences of their texts
// (text.Sentences per paragraph). Text is compared after folding: lower
// case, diacritics removed, curly quotes and apostrophes made straight,
// white space collapsed. A sentence S is supported when either
//
//   - S is a run of whole sentences of one source, verbatim after folding
//     (what the extractive writer produces), or
//   - all of the following hold:
//
// Anchor: the source sentence sharing the largest share of S's content
// terms (text.Terms) is S's anchor; that share must be at least
// MinCoverage. The support of S is the anchor and every source sentence
// that covers at least as large a share (less a small margin) of S's terms,
// so that a sentence may restate a fact that several reports give.
//
// Numbers: every number of S — digits, number words up to the thousands,
// with any scale (thousand, million, billion, trillion; k, m, mn, bn, tn)
// and unit (%, percent, per cent; $, £, €, ¥ and the words dollars,
// pounds, euros, yen) — has a mention of equal value in the support, and
// of the same unit if S gives one. So "5m" = "5 million" = "5,000,000" and
// "$4.2bn" = "4.2 billion dollars".
//
// Names: every word of a capitalized phrase of S (text.Entities: people,
// organisations, places), and every month and weekday, is a word of the
// support. So a surname matches the full name ("Zelensky" is supported by
// "Volodymyr Zelensky"), but a first name or title that the support lacks
// is not.
//
// Quotes: the words between each pair of double quotation marks of S (or
// from an unpaired mark to the end or start of S) appear, in that order
// and contiguously, in one source's text.
//
// Attribution: a name that S makes the speaker ("Marsh said", "said
// Marsh", "according to Marsh") is a speaker of the anchor too; when the
// anchor credits a pronoun ("he said"), the name appears in the anchor's
// support or in one of the two sentences before it.
//
// Negation: aligning S with its anchor word by word (longest common
// subsequence, every negation word — not, n't, no, never, none, nobody,
// nothing, neither, nor, without, cannot — counting as one), S has no
// negation that the anchor lacks, and the anchor has none, between the
// first and last words S shares with it, that S drops.
//
// What it cannot see: a sentence that keeps every name, number and
// negation of its anchor but swaps who did what to whom ("A beat B" for
// "B beat A"); a verbatim run of source sentences taken out of a context
// that changes its meaning; paraphrase that changes meaning without a name,
// number, quote or negation.
//
// All functions are pure and safe for concurrent use; a Sources is
// read-only once built.
package verify
