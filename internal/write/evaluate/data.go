package evaluate

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// corpus is the cnndm-sample set: documents, their reference highlights and
// the systems' summaries, all split into sentences.
type corpus struct {
	docs    [][]string            // each document's sentences, PTB-tokenized and lower-cased
	refs    [][]string            // each document's reference highlights
	systems map[string][][]string // system name -> each document's summary sentences
}

// readCorpus reads <dataDir>/cnndm-sample.
func readCorpus(dataDir string) (*corpus, error) {
	dir := filepath.Join(dataDir, "cnndm-sample")
	docs, err := readLines(filepath.Join(dir, "documents.txt"))
	if err != nil {
		return nil, err
	}
	refs, err := readLines(filepath.Join(dir, "references.txt"))
	if err != nil {
		return nil, err
	}
	if len(docs) != len(refs) || len(docs) == 0 {
		return nil, fmt.Errorf("%s: %d documents, %d references", dir, len(docs), len(refs))
	}
	c := &corpus{systems: map[string][][]string{}}
	for i := range docs {
		c.docs = append(c.docs, ptbSentences(docs[i]))
		c.refs = append(c.refs, highlights(refs[i]))
	}
	paths, err := filepath.Glob(filepath.Join(dir, "summaries", "*.summary"))
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		lines, err := readLines(p)
		if err != nil {
			return nil, err
		}
		if len(lines) != len(docs) {
			return nil, fmt.Errorf("%s: %d lines for %d documents", p, len(lines), len(docs))
		}
		name := strings.TrimSuffix(filepath.Base(p), ".summary")
		for _, l := range lines {
			c.systems[name] = append(c.systems[name], ptbSentences(l))
		}
	}
	return c, nil
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

// systemNames returns the systems' names in order.
func (c *corpus) systemNames() []string {
	var out []string
	for n := range c.systems {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

var highlightRE = regexp.MustCompile(`<t>(.*?)</t>`)

// highlights returns the sentences of a references.txt line.
func highlights(line string) []string {
	var out []string
	for _, m := range highlightRE.FindAllStringSubmatch(line, -1) {
		if s := strings.TrimSpace(m[1]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ptbSentences splits PTB-tokenized text at the tokens ".", "!" and "?",
// a closing quotation (” or ') or bracket after the stop staying with the
// sentence it ends.
func ptbSentences(line string) []string {
	var out, cur []string
	toks := strings.Fields(line)
	for i := 0; i < len(toks); i++ {
		cur = append(cur, toks[i])
		if toks[i] != "." && toks[i] != "!" && toks[i] != "?" {
			continue
		}
		for i+1 < len(toks) && (toks[i+1] == "''" || toks[i+1] == "'" || toks[i+1] == ")") {
			i++
			cur = append(cur, toks[i])
		}
		out, cur = append(out, strings.Join(cur, " ")), nil
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}
