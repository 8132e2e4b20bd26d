package evaluate

import (
	"context"
	"hash/fnv"
)

// trafScore is the segment score of the whole set and of its two halves.
type trafScore struct {
	all, dev, held segmentScore
}

// heldOut reports whether a page is in the held-out half of the
// Trafilatura set: the pages whose file name has an odd FNV-1a hash.
// Extraction rules are written from failures of the other half (dev) only,
// and a rule is kept only if the held-out half does not fall.
func heldOut(file string) bool {
	h := fnv.New32a()
	h.Write([]byte(file))
	return h.Sum32()%2 == 1
}

// scoreTrafilatura runs ex on every document. It stops early, returning
// ctx's error, if ctx is done.
func scoreTrafilatura(ctx context.Context, docs []trafilaturaDoc, ex extractor) (trafScore, error) {
	var s trafScore
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		text := ex.run(d.page, "https://example.org/"+d.file).text
		s.all.add(d, text)
		if heldOut(d.file) {
			s.held.add(d, text)
		} else {
			s.dev.add(d, text)
		}
	}
	return s, nil
}
