// Package rouge scores a summary against a reference summary with ROUGE
// (Lin, 2004), the measure summarization papers report, computed as the
// official ROUGE-1.5.5 script does with the options used for CNN/DailyMail
// (-c 95 -r 1000 -n 2 -a -m): text is lower-cased, every character other
// than a-z and 0-9 separates tokens, tokens of more than three characters
// are Porter-stemmed, and no stopwords are removed.
//
// ROUGE-N counts clipped n-gram matches over the whole summary. ROUGE-L is
// given both ways: LSum is the summary-level union-LCS of ROUGE-1.5.5 over
// the sentences of each side (what the CNN/DailyMail literature reports as
// ROUGE-L, and rouge_score calls rougeLsum), and L is the LCS of the two
// texts taken as single sequences. F is the harmonic mean of P and R (the
// script's default alpha of 0.5). A corpus score is the mean of the
// per-document scores.
//
// It sits beside write, used only by write's evaluation; all functions are
// pure and safe for concurrent use.
package rouge
