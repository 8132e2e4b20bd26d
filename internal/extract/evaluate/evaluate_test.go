package evaluate

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dataDir is the shared evaluation data, relative to this package's
// directory. Tests that need it skip when it is absent.
var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data")

func TestShingleOverlap(t *testing.T) {
	tests := []struct {
		name      string
		want, got string
		f1        float64
	}{
		{name: "same", want: "one two three four five", got: "one two three four five", f1: 1},
		{name: "both empty", want: "", got: "", f1: 1},
		{name: "nothing found", want: "one two three four five", got: "", f1: 0},
		{name: "case counts", want: "One two three four", got: "one two three four", f1: 0},
		{name: "punctuation ignored", want: "one, two; three four!", got: "one two three four", f1: 1},
		{name: "short text is one shingle", want: "one two", got: "one two", f1: 1},
		// want has shingles {1234, 2345}; got {1234, 2349}: tp 1, fp 1, fn 1.
		{name: "half", want: "1 2 3 4 5", got: "1 2 3 4 9", f1: 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f1 := shingleOverlap(tt.want, tt.got).f1(); math.Abs(f1-tt.f1) > 1e-9 {
				t.Errorf("f1 = %v, want %v", f1, tt.f1)
			}
		})
	}
}

// TestShingleScore checks the Zyte benchmark's averaging: a page with no
// output counts in recall only, and F1 is taken of the mean precision and
// mean recall.
func TestShingleScore(t *testing.T) {
	var s shingleScore
	s.add(shingleOverlap("1 2 3 4 5", "1 2 3 4 9")) // P 0.5, R 0.5
	s.add(shingleOverlap("1 2 3 4 5", ""))          // R 0
	if p, r := s.precision(), s.recall(); p != 0.5 || r != 0.25 {
		t.Errorf("precision %v recall %v, want 0.5 and 0.25", p, r)
	}
	if f1 := s.f1(); math.Abs(f1-1.0/3) > 1e-9 {
		t.Errorf("f1 = %v, want 1/3", f1)
	}
}

func TestSegmentScore(t *testing.T) {
	d := trafilaturaDoc{with: []string{"main  text", "second\npart"}, without: []string{"Menu", "Footer"}}
	var s segmentScore
	s.add(d, "Menu\nmain text and second part")
	if s != (segmentScore{tp: 2, fp: 1, tn: 1}) {
		t.Errorf("score = %+v", s)
	}
}

func TestReferenceText(t *testing.T) {
	got := normalizeSpace(referenceText([]byte(`<div><p>One <b>bo</b>ld</p><p>Two</p><script>x</script></div>`)))
	if want := "One bold Two"; got != want {
		t.Errorf("referenceText = %q, want %q", got, want)
	}
}

