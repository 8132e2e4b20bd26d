package evaluate

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tidings/internal/dateline"
)

// dataDir is the shared data beside the repository, which some machines
// lack: then the tests that need it skip.
var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data")

// TestReuters runs both measures over the whole corpus (a few seconds) and
// asserts the floors that the Finder meets, above the baselines.
func TestReuters(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dataDir, corpusFile)); err != nil {
		t.Skipf("no Reuters-21578 corpus: %v", err)
	}
	stories, err := readCorpus(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 19043 {
		t.Errorf("read %d stories with a dateline and a body, want 19043", len(stories))
	}
	f, err := dateline.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := evaluate(context.Background(), f, stories, 0)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.print(&b)
	t.Log("\n" + b.String())
	rate := func(n, d int) float64 { return float64(n) / float64(d) }
	if got := rate(r.parseOurs, r.parsed); got < parseTarget {
		t.Errorf("explicit datelines: %.4f right, want at least %.2f", got, parseTarget)
	}
	if r.parseOurs <= r.parseBaseline {
		t.Errorf("explicit datelines: %d right, no better than the baseline's %d", r.parseOurs, r.parseBaseline)
	}
	sum := r.inferred[all]
	if got := rate(sum.ours, sum.n); got < inferTarget {
		t.Errorf("inference: %.4f right, want at least %.2f", got, inferTarget)
	}
	if sum.ours <= sum.baseline {
		t.Errorf("inference: %d right, no better than the baseline's %d", sum.ours, sum.baseline)
	}
	// A wrong place on a page is worse than none: at most one in nine shown.
	if shown := sum.n - sum.none; rate(shown-sum.ours, shown) > 1.0/9 {
		t.Errorf("inference: %d wrong of %d shown, want at most one in nine", shown-sum.ours, shown)
	}
	train, test := r.inferred["TRAIN"], r.inferred["TEST"]
	if train.n == 0 || test.n == 0 || train.n+test.n > sum.n {
		t.Errorf("splits: TRAIN %d and TEST %d stories of %d", train.n, test.n, sum.n)
	}
	if got := rate(test.ours, test.n); got < 0.84 {
		t.Errorf("inference on TEST (held out): %.4f right, want at least 0.84", got)
	}
}

func TestRunWithoutData(t *testing.T) {
	if err := Run(context.Background(), io.Discard, t.TempDir()); err == nil {
		t.Error("Run on an empty folder: no error")
	}
}

func TestGoldCity(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"date", "NEW YORK, March 4 -", "NEW YORK"},
		{"region", "CHATSWORTH, Calif., March 6 -", "CHATSWORTH"},
		{"no date", "WASHINGTON -", "WASHINGTON"},
		{"no city", "APRIL 7 -", ""},
		{"garbled", "MAR8 -- --", ""},
		{"month", "Jun --- --- ---", ""},
		{"stars", "****RIO DE JANEIRO, March 18 -", "RIO DE JANEIRO"},
	}
	for _, tt := range tests {
		if got := goldCity(tt.in); got != tt.want {
			t.Errorf("%s: goldCity(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestSameCity(t *testing.T) {
	tests := []struct {
		place, gold string
		want        bool
	}{
		{"St. Louis", "ST. LOUIS", true},
		{"São Paulo", "SAO PAULO", true},
		{"Fort Lauderdale", "FT. LAUDERDALE", true},
		{"Beijing", "PEKING", true},
		{"Berlin", "WEST BERLIN", true},
		{"Paris", "LONDON", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := sameCity(tt.place, tt.gold); got != tt.want {
			t.Errorf("sameCity(%q, %q) = %v, want %v", tt.place, tt.gold, got, tt.want)
		}
	}
}

// TestCountriesKnown checks that every place code maps to countries that
// the gazetteer knows by those names.
func TestCountriesKnown(t *testing.T) {
	f, err := dateline.New()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, c := range f.CountryNames() {
		known[c] = true
	}
	codes := []string{"usa", "uk", "west-germany", "ussr", "south-korea", "new-zealand", "hong-kong", "el-salvador"}
	for code := range todayCountries {
		codes = append(codes, code)
	}
	for _, code := range codes {
		for _, c := range countriesOf(code) {
			if !known[c] {
				t.Errorf("%s maps to %q, unknown to the gazetteer", code, c)
			}
		}
	}
	if got := countriesOf("west-germany"); !slices.Equal(got, []string{"Germany"}) {
		t.Errorf("west-germany = %v", got)
	}
}

func TestParagraphs(t *testing.T) {
	in := "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means\nthe temporao will be late.\n Reuter\n"
	want := "Showers continued throughout the week in the Bahia cocoa zone.\n\nThe dry period means the temporao will be late."
	if got := paragraphs(in); got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if got := unescape("A &lt;B&gt; &amp; C&#3;"); got != "A <B> & C" {
		t.Errorf("unescape = %q", got)
	}
}

func TestMostNamedCountry(t *testing.T) {
	names := map[string]string{"us": "United States", "japan": "Japan", "united states": "United States"}
	text := "Japan and the U.S. agreed. The United States said Japan... us too; JAPAN again"
	if got := mostNamedCountry(names, text); got != "Japan" {
		t.Errorf("mostNamedCountry = %q, want Japan", got)
	}
}
