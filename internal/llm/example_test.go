package llm_test

import (
	"context"
	"fmt"

	"tidings/internal/llm"
	"tidings/internal/llm/llmtest"
	"tidings/internal/news"
)

// The engine drafts with the model and checks every sentence against the
// sources it cites: here the model invents a sentence, which is dropped,
// and each kept sentence is cited with the source sentence behind it.
func ExampleEngine_Draft() {
	srv := llmtest.New() // stands in for Ollama, vLLM or OpenAI
	defer srv.Close()

	articles := []news.Article{
		{ID: 1, Site: "Coast News", Title: "Harbour Bridge to close for six weeks",
			Text: "The Harbour Bridge in Port Ellis will close for six weeks from Monday for urgent repairs, the city council said.\n\n" +
				"Engineers found cracks in two support beams during a routine inspection last month."},
		{ID: 2, Site: "Ellis Herald", Title: "Port Ellis bridge to shut",
			Text: "About 30,000 vehicles cross the bridge each day, and drivers will be diverted through the town centre.\n\n" +
				"The bridge opened in 1968 and was last repaired in 2004."},
	}
	type sentence struct {
		Text    string `json:"text"`
		Sources []int  `json:"sources"`
	}
	type paragraph struct {
		Sentences []sentence `json:"sentences"`
	}
	srv.Script(llmtest.Reply{Prompt: 900, Completion: 300, Content: llmtest.JSON(map[string]any{
		"headline": "Harbour Bridge in Port Ellis to close for six weeks",
		"summary": []sentence{
			{"The Harbour Bridge in Port Ellis will close for six weeks from Monday for urgent repairs.", []int{1}},
			{"About 30,000 vehicles cross it each day.", []int{2}},
		},
		"body": []paragraph{
			{[]sentence{
				{"The Harbour Bridge in Port Ellis will close for six weeks from Monday, the city council said.", []int{1}},
				{"Engineers found cracks in two support beams during a routine inspection.", []int{1}},
			}},
			{[]sentence{
				{"About 30,000 vehicles cross the bridge each day and will be diverted through the town centre.", []int{2}},
				{"Mayor Tom Reyes called the closure a scandal.", []int{2}}, // invented: dropped
				{"The bridge opened in 1968 and was last repaired in 2004.", []int{2}},
			}},
		},
	})})

	client, err := llm.New(llm.Config{URL: srv.BaseURL(), Model: "llama3.2"}, srv.Client(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	draft, engine, err := llm.NewEngine(client, nil).Draft(context.Background(), articles)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(engine)
	fmt.Println(draft.Headline)
	for i, p := range draft.Body {
		fmt.Println(p)
		for _, c := range draft.Sources[i] {
			fmt.Printf("  [%d] %s\n", c.ArticleID, c.Quote)
		}
	}
	// Output:
	// llm:llama3.2
	// Harbour Bridge in Port Ellis to close for six weeks
	// The Harbour Bridge in Port Ellis will close for six weeks from Monday, the city council said. Engineers found cracks in two support beams during a routine inspection.
	//   [1] The Harbour Bridge in Port Ellis will close for six weeks from Monday for urgent repairs, the city council said.
	//   [1] Engineers found cracks in two support beams during a routine inspection last month.
	// About 30,000 vehicles cross the bridge each day and will be diverted through the town centre. The bridge opened in 1968 and was last repaired in 2004.
	//   [2] About 30,000 vehicles cross the bridge each day, and drivers will be diverted through the town centre.
	//   [2] The bridge opened in 1968 and was last repaired in 2004.
}
