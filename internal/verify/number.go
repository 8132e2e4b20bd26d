package verify

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// number is a quantity named in a text: its value and unit ("%", "$",
// "£", "€", "¥" or "").
type number struct {
	text  string // as written
	value float64
	unit  string
}

func (n number) equal(m number) bool {
	return math.Abs(n.value-m.value) <= 1e-9*math.Max(1, math.Abs(n.value))
}

var (
	digitsRE = regexp.MustCompile(`(?i)([$£€¥])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|hundred|tn|bn|mn|m|k|b)\b)?(?:\s?(%|percent\b|per cent\b|dollars?\b|pounds?\b|euros?\b|yen\b))?`)
	wordsRE  = regexp.MustCompile(`(?i)\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)(?:\s(hundred|thousand|million|billion|trillion))?)\b(?:\s?(percent\b|per cent\b|dollars?\b|pounds?\b|euros?\b))?`)
)

var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}

var smallNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

func unitOf(symbol, word string) string {
	w := strings.ToLower(word)
	switch {
	case symbol != "":
		return symbol
	case w == "%" || strings.HasPrefix(w, "per"):
		return "%"
	case strings.HasPrefix(w, "dollar"):
		return "$"
	case strings.HasPrefix(w, "pound"):
		return "£"
	case strings.HasPrefix(w, "euro"):
		return "€"
	case w == "yen":
		return "¥"
	}
	return ""
}

// numbers returns the quantities of s, in digits or in words.
func numbers(s string) []number {
	var out []number
	for _, m := range digitsRE.FindAllStringSubmatchIndex(s, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(g(2), ",", ""), 64)
		if err != nil {
			continue
		}
		if sc := strings.ToLower(g(3)); sc != "" {
			v *= scales[sc]
		}
		out = append(out, number{text: g(0), value: v, unit: unitOf(g(1), g(4))})
	}
	for _, m := range wordsRE.FindAllStringSubmatch(s, -1) {
		var v float64
		for _, w := range strings.FieldsFunc(strings.ToLower(m[1]), func(r rune) bool { return r == ' ' || r == '-' }) {
			if sc, ok := scales[w]; ok && v > 0 {
				v *= sc
				continue
			}
			v += smallNumbers[w]
		}
		out = append(out, number{text: m[0], value: v, unit: unitOf("", m[3])})
	}
	return out
}
