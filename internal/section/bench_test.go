package section_test

import (
	"strings"
	"testing"

	"tidings/internal/section"
)

// article600 is a 600-word story: matchReport's sentences and a business
// paragraph repeated.
var article600 = func() string {
	para := matchReport + ` The club's owners said revenue from broadcasting rights rose sharply
this season, and the board plans to invest in the academy and a new training ground.`
	words := strings.Fields(strings.Repeat(para+"\n\n", 20))
	return strings.Join(words[:600], " ")
}()

// BenchmarkClassify measures Classify on a 600-word article with a URL
// hint; articles per second on one core = 1e9 / ns/op.
func BenchmarkClassify(b *testing.B) {
	c, err := section.New()
	if err != nil {
		b.Fatal(err)
	}
	h := section.Hints{URL: "https://www.example.com/sport/2024/05/13/club-wins-title"}
	b.ReportAllocs()
	for b.Loop() {
		c.Classify("Club wins league title as revenue soars", article600, h)
	}
}

// BenchmarkClassifyHome is BenchmarkClassify with a home country and a
// dateline country (the rule's cost; the dateline itself is found by the
// caller).
func BenchmarkClassifyHome(b *testing.B) {
	c, err := section.New()
	if err != nil {
		b.Fatal(err)
	}
	h := section.Hints{URL: "https://www.example.com/2024/05/13/vote", Home: "United Kingdom", Country: "United States"}
	b.ReportAllocs()
	for b.Loop() {
		c.Classify("Senate passes budget bill after late-night vote", article600, h)
	}
}

// BenchmarkNew measures loading the embedded model (once per process).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := section.New(); err != nil {
			b.Fatal(err)
		}
	}
}
