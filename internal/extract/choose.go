package extract

import (
	"os"
	"strconv"
)

func rule() string { return os.Getenv("RULE") }

func envf(k string, d float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(k), 64); err == nil {
		return v
	}
	return d
}

// shared returns the bytes of a's paragraphs that b holds too.
func shared(a, b []string) int {
	set := make(map[string]bool, len(b))
	for _, p := range b {
		set[p] = true
	}
	n := 0
	for _, p := range a {
		if set[p] {
			n += len(p)
		}
	}
	return n
}

func choose(lib, alt []string) []string {
	lt, at := textLen(lib), textLen(alt)
	switch rule() {
	case "alt":
		if at > 0 {
			return alt
		}
	case "trafi":
		if at > 2*lt || lt < minText {
			return alt
		}
	case "agree":
		if at > 2*lt || lt < minText {
			return alt
		}
		if at >= minText {
			c := float64(shared(alt, lib)) / float64(at)
			if c < envf("C", 0.5) && float64(at) >= envf("L", 0.33)*float64(lt) {
				return alt
			}
		}
	}
	return lib
}
