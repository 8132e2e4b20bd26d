package section

import "slices"

// SetNames lists the distinct sets of exs in order of first appearance.
func SetNames(exs []Example) []string {
	var out []string
	for _, ex := range exs {
		if !slices.Contains(out, ex.Set) {
			out = append(out, ex.Set)
		}
	}
	return out
}

// BySet returns the examples of exs that come from set.
func BySet(exs []Example, set string) []Example {
	var out []Example
	for _, ex := range exs {
		if ex.Set == set {
			out = append(out, ex)
		}
	}
	return out
}
