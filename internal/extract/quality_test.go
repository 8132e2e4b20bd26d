package extract

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/ulikunitz/xz"
	"golang.org/x/net/html"
)

// mozillaPages is the Mozilla Readability test suite in the shared data,
// relative to this package's directory. See its SOURCE.md.
var mozillaPages = filepath.Join("..", "..", "..", "shared", "data", "mozilla-readability-test-pages", "test-pages.tar.xz")

// qualityMargin is how far below readability alone the mean F1 of Extract
// may fall: Extract drops captions, photo credits, link lists and repeated
// lines on purpose, which the expected texts keep.
const qualityMargin = 0.03

// TestQualityMozilla compares the text of Extract and of go-readability
// alone with the expected text of each page, by 4-word-shingle F1. The
// expected texts are Readability.js's own output, so this measures how far
// Extract strays from it, not how clean it is (TestQualityTrafilatura
// does that). The assertion is over the pages whose expected text is long
// enough to be an article (minText characters); on shorter ones Extract
// returns ErrNoContent by contract. Both means are logged.
func TestQualityMozilla(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads 130 pages")
	}
	cases := readMozillaPages(t)
	var all, articles meanPair
	var rows []string
	for _, name := range sortedKeys(cases) {
		c := cases[name]
		wantText := htmlText(c.expected)
		want := shingles(wantText)
		o := shingleF1(shingles(extractText(c.source)), want)
		l := shingleF1(shingles(libraryText(c.source)), want)
		all.add(o, l)
		if len(strings.Join(strings.Fields(wantText), " ")) >= minText {
			articles.add(o, l)
		}
		rows = append(rows, name+"\t"+ftoa(o)+"\t"+ftoa(l))
	}
	if testing.Verbose() {
		t.Logf("page\tours\tlibrary\n%s", strings.Join(rows, "\n"))
	}
	t.Logf("mean 4-shingle F1, all %.0f pages: Extract %.4f, go-readability alone %.4f", all.n, all.ours/all.n, all.lib/all.n)
	ours, lib := articles.ours/articles.n, articles.lib/articles.n
	t.Logf("mean 4-shingle F1, %.0f pages with an article's worth of text: Extract %.4f, go-readability alone %.4f", articles.n, ours, lib)
	if ours < lib-qualityMargin {
		t.Errorf("Extract F1 %.4f is below go-readability's %.4f by more than %.2f", ours, lib, qualityMargin)
	}
}

// meanPair sums the scores of Extract and of the library over n pages.
type meanPair struct{ ours, lib, n float64 }

func (m *meanPair) add(ours, lib float64) { m.ours, m.lib, m.n = m.ours+ours, m.lib+lib, m.n+1 }

type mozillaCase struct{ source, expected []byte }

// readMozillaPages reads source.html and expected.html of every case from
// the tarball, skipping the test if it is absent.
func readMozillaPages(t *testing.T) map[string]*mozillaCase {
	t.Helper()
	f, err := os.Open(mozillaPages)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared data absent: %s", mozillaPages)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xr, err := xz.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]*mozillaCase{}
	tr := tar.NewReader(xr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		dir, file := path.Split(h.Name)
		if file != "source.html" && file != "expected.html" {
			continue
		}
		body, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		name := path.Base(dir)
		if cases[name] == nil {
			cases[name] = &mozillaCase{}
		}
		if file == "source.html" {
			cases[name].source = body
		} else {
			cases[name].expected = body
		}
	}
	if len(cases) == 0 {
		t.Fatal("no test pages in the tarball")
	}
	return cases
}

const fakePageURL = "http://fakehost/test/page.html"

func extractText(page []byte) string {
	r, err := Extract(page, fakePageURL)
	if err != nil {
		return ""
	}
	return r.Text()
}

func libraryText(page []byte) string {
	base, _ := url.Parse(fakePageURL)
	art, err := readability.FromReader(bytes.NewReader(page), base)
	if err != nil || art.Node == nil {
		return ""
	}
	var b strings.Builder
	if art.RenderText(&b) != nil {
		return ""
	}
	return b.String()
}

// htmlText returns the text of an HTML document, without scripts and styles.
func htmlText(page []byte) string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// shingles returns the multiset of 4-word sequences of text, words being
// lower-cased runs of letters and digits. A text of fewer than 4 words is
// one shingle.
func shingles(text string) map[string]int {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := map[string]int{}
	if len(words) > 0 && len(words) < 4 {
		out[strings.Join(words, " ")]++
	}
	for i := 0; i+4 <= len(words); i++ {
		out[strings.Join(words[i:i+4], " ")]++
	}
	return out
}

// shingleF1 is the F1 score of got against want, counting shared shingles
// with multiplicity. Two empty texts score 1.
func shingleF1(got, want map[string]int) float64 {
	total := func(m map[string]int) int {
		n := 0
		for _, c := range m {
			n += c
		}
		return n
	}
	g, w := total(got), total(want)
	if g == 0 && w == 0 {
		return 1
	}
	common := 0
	for s, c := range got {
		common += min(c, want[s])
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(g), float64(common)/float64(w)
	return 2 * p * r / (p + r)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }
