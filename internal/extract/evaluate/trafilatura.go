package evaluate

import "context"

// scoreTrafilatura runs ex on every document. It stops early, returning
// ctx's error, if ctx is done.
func scoreTrafilatura(ctx context.Context, docs []trafilaturaDoc, ex extractor) (segmentScore, error) {
	var s segmentScore
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		s.add(d, ex.run(d.page, "https://example.org/"+d.file).text)
	}
	return s, nil
}
