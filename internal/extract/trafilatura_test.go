package extract

import (
	"archive/tar"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ulikunitz/xz"
)

// trafilaturaDir holds the Trafilatura evaluation corpus in the shared
// data, relative to this package's directory. See its SOURCE.md.
var trafilaturaDir = filepath.Join("..", "..", "..", "shared", "data", "trafilatura-eval")

// TestQualityTrafilatura scores Extract and go-readability alone on the
// Trafilatura evaluation corpus: 990 pages, each with text segments that
// must appear in the main text and segments (menus, footers, teasers) that
// must not. This is where boilerplate removal shows; the Mozilla pages
// cannot show it, as their expected text is Readability's own output.
func TestQualityTrafilatura(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads 990 pages")
	}
	docs := readTrafilaturaDocs(t)
	var ours, lib segmentScore
	for _, d := range docs {
		ours.add(d, extractText(d.page))
		lib.add(d, libraryText(d.page))
	}
	t.Logf("Trafilatura corpus, %d pages: Extract %v; go-readability alone %v", len(docs), ours, lib)
	if ours.f1() < lib.f1() {
		t.Errorf("Extract F1 %.4f is below go-readability's %.4f", ours.f1(), lib.f1())
	}
}

type trafilaturaDoc struct {
	page          []byte
	with, without []string
}

// segmentScore counts segments as the corpus's own evaluation does: a
// "with" segment found is a true positive, a "without" segment found a
// false positive, after whitespace is normalized on both sides.
type segmentScore struct{ tp, fn, fp, tn int }

func (s *segmentScore) add(d trafilaturaDoc, text string) {
	text = strings.Join(strings.Fields(text), " ")
	for _, seg := range d.with {
		if strings.Contains(text, strings.Join(strings.Fields(seg), " ")) {
			s.tp++
		} else {
			s.fn++
		}
	}
	for _, seg := range d.without {
		if strings.Contains(text, strings.Join(strings.Fields(seg), " ")) {
			s.fp++
		} else {
			s.tn++
		}
	}
}

func (s segmentScore) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s segmentScore) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }

func (s segmentScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s segmentScore) String() string {
	acc := float64(s.tp+s.tn) / float64(max(1, s.tp+s.fn+s.fp+s.tn))
	return "F1 " + ftoa(s.f1()) + " (precision " + ftoa(s.precision()) + ", recall " + ftoa(s.recall()) + ", accuracy " + ftoa(acc) + ")"
}

// readTrafilaturaDocs reads the annotations and their pages, skipping the
// test if the corpus is absent.
func readTrafilaturaDocs(t *testing.T) []trafilaturaDoc {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(trafilaturaDir, "evaldata.json"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared data absent: %s", trafilaturaDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var annotations map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &annotations); err != nil {
		t.Fatal(err)
	}
	pages := readTarXZ(t, filepath.Join(trafilaturaDir, "trafilatura-eval-html.tar.xz"))
	var docs []trafilaturaDoc
	for _, a := range annotations {
		page, ok := pages["eval/"+a.File]
		if !ok {
			page, ok = pages["cache/"+a.File]
		}
		if ok {
			docs = append(docs, trafilaturaDoc{page: page, with: a.With, without: a.Without})
		}
	}
	if len(docs) == 0 {
		t.Fatal("no annotated pages found in the tarball")
	}
	return docs
}

// readTarXZ returns the regular files of an .tar.xz by name.
func readTarXZ(t *testing.T, name string) map[string][]byte {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xr, err := xz.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(xr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		body, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		files[strings.TrimPrefix(h.Name, "./")] = body
	}
}
