package dateline_test

import (
	"fmt"

	"tidings/internal/dateline"
)

func ExampleFinder_Find() {
	f, err := dateline.New()
	if err != nil {
		panic(err)
	}
	d, text, ok := f.Find("Turkey detains suspects", "ISTANBUL (Reuters) - Turkish police detained 20 people on Tuesday.")
	fmt.Println(d.Text, ok)
	fmt.Println(text)

	d, _, _ = f.Find("Floods hit Paris", "Floods hit Paris on Monday. Texas officials said the river rose.")
	fmt.Println(d.Text, "/", d.Region)
	// Output:
	// Istanbul, Turkey true
	// Turkish police detained 20 people on Tuesday.
	// Paris, United States / Texas
}
