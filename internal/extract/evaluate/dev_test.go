package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDevRun(t *testing.T) {
	if os.Getenv("DEV") == "" {
		t.Skip()
	}
	if err := Run(context.Background(), os.Stdout, filepath.Join("..", "..", "..", "..", "shared", "data")); err != nil {
		t.Fatal(err)
	}
}

func TestDevDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	data := filepath.Join("..", "..", "..", "..", "shared", "data")
	docs, err := readTrafilatura(data)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create("/tmp/traf_dump.txt")
	defer f.Close()
	for _, d := range docs {
		var s segmentScore
		text := tidings.run(d.page, "https://example.org/"+d.file).text
		s.add(d, text)
		fmt.Fprintf(f, "%s\ttp=%d fn=%d fp=%d tn=%d len=%d\n", d.file, s.tp, s.fn, s.fp, s.tn, len(text))
		nt := normalizeSpace(text)
		for _, seg := range d.with {
			if !strings.Contains(nt, normalizeSpace(seg)) {
				fmt.Fprintf(f, "   FN %.100q\n", seg)
			}
		}
		for _, seg := range d.without {
			if strings.Contains(nt, normalizeSpace(seg)) {
				fmt.Fprintf(f, "   FP %.100q\n", seg)
			}
		}
	}
	cases, _ := readMozilla(data)
	g, _ := os.Create("/tmp/moz_dump.txt")
	defer g.Close()
	for _, c := range cases {
		out := tidings.run(c.source, mozillaPageURL)
		lib := library.run(c.source, mozillaPageURL)
		want := referenceText(c.expected)
		fmt.Fprintf(g, "%s\tours=%.3f lib=%.3f\tdate want=%q got=%v\ttitle %q / %q\tbyline %q / %q\n", c.name, shingleOverlap(want, out.text).f1(), shingleOverlap(want, lib.text).f1(),
			c.meta.PublishedTime, out.published, c.meta.Title, out.title, c.meta.Byline, out.byline)
	}
}
