package cluster_test

import (
	"fmt"
	"time"

	"tidings/internal/cluster"
	"tidings/internal/news"
)

func Example() {
	c := cluster.New(cluster.DefaultOptions())
	at := time.Date(2025, 5, 13, 9, 0, 0, 0, time.UTC)
	wire := "Lisbon's central bank raised its main interest rate by a quarter point on Thursday, the third rise this year, " +
		"saying inflation remained too high. Governor Ana Costa said further increases could not be ruled out."
	articles := []news.Article{
		{ID: 1, URL: "https://wire.example/rates", Title: "Central bank raises rates again", Text: wire, Published: at},
		{ID: 2, URL: "https://daily.example/b", Title: "Rates up again", Text: wire + " (Wire report.)", Published: at.Add(time.Hour)},
		{ID: 3, URL: "https://paper.example/c", Title: "Lisbon central bank lifts interest rate a third time",
			Text: "Governor Ana Costa's central bank lifted its interest rate for the third time this year, citing high inflation; " +
				"Lisbon markets barely moved.", Published: at.Add(2 * time.Hour)},
		{ID: 4, URL: "https://sport.example/d", Title: "Porto win the league",
			Text: "Porto won the league title on Sunday with a 2-0 victory at home.", Published: at.Add(3 * time.Hour)},
	}
	for _, a := range articles {
		as := c.Add(a)
		fmt.Printf("article %d: story %d, new %v, copy of %d\n", a.ID, as.Story, as.New, as.DuplicateOf)
	}
	// Output:
	// article 1: story 1, new true, copy of 0
	// article 2: story 1, new false, copy of 1
	// article 3: story 1, new false, copy of 0
	// article 4: story 4, new true, copy of 0
}
