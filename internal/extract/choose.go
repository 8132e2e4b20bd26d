package extract

import "os"

var rule = os.Getenv("RULE")

func choose(lib, alt []string) []string {
	lt, at := textLen(lib), textLen(alt)
	switch rule {
	case "alt":
		if at > 0 {
			return alt
		}
	case "trafi":
		if at > 2*lt || lt < minText {
			return alt
		}
	case "trafi15":
		if 2*at > 3*lt || lt < minText {
			return alt
		}
	}
	return lib
}