func TestDateScore(t *testing.T) {
	var d dateScore
	d.add("2015-07-24T05:36:09+01:00", mustTime(t, "2015-07-24T04:36:09Z"))
	d.add("2018-04-05T06:00", mustTime(t, "2018-04-05T06:00:00Z"))
	d.add("2024-06-25", mustTime(t, "2024-06-25T09:00:00Z"))
	d.add("", mustTime(t, "2024-06-25T09:00:00Z"))
	if d != (dateScore{stated: 3, found: 3, correct: 2, sameDay: 3}) {
		t.Errorf("score = %+v", d)
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, _, ok := parseExpectedDate(s)
	if !ok {
		t.Fatalf("bad time %q", s)
	}
	return tm
}

func TestRunNoData(t *testing.T) {
	var b bytes.Buffer
	err := Run(context.Background(), &b, t.TempDir())
	if err == nil || !strings.Contains(b.String(), "absent") {
		t.Errorf("Run on an empty directory: err %v, output %q", err, b.String())
	}
}

// Floors for the quality tests: a little under the figures measured when
// they were set (tidings eval extraction), to catch regressions.
const (
	mozillaArticleFloor = 0.96  // mean page F1 on pages with an article's worth of text
	dateFloor           = 0.90  // share of stated dates found at the same instant
	headlineFloor       = 0.97  // share of stated titles right, the site's suffix aside
	bylineFloor         = 0.78  // share of stated bylines right, as Readability.js writes them
	trafilaturaFloor    = 0.933 // segment F1 (measured 0.9357)
)

// TestQualityMozilla scores Extract on Mozilla Readability's test pages.
func TestQualityMozilla(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads 130 pages")
	}
	cases, err := readMozilla(dataDir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared data absent under %s", dataDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := scoreMozilla(cases, tidings)
	t.Logf("4-shingle F1 %.4f (P %.4f R %.4f), mean page F1 %.4f; on %d article pages %.4f; dates %d/%d",
		s.all.f1(), s.all.precision(), s.all.recall(), s.all.meanF1(), s.articles.pages, s.articles.meanF1(), s.date.correct, s.date.stated)
	if f := s.articles.meanF1(); f < mozillaArticleFloor {
		t.Errorf("mean page F1 on article pages %.4f, below %.3f", f, mozillaArticleFloor)
	}
	if r := ratio(float64(s.date.correct), float64(s.date.stated)); r < dateFloor {
		t.Errorf("dates correct on %.2f of pages, below %.2f", r, dateFloor)
	}
	if r := ratio(float64(s.headline.correct), float64(s.headline.stated)); r < headlineFloor {
		t.Errorf("titles correct on %.2f of pages, below %.2f", r, headlineFloor)
	}
	if r := ratio(float64(s.byline.correct), float64(s.byline.stated)); r < bylineFloor {
		t.Errorf("bylines correct on %.2f of pages, below %.2f", r, bylineFloor)
	}
}

// TestQualityTrafilatura scores Extract on the Trafilatura evaluation
// corpus, where boilerplate removal shows.
func TestQualityTrafilatura(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads 990 pages")
	}
	docs, err := readTrafilatura(dataDir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared data absent under %s", dataDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := scoreTrafilatura(context.Background(), docs, tidings)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages: segment F1 %.4f (P %.4f R %.4f), dev half %.4f, held-out half %.4f",
		len(docs), s.all.f1(), s.all.precision(), s.all.recall(), s.dev.f1(), s.held.f1())
	if s.all.f1() < trafilaturaFloor {
		t.Errorf("segment F1 %.4f, below %.3f", s.all.f1(), trafilaturaFloor)
	}
}

// BenchmarkExtract measures Tidings' extractor and go-readability alone on
// the real Mozilla pages, one after the other in the same run. Compare
// with go test -bench Extract -cpu 1; pages/s is reported beside MB/s.
func BenchmarkExtract(b *testing.B) {
	cases, err := readMozilla(dataDir)
	if errors.Is(err, os.ErrNotExist) {
		b.Skipf("shared data absent under %s", dataDir)
	}
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, c := range cases {
		size += len(c.source)
	}
	for _, ex := range []extractor{tidings, library} {
		b.Run(ex.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, c := range cases {
					ex.run(c.source, mozillaPageURL)
				}
			}
			b.ReportMetric(float64(b.N*len(cases))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func TestSameHeadline(t *testing.T) {
	tests := []struct {
		want, got string
		same      bool
	}{
		{"Stocks rally | Reuters", "Stocks rally", true},
		{"Stocks rally | Reuters", "stocks rally reuters", true},
		{"Headline - Author - Site", "Headline - Author", true},
		{"Headline - Author - Site", "Headline Author Site", true},
		{"Stocks rally in Asia | Reuters", "Stocks rally", false},
		{"Stocks rally | Reuters", "Stocks", false},
		{"Stocks rally", "Stocks rally | Reuters", false},
		{"Stocks rally | Reuters", "Bonds fall", false},
	}
	for _, tt := range tests {
		if got := sameHeadline(tt.want, tt.got); got != tt.same {
			t.Errorf("sameHeadline(%q, %q) = %v, want %v", tt.want, tt.got, got, tt.same)
		}
	}
}
