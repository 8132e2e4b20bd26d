package evaluate

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"tidings/internal/news"
	"tidings/internal/write"
	"tidings/internal/write/rouge"
)

// Run scores the offline writer's summaries of the cnndm-sample documents
// under dataDir against their reference highlights with ROUGE-1, ROUGE-2
// and summary-level ROUGE-L (package rouge), beside Lead-3 and the
// systems' published outputs scored the same way, and writes the table to
// w. It returns an error if the data cannot be read or ctx is done; a
// figure below its target is not an error.
func Run(ctx context.Context, w io.Writer, dataDir string) error {
	c, err := readCorpus(dataDir)
	if err != nil {
		return fmt.Errorf("eval summaries: %w", err)
	}
	rows, err := evaluate(ctx, c)
	if err != nil {
		return fmt.Errorf("eval summaries: %w", err)
	}
	printRows(w, rows, len(c.docs))
	return nil
}

// Names of the two rows that are not published systems.
const (
	oursName  = "tidings (offline writer)"
	lead3Name = "lead-3"
)

// row is one system's mean scores.
type row struct {
	name string
	rouge.Result
}

// evaluate scores Tidings, Lead-3 and every system over the corpus.
func evaluate(ctx context.Context, c *corpus) ([]row, error) {
	var ours, lead []rouge.Result
	for i, doc := range c.docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sum, err := summarize(doc)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
		ours = append(ours, rouge.Evaluate(sum, c.refs[i]))
		lead = append(lead, rouge.Evaluate(doc[:min(3, len(doc))], c.refs[i]))
	}
	rows := []row{{oursName, rouge.Mean(ours)}, {lead3Name, rouge.Mean(lead)}}
	for _, name := range c.systemNames() {
		var rs []rouge.Result
		for i, s := range c.systems[name] {
			rs = append(rs, rouge.Evaluate(s, c.refs[i]))
		}
		rows = append(rows, row{name, rouge.Mean(rs)})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].R1.F > rows[j].R1.F })
	return rows, nil
}

// summarize runs write.Write on a document given as sentences and returns
// its summary's sentences.
func summarize(doc []string) ([]string, error) {
	d, err := write.Write([]news.Article{Article(doc)})
	if err != nil {
		return nil, err
	}
	return ptbSentences(d.Summary), nil
}

// Article makes a news.Article of a PTB-tokenized document given as
// sentences: one sentence per paragraph (the corpus keeps no paragraphs,
// and its lower case defeats sentence splitting) with “ and ” turned
// into plain double quotes, so that the writer sees quotations.
func Article(doc []string) news.Article {
	r := strings.NewReplacer("``", `"`, "''", `"`)
	paras := make([]string, len(doc))
	for i, s := range doc {
		paras[i] = r.Replace(s)
	}
	return news.Article{ID: 1, Text: strings.Join(paras, "\n\n")}
}

func printRows(w io.Writer, rows []row, docs int) {
	fmt.Fprintf(w, "Summaries: cnndm-sample, %d CNN/DailyMail documents, against the reference highlights.\n", docs)
	fmt.Fprintf(w, "ROUGE-1.5.5 conventions (-n 2 -m: Porter stemming, no stopword removal); RL is summary-level (ROUGE-Lsum).\n")
	fmt.Fprintf(w, "Anchors, official script on the full 100: lead-3 41.34/17.44/37.42, abs_bart_out 46.42/21.96/42.83.\n\n")
	fmt.Fprintf(w, "%-40s %7s %7s %7s   %-17s %-17s %-17s\n", "system", "R1 F", "R2 F", "RL F", "R1 P/R", "R2 P/R", "RL P/R")
	for _, r := range rows {
		mark := " "
		if r.name == oursName || r.name == lead3Name {
			mark = "*"
		}
		fmt.Fprintf(w, "%s%-39s %7.2f %7.2f %7.2f   %s %s %s\n", mark, r.name, 100*r.R1.F, 100*r.R2.F, 100*r.RL.F, pr(r.R1), pr(r.R2), pr(r.RL))
	}
	var ours, lead row
	for _, r := range rows {
		switch r.name {
		case oursName:
			ours = r
		case lead3Name:
			lead = r
		}
	}
	verdict := "met"
	if ours.R1.F < lead.R1.F || ours.R2.F < lead.R2.F {
		verdict = "NOT met"
	}
	fmt.Fprintf(w, "\nTarget (ours >= lead-3 on ROUGE-1 and ROUGE-2 F): %s (%+.2f R1, %+.2f R2)\n", verdict, 100*(ours.R1.F-lead.R1.F), 100*(ours.R2.F-lead.R2.F))
}

func pr(s rouge.Score) string { return fmt.Sprintf("%6.2f/%-6.2f    ", 100*s.P, 100*s.R)[:17] }
