package write

import (
	"reflect"
	"testing"

	"tidings/internal/news"
)

// Write gives the same draft on every run, even when two sources tie (map
// order must not decide).
func TestWriteIsDeterministic(t *testing.T) {
	articles := []news.Article{
		{ID: 11, Site: "Coast News", Title: "Harbour Bridge to close for six weeks",
			Text: "The Harbour Bridge in Port Ellis will close for six weeks from Monday for urgent repairs, the city council said.\n\n" +
				"Engineers found cracks in two support beams during a routine inspection last month.\n\n" +
				"Council leader Maria Okafor said the closure was \"the only safe choice\" after the inspection.\n\n" +
				"The repairs will cost about 4.2 million pounds, according to the council."},
		{ID: 12, Site: "Ellis Herald", Title: "Port Ellis bridge to shut for six weeks",
			Text: "About 30,000 vehicles cross the bridge each day, and drivers will be diverted through the town centre.\n\n" +
				"Bus operator Coastline said its routes would add 15 minutes to journeys during the closure.\n\n" +
				"Local shop owners said they feared losing trade while the bridge is shut.\n\n" +
				"The bridge opened in 1968 and was last repaired in 2004."},
	}
	first, err := Write(articles)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200; i++ {
		d, _ := Write(articles)
		if !reflect.DeepEqual(d, first) {
			t.Fatalf("run %d differs:\n%+v\nvs\n%+v", i, d, first)
		}
	}
}
