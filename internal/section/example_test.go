package section_test

import (
	"fmt"

	"tidings/internal/section"
)

func ExampleClassifier_Classify() {
	c, err := section.New()
	if err != nil {
		panic(err)
	}
	// The text alone.
	fmt.Println(c.Classify("Serena Williams wins Wimbledon final", "", section.Hints{}))
	// A URL segment that names a section settles an unclear headline.
	fmt.Println(c.Classify("What the new rules mean for you", "",
		section.Hints{URL: "https://www.example.com/money/2024/05/rules"}))
	// The operator's configured section wins outright.
	fmt.Println(c.Classify("Serena Williams wins Wimbledon final", "",
		section.Hints{Configured: "entertainment"}))
	// With a home country, the dateline settles WORLD against POLITICS:
	// an Indian newsroom files the US Senate under WORLD, an American one
	// under POLITICS.
	const senate = "Senate passes budget bill after late-night vote"
	fmt.Println(c.Classify(senate, "", section.Hints{Home: "India", Country: "United States"}))
	fmt.Println(c.Classify(senate, "", section.Hints{Home: "United States", Country: "United States"}))
	// Output:
	// SPORTS
	// BUSINESS
	// ENTERTAINMENT
	// WORLD
	// POLITICS
}
