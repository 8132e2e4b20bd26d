package extract_test

import (
	"fmt"

	"tidings/internal/extract"
)

func ExampleFragment() {
	summary := `<p>The council approved the budget on Thursday.</p>
<figure><img src="hall.jpg"><figcaption>City hall. Photo: AP</figcaption></figure>
<p>Spending rises by 4%.<br><br>Read more</p>
<p>The post Budget approved appeared first on City Post.</p>`
	for _, p := range extract.Fragment(summary) {
		fmt.Println(p)
	}
	// Output:
	// The council approved the budget on Thursday.
	// Spending rises by 4%.
}

func ExampleExtract() {
	page := []byte(`<html><head><title>Budget approved | City Post</title>
<meta property="og:site_name" content="City Post"></head><body><article>
<h1>Budget approved</h1><p class="byline">By Ann Lee</p>
<p>The council approved next year's budget on Thursday by nine votes to two, after a debate that lasted four hours.</p>
<p>Advertisement</p>
<p>Spending on schools rises by 4%, while the road repair fund stays at last year's level.</p>
</article></body></html>`)
	res, err := extract.Extract(page, "https://citypost.example/2025/05/13/budget")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s | %s | %s | %s\n", res.Title, res.Byline, res.Site, res.Published.Format("2006-01-02"))
	fmt.Println(res.Text())
	// Output:
	// Budget approved | Ann Lee | City Post | 2025-05-13
	// The council approved next year's budget on Thursday by nine votes to two, after a debate that lasted four hours.
	//
	// Spending on schools rises by 4%, while the road repair fund stays at last year's level.
}
