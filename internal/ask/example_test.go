package ask_test

import (
	"fmt"

	"tidings/internal/ask"
)

func ExampleLint() {
	for _, q := range []string{
		"What did Owen Pryce say about the strike?",
		"Is the meeting in Istanbul a setup to distract from secret negotiations happening elsewhere?",
		"Will Harbour City win the league?",
		"Why did Helen Marsh lie about the offer?",
	} {
		fmt.Println(ask.Lint(q))
	}
	// Output:
	// <nil>
	// loaded question: loaded word
	// loaded question: yes/no bet on the future
	// loaded question: presumes wrongdoing
}
