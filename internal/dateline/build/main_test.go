package main

import (
	"slices"
	"testing"
)

func TestLatinName(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"exonym", "Kiev", true},
		{"particles", "Rio de Janeiro", true},
		{"hyphens", "Port-au-Prince", true},
		{"diacritics", "München", true},
		{"code", "PAR", false},
		{"cyrillic", "Киев", false},
		{"lower-case word", "Gaza by", false},
		{"lower-case first", "kiev", false},
		{"five words", "A B C D E", false},
		{"digits", "Kiev 2", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := latinName(tt.in); got != tt.want {
				t.Errorf("latinName(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSelectAlts(t *testing.T) {
	big := city{name: "Kyiv", ascii: "Kyiv", pop: 2800000}
	if got, want := selectAlts(big, []string{"Kiev", "kyiv", "KIEV", "Kyiv", "Kijów", "Киев", "Kiev"}), []string{"Kiev", "Kijów"}; !slices.Equal(got, want) {
		t.Errorf("selectAlts = %q, want %q", got, want)
	}
	small := city{name: "Umeå", ascii: "Umea", pop: 80000}
	if got := selectAlts(small, []string{"Uma", "Umeo"}); len(got) != 0 {
		t.Errorf("short alternates of a small city kept: %q", got)
	}
}
