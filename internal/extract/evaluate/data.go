package evaluate

import (
	"archive/tar"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ulikunitz/xz"
)

// Folders of the two corpora under the data directory. Each has a
// SOURCE.md telling its origin, format and licence.
const (
	mozillaDir     = "mozilla-readability-test-pages"
	trafilaturaDir = "trafilatura-eval"
)

// mozillaCase is one page of Mozilla Readability's test suite.
type mozillaCase struct {
	name     string
	source   []byte // the page as fetched
	expected []byte // Readability.js's article HTML
	meta     mozillaMeta
}

// mozillaMeta is the part of expected-metadata.json that is scored.
type mozillaMeta struct {
	Title         string `json:"title"`
	Byline        string `json:"byline"`
	PublishedTime string `json:"publishedTime"`
}

// readMozilla reads every case of <dataDir>/mozilla-readability-test-pages,
// sorted by name. It returns an error wrapping os.ErrNotExist if the
// tarball is absent.
func readMozilla(dataDir string) ([]mozillaCase, error) {
	files, err := readTarXZ(filepath.Join(dataDir, mozillaDir, "test-pages.tar.xz"))
	if err != nil {
		return nil, err
	}
	byName := map[string]*mozillaCase{}
	for name, body := range files {
		dir, file := path.Split(name)
		key := path.Base(dir)
		c := byName[key]
		if c == nil {
			c = &mozillaCase{name: key}
			byName[key] = c
		}
		switch file {
		case "source.html":
			c.source = body
		case "expected.html":
			c.expected = body
		case "expected-metadata.json":
			if err := json.Unmarshal(body, &c.meta); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	var cases []mozillaCase
	for _, c := range byName {
		if c.source != nil && c.expected != nil {
			cases = append(cases, *c)
		}
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no test pages", mozillaDir)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases, nil
}

// trafilaturaDoc is one annotated page of the Trafilatura evaluation.
type trafilaturaDoc struct {
	file          string
	page          []byte
	with, without []string // segments the main text must hold, and must not
}

// readTrafilatura reads the annotated pages of <dataDir>/trafilatura-eval,
// sorted by file name. It returns an error wrapping os.ErrNotExist if the
// corpus is absent.
func readTrafilatura(dataDir string) ([]trafilaturaDoc, error) {
	dir := filepath.Join(dataDir, trafilaturaDir)
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var annotations map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &annotations); err != nil {
		return nil, fmt.Errorf("evaldata.json: %w", err)
	}
	pages, err := readTarXZ(filepath.Join(dir, "trafilatura-eval-html.tar.xz"))
	if err != nil {
		return nil, err
	}
	var docs []trafilaturaDoc
	for _, a := range annotations {
		page, ok := pages["eval/"+a.File]
		if !ok {
			page, ok = pages["cache/"+a.File]
		}
		if ok {
			docs = append(docs, trafilaturaDoc{file: a.File, page: page, with: a.With, without: a.Without})
		}
	}
	if len(docs) == 0 {
		return nil, errors.New("trafilatura-eval: no annotated pages in the tarball")
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].file < docs[j].file })
	return docs, nil
}

// readTarXZ returns the regular files of a .tar.xz by name, without a
// leading "./".
func readTarXZ(name string) (map[string][]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	xr, err := xz.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(xr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		body, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[strings.TrimPrefix(h.Name, "./")] = body
	}
}
