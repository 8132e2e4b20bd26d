package write_test

import (
	"fmt"

	"tidings/internal/news"
	"tidings/internal/write"
)

func ExampleWrite() {
	d, err := write.Write([]news.Article{
		{ID: 1, Site: "Coast News", Title: "BREAKING: Harbour bridge closes for repairs!!! - Coast News",
			Text: "By Ann Lee\n\nThe Harbour Bridge in Port Ellis will close for six weeks from Monday for urgent repairs, the city council said.\n\nEngineers found cracks in two support beams during a routine inspection last month.\n\nSign up for traffic alerts."},
		{ID: 2, Site: "Ellis Herald", Title: "Port Ellis bridge to shut for six weeks",
			Text: "The Harbour Bridge will shut from Monday for six weeks of urgent repairs, Port Ellis city council said.\n\nAbout 30,000 vehicles cross the bridge each day, and drivers will be diverted through the town centre."},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Headline)
	for i, p := range d.Body {
		fmt.Println(p, d.Sources[i][0].ArticleID)
	}
	// Output:
	// Port Ellis bridge to shut for six weeks
	// The Harbour Bridge in Port Ellis will close for six weeks from Monday for urgent repairs, the city council said. Engineers found cracks in two support beams during a routine inspection last month. 1
	// About 30,000 vehicles cross the bridge each day, and drivers will be diverted through the town centre. 2
}
